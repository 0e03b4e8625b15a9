/**
 * Running SMT-LIB text through the library: the same interpreter the CLI uses.
 */
import { defaultOptions, type EngineOptions } from '../engine/options.js';
import { Script } from '../smtlib/script.js';

export interface SolveSmtLibOptions extends Partial<EngineOptions> {
  /** File name used in error locations. */
  file?: string;
  /** Cancels a running check (its answer becomes `unknown`, reason `canceled`). */
  signal?: AbortSignal;
}

/**
 * Runs an SMT-LIB 2.6 script and returns what the CLI prints on stdout: one response per
 * line (`sat`, `(error "...")`, a model, ...), each followed by a newline.
 * @example await solveSmtLib('(declare-const x Int)(assert (> x 2))(check-sat)') // 'sat\n'
 */
export async function solveSmtLib(text: string, options: SolveSmtLibOptions = {}): Promise<string> {
  const { file, signal, ...rest } = options;
  const engine: EngineOptions = { ...defaultOptions, ...stripUndefined(rest) };
  let out = '';
  const script = new Script(engine, { out: (s) => (out += s + '\n') }, file ?? '<input>', signal);
  await script.run(text);
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

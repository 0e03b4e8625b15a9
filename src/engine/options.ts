/**
 * The options table: every option of the solver in one place (name, default, help), read by
 * the CLI to build its flags and by the library API, in the manner of CaDiCaL's `options.hpp`.
 */
import type { IdlEncoding } from '../encode/encoder.js';
import { ContractError } from '../errors.js';

/** What resource reasoning hands to the encoding (src/resource/reason.ts). */
export type Learn = 'none' | 'load' | 'bounds' | 'all';

export interface EngineOptions {
  /** SAT backend by registry name. */
  backend: string;
  /** Wall-clock limit in seconds for the whole script; 0 means none. */
  timeout: number;
  /** Encoding of integer difference logic. */
  idlEncoding: IdlEncoding;
  /** Write the CNF of each check to this file (the second check to `file.2`, ...). */
  dumpCnf?: string;
  /** Path of the program of a preset external backend (kissat, cadical, minisat). */
  satBinary?: string;
  /** Command template of any other DIMACS solver, with `{cnf}` (and `{proof}`, `{result}`); implies the external backend. */
  satCmd?: string;
  /** Symmetry breaking: value symmetry (src/encode/idl/symmetry.ts) and operation symmetry (opSymmetry); on unless false. */
  symmetry?: boolean;
  /** Ordering the starts of interchangeable operations and jobs (src/encode/idl/opsymmetry.ts); on unless false or `symmetry` is false. */
  opSymmetry?: boolean;
  /** Resource reasoning before encoding (src/resource/); on unless false. */
  resources?: boolean;
  /**
   * Give the encoding what resource reasoning learned: per-machine load constraints (`load`),
   * tightened time windows (`bounds`), both (`all`); `none` (the default) or undefined: nothing.
   * Never with `proof`.
   */
  learn?: Learn;
  /** Write the certificate of each unsat to this file (check n > 1 to `file.n`): resource reasoning's, or CNF + DRAT for SAT. */
  proof?: string;
  /** Redis URL of the distributed service (`backend: 'service'`). */
  redis?: string;
  /** How the service splits a problem: `portfolio` (default) or `cubes`. */
  serviceMode?: 'portfolio' | 'cubes';
  /** Portfolio members or cubes per problem (default 4). */
  serviceJobs?: number;
}

export interface OptionInfo {
  name: keyof EngineOptions;
  flag: string;
  help: string;
  choices?: readonly string[];
}

export const defaultOptions: EngineOptions = {
  backend: 'builtin',
  timeout: 0,
  idlEncoding: 'auto',
};

export const optionTable: readonly OptionInfo[] = [
  { name: 'backend', flag: '--backend <name>', help: 'SAT backend: the built-in CDCL solver, or an external program', choices: ['builtin', 'kissat', 'cadical', 'minisat', 'service'] },
  { name: 'satBinary', flag: '--sat-binary <path>', help: 'path of the kissat, cadical or minisat program (default: found on PATH)' },
  { name: 'satCmd', flag: '--sat-cmd <template>', help: "any DIMACS SAT solver, run without a shell: '{cnf}' is replaced by the CNF file, e.g. 'mpirun -np 4 mallob -mono={cnf}'" },
  { name: 'redis', flag: '--redis <url>', help: 'Redis of the distributed service (--backend service): redis://[user:password@]host:port[/db], rediss:// for TLS' },
  { name: 'serviceMode', flag: '--service-mode <mode>', help: 'how the service splits a problem: a portfolio of configurations, or cube-and-conquer cubes', choices: ['portfolio', 'cubes'] },
  { name: 'serviceJobs', flag: '--service-jobs <n>', help: 'service jobs per problem: portfolio members or cubes (default 4)' },
  { name: 'timeout', flag: '-t, --timeout <seconds>', help: 'wall-clock limit for the whole script; a check that runs out answers unknown (reason timeout); reading stops when it passes' },
  { name: 'idlEncoding', flag: '--idl-encoding <encoding>', help: 'encoding of integer difference logic', choices: ['auto', 'sd', 'order', 'eij'] },
  { name: 'symmetry', flag: '--no-symmetry', help: 'no symmetry breaking: neither value symmetry of interchangeable variables (such as machine choices) nor operation symmetry' },
  { name: 'opSymmetry', flag: '--no-op-symmetry', help: 'no ordering of the starts of interchangeable operations and jobs (value symmetry is still broken)' },
  { name: 'resources', flag: '--no-resources', help: 'no resource reasoning (disjunctive resources, energetic reasoning) before encoding' },
  { name: 'learn', flag: '--learn <what>', help: 'add what resource reasoning learned to the encoding: per-machine load constraints of parallel-machine resources, time windows tightened by energetic reasoning, or both (not with --proof)', choices: ['none', 'load', 'bounds', 'all'] },
  { name: 'proof', flag: '--proof <file>', help: 'write a certificate of each unsat: the resource argument, or for an unsat found by SAT the CNF (<file>.cnf) and its DRAT proof (<file>.drat); check with eagersmt check-proof (the n-th check to <file>.n for n > 1)' },
  { name: 'dumpCnf', flag: '--dump-cnf <file>', help: 'write the CNF of each check in DIMACS, assumptions as unit clauses (the n-th check to <file>.n for n > 1)' },
];

/**
 * The defaults completed by the options given (an `undefined` entry keeps the default), for
 * the library: ContractError for a name that is not in the table or a value outside its
 * choices (backend names are checked by the backend registry, which `registerBackend` extends).
 * @example withDefaults({ idlEncoding: 'order' }).backend // 'builtin'
 */
export function withDefaults(options: Partial<EngineOptions>): EngineOptions {
  const given = Object.entries(options).filter(([, v]) => v !== undefined);
  for (const [name, value] of given) {
    const info = optionTable.find((o) => o.name === name);
    if (!info) throw new ContractError(`unknown option '${name}' (known: ${optionTable.map((o) => o.name).join(', ')})`);
    if (info.choices && name !== 'backend' && !info.choices.includes(String(value)))
      throw new ContractError(`option '${name}' is one of ${info.choices.join(', ')}, got '${String(value)}'`);
  }
  return { ...defaultOptions, ...(Object.fromEntries(given) as Partial<EngineOptions>) };
}

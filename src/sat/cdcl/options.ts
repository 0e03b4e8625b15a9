/**
 * The options of the built-in CDCL solver, in one table (name, default, range, help), in the
 * manner of CaDiCaL's `options.hpp`: every knob of the solver is listed here and nowhere else,
 * so `--help`-style listings, validation and the defaults cannot drift apart. All values are
 * numbers; switches are 0/1 and modes are small integers explained in the help text.
 */
import { ContractError } from '../../errors.js';

export interface OptionSpec {
  readonly name: keyof CdclOptions;
  readonly def: number;
  readonly min: number;
  readonly max: number;
  readonly help: string;
}

export interface CdclOptions {
  /** VSIDS decay factor (EVSIDS: the bump grows by 1/decay after every conflict). */
  varDecay: number;
  /** Decay factor of learnt-clause activity. */
  clauseDecay: number;
  /** Initial phase of every variable: 0 = false, 1 = true. */
  phase: number;
  /** Restart policy of focused mode: 0 = none, 1 = Luby, 2 = glucose-style EMA of LBD. */
  restart: number;
  /** Search modes: 0 = focused only, 1 = stable only, 2 = alternate focused and stable. */
  stable: number;
  /** Conflicts of the first focused phase; each focused/stable pair lasts `modeGrowth` times longer. */
  modeInit: number;
  /** Growth factor of the mode phase length after each focused/stable pair. */
  modeGrowth: number;
  /** VSIDS decay in stable mode (focused mode uses `varDecay`). */
  stableVarDecay: number;
  /** Conflicts per Luby unit of the stable-mode restarts (reluctant doubling). */
  stableLubyUnit: number;
  /** Target phases: 0 = off, 1 = in stable mode, 2 = in both modes. */
  target: number;
  /** Rephasing: conflicts before the first one; the n-th interval is n + 1 times this (0 = off). */
  rephase: number;
  /** Conflicts per Luby unit. */
  lubyUnit: number;
  /** EMA restarts: restart when the fast LBD average exceeds the slow one by this factor. */
  restartMargin: number;
  /** EMA restarts: minimum number of conflicts between two restarts. */
  restartMin: number;
  /** Glucose restart blocking: postpone restarts when the trail exceeds its average by this factor (0 = off). */
  restartBlock: number;
  /** Smoothing factor of the fast LBD average (about 1/window). */
  emaFast: number;
  /** Smoothing factor of the slow LBD average. */
  emaSlow: number;
  /** Learnt clauses with LBD at most this are kept forever ("core", glue clauses). */
  coreLbd: number;
  /** Learnt clauses with LBD at most this survive a reduction if used since the last one. */
  tier2Lbd: number;
  /** Conflicts before the first learnt-clause reduction. */
  reduceFirst: number;
  /** Growth of the reduction interval (in conflicts) after each reduction. */
  reduceInc: number;
  /** Vivification of learnt clauses at reductions: ticks spent per tick of search (0 = off). */
  vivify: number;
  /** Clause minimisation: 0 = none, 1 = recursive (MiniSat `ccmin-mode=2`). */
  minimize: number;
  /** Bounded variable elimination before the first search: 0 = off, 1 = on. */
  elim: number;
  /** Subsumption and self-subsuming resolution before the first search (with `elim`): 0 = off, 1 = on. */
  subsume: number;
  /** Subsumption: literal visits per preprocessing round before the rest is skipped. */
  subsumeLimit: number;
  /** Elimination: no resolvent may be longer than this. */
  elimClauseLimit: number;
  /** Elimination: variables with more occurrences than this are kept. */
  elimOccLimit: number;
  /** Call `shouldStop` every this many conflicts (and every 16 times as many decisions). */
  checkInterval: number;
  /** 0: deterministic default order; otherwise the seed of random initial activities (a different search per seed). */
  seed: number;
}

export const OPTIONS: readonly OptionSpec[] = [
  { name: 'varDecay', def: 0.95, min: 0.5, max: 0.9999, help: 'VSIDS activity decay' },
  { name: 'clauseDecay', def: 0.999, min: 0.5, max: 0.99999, help: 'learnt clause activity decay' },
  { name: 'phase', def: 0, min: 0, max: 1, help: 'initial phase (0 = false, 1 = true)' },
  { name: 'restart', def: 2, min: 0, max: 2, help: 'focused-mode restarts: 0 = none, 1 = Luby, 2 = glucose EMA' },
  { name: 'stable', def: 2, min: 0, max: 2, help: 'modes: 0 = focused only, 1 = stable only, 2 = alternate' },
  { name: 'modeInit', def: 1000, min: 1, max: 1e9, help: 'conflicts of the first focused phase' },
  { name: 'modeGrowth', def: 2, min: 1, max: 100, help: 'phase length growth per focused/stable pair' },
  { name: 'stableVarDecay', def: 0.95, min: 0.5, max: 0.9999, help: 'VSIDS activity decay in stable mode' },
  { name: 'stableLubyUnit', def: 1024, min: 1, max: 1e9, help: 'conflicts per Luby unit in stable mode' },
  { name: 'target', def: 1, min: 0, max: 2, help: 'target phases: 0 = off, 1 = stable mode, 2 = always' },
  { name: 'rephase', def: 1000, min: 0, max: 1e9, help: 'rephase interval in conflicts (0 = off)' },
  { name: 'lubyUnit', def: 100, min: 1, max: 1e9, help: 'conflicts per Luby unit' },
  { name: 'restartMargin', def: 1.2, min: 1, max: 10, help: 'EMA restart margin fast/slow' },
  { name: 'restartMin', def: 2, min: 1, max: 1e9, help: 'minimum conflicts between restarts' },
  { name: 'restartBlock', def: 1.4, min: 0, max: 100, help: 'block restarts when trail > this * average (0 = off)' },
  { name: 'emaFast', def: 1 / 32, min: 1e-6, max: 1, help: 'fast LBD average smoothing' },
  { name: 'emaSlow', def: 1 / 4096, min: 1e-9, max: 1, help: 'slow LBD average smoothing' },
  { name: 'coreLbd', def: 2, min: 1, max: 1e9, help: 'keep learnt clauses with LBD <= this' },
  { name: 'tier2Lbd', def: 6, min: 1, max: 1e9, help: 'keep used learnt clauses with LBD <= this' },
  { name: 'reduceFirst', def: 2000, min: 1, max: 1e9, help: 'conflicts before first reduction' },
  { name: 'reduceInc', def: 300, min: 0, max: 1e9, help: 'reduction interval increment' },
  { name: 'vivify', def: 0, min: 0, max: 10, help: 'learnt-clause vivification effort relative to search, e.g. 0.1 (0 = off: measured not to pay on random, pigeonhole and job-shop CNFs)' },
  { name: 'minimize', def: 1, min: 0, max: 1, help: 'learnt clause minimisation (0 = off, 1 = recursive)' },
  { name: 'elim', def: 1, min: 0, max: 1, help: 'bounded variable elimination before the first search' },
  { name: 'subsume', def: 1, min: 0, max: 1, help: 'subsumption and strengthening in preprocessing' },
  { name: 'subsumeLimit', def: 2e7, min: 0, max: 1e12, help: 'subsumption: literal visits per round' },
  { name: 'elimClauseLimit', def: 20, min: 2, max: 1e9, help: 'elimination: maximum resolvent length' },
  { name: 'elimOccLimit', def: 100, min: 2, max: 1e9, help: 'elimination: maximum occurrences of a variable' },
  { name: 'checkInterval', def: 1024, min: 1, max: 1e9, help: 'conflicts between shouldStop calls' },
  { name: 'seed', def: 0, min: 0, max: 0x7fffffff, help: 'random seed of the initial variable order (0 = none)' },
];

/**
 * The default options overridden by `overrides`, validated against the table.
 * @example const opts = makeOptions({ restart: 1 }); // Luby restarts
 * @throws ContractError for an unknown option or a value out of range.
 */
export function makeOptions(overrides: Partial<CdclOptions> = {}): CdclOptions {
  const opts = {} as Record<string, number>;
  for (const spec of OPTIONS) opts[spec.name] = spec.def;
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const spec = OPTIONS.find((o) => o.name === name);
    if (!spec) throw new ContractError(`unknown SAT option '${name}'`);
    if (typeof value !== 'number' || !(value >= spec.min && value <= spec.max)) {
      throw new ContractError(`SAT option '${name}' must be in [${spec.min}, ${spec.max}], got ${String(value)}`);
    }
    opts[name] = value;
  }
  return opts as unknown as CdclOptions;
}

/**
 * The options table: every option of the solver in one place (name, default, help), read by
 * the CLI to build its flags and by the library API, in the manner of CaDiCaL's `options.hpp`.
 */
import type { IdlEncoding } from '../encode/encoder.js';

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
  /** Resource reasoning before encoding (src/resource/); on unless false. */
  resources?: boolean;
  /** Write the certificate of an unsat found by resource reasoning to this file (check n > 1 to `file.n`). */
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
  { name: 'timeout', flag: '-t, --timeout <seconds>', help: 'wall-clock limit for the whole script; a check that runs out answers unknown (reason timeout)' },
  { name: 'idlEncoding', flag: '--idl-encoding <encoding>', help: 'encoding of integer difference logic', choices: ['auto', 'sd', 'order'] },
  { name: 'resources', flag: '--no-resources', help: 'no resource reasoning (disjunctive resources, energetic reasoning) before encoding' },
  { name: 'proof', flag: '--proof <file>', help: 'write the certificate of an unsat found by resource reasoning (check with eagersmt check-proof; the n-th check to <file>.n for n > 1)' },
  { name: 'dumpCnf', flag: '--dump-cnf <file>', help: 'write the CNF of each check in DIMACS, assumptions as unit clauses (the n-th check to <file>.n for n > 1)' },
];

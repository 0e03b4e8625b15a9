/**
 * The flags that pipelines give Z3 and cvc5 to run an SMT-LIB script, so that `eagersmt` can
 * stand in for either without changing the client's command line:
 * - Z3: `-in` (the script on standard input), `-smt2` (the language), `-T:<seconds>` and
 *   `-t:<milliseconds>` (time limits: eagersmt's `-t`);
 * - cvc5: `--lang smt2` (also `--lang=smt2`, `-L smt2`, and the names `smt`, `smt2.6`,
 *   `smtlib2.6`), `--incremental` / `-i` (every eagersmt script is incremental), `-q` /
 *   `--quiet`, `--produce-models` / `-m` (eagersmt answers `get-model` and `get-value` without
 *   being asked beforehand, as Z3 does), `--tlimit=<ms>` and `--tlimit-per=<ms>` (`-t`);
 * - no script at all reads standard input, as cvc5 does.
 * Only the default command's arguments are translated (a subcommand's are its own); another
 * input language is a usage error.
 */

/** Subcommands of the CLI: their arguments are left as they are. */
const SUBCOMMANDS = new Set(['sat', 'compare', 'worker', 'service', 'check-proof', 'help']);

/** Flags that change nothing for eagersmt. */
const NO_OPS = new Set(['-smt2', '--incremental', '-i', '-q', '--quiet', '--produce-models', '-m']);

/** cvc5's names of SMT-LIB 2. */
const SMT2 = /^(smt|smt2|smt2\.6|smtlib2\.6)$/;

/** The result: arguments for eagersmt's own parser, or a usage error. */
export type CompatArgs = { args: string[] } | { error: string };

/**
 * `args` (after `node` and the script) with the Z3 and cvc5 flags above translated;
 * `takesValue(flag)` tells which of the default command's options take a separate value (that
 * value is then not the script's name).
 * @example compatArgs(['-in', '-smt2'], () => false) // { args: ['-'] }
 * @example compatArgs(['--incremental', '--lang', 'smt2'], () => false) // { args: ['-'] }
 */
export function compatArgs(args: readonly string[], takesValue: (flag: string) => boolean): CompatArgs {
  const out: string[] = [];
  let input = false; // a script named, or `-in`
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (i === 0 && SUBCOMMANDS.has(a)) return { args: args.slice() };
    if (a === '--') {
      // Everything after it is a script name.
      out.push(...args.slice(i));
      input ||= i + 1 < args.length;
      break;
    }
    if (NO_OPS.has(a)) continue;
    if (a === '-in') {
      if (!input) out.push('-');
      input = true;
      continue;
    }
    const seconds = /^-T:(.*)$/.exec(a);
    const ms = /^(?:-t:|--tlimit=|--tlimit-per=)(.*)$/.exec(a);
    if (seconds || ms) {
      // A malformed number is left for `-t` to refuse, with its message.
      const v = seconds ? seconds[1]! : /^\d+$/.test(ms![1]!) ? String(Number(ms![1]!) / 1000) : ms![1]!;
      out.push('-t', v);
      continue;
    }
    let lang: string | undefined;
    if (a === '--lang' || a === '-L') {
      lang = args[++i];
      if (lang === undefined) return { error: `option '${a}' needs a language` };
    } else if (a.startsWith('--lang=')) lang = a.slice('--lang='.length);
    if (lang !== undefined) {
      if (!SMT2.test(lang)) return { error: `input language '${lang}' is not supported (SMT-LIB 2 only)` };
      continue;
    }
    out.push(a);
    if (a.startsWith('-') && a !== '-') {
      // An option of ours: its separate value, if it takes one, is not a script name.
      if (!a.includes('=') && takesValue(a) && i + 1 < args.length) out.push(args[++i]!);
    } else input = true;
  }
  if (!input) out.push('-');
  return { args: out };
}

/**
 * The solvers a comparison runs, and the command line of one run.
 *
 * Three solvers are known by name and run with their own time-limit flags, so that each stops
 * by itself at the limit and the harness's kill is only the backstop:
 *
 * | name       | command                                                    |
 * |------------|------------------------------------------------------------|
 * | `eagersmt` | `node <this package>/dist/cli/main.js -t <s> <file>`       |
 * | `z3`       | `z3 -smt2 -T:<s> <file>` (whole seconds, rounded up)       |
 * | `cvc5`     | `cvc5 --lang smt2 --tlimit=<ms> <file>`                    |
 *
 * With `produceModels`, cvc5 gets `--produce-models` and Z3 `model=true`; eagersmt always
 * keeps models. A file that asks for models (`get-model`, `get-value`) gives cvc5
 * `--produce-models` without it (cvc5 refuses `get-model` otherwise).
 *
 * The key under which a run is stored (`solverSignature`) holds the solver's argv, the
 * resolved path of its program and what its `--version` prints (for eagersmt: the content
 * of its build; for an arbitrary command: its program's content), so that
 * another binary on PATH, an upgrade or a rebuild runs again. On a file with several check-sats or with push/pop, cvc5 also gets
 * `--incremental` (cvc5 1.0 refuses `push` without it).
 *
 * Any other solver is given as `name=command ...` (`--solver` on the command line).
 * The command is split into words as a shell would split it — blanks separate words, single
 * quotes keep text literally, double quotes and backslashes escape — but no shell runs it.
 * `{file}` stands for the benchmark path (appended when absent) and `{timeout}` for the limit in
 * seconds. When the command's first word is a known solver name, the known command and flags
 * are used with the remaining words added before the file: `sd=eagersmt --idl-encoding sd {file}`
 * is eagersmt with the small-domain encoding forced, under its own name.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContractError } from '../errors.js';
import { splitCommand } from '../util/command.js';
import { findProgram } from '../util/program.js';
/** Solvers known by name. */
export const KNOWN_SOLVERS = ['eagersmt', 'z3', 'cvc5'];
/**
 * The compiled eagersmt CLI of this package. The path is the same from `dist/compare/` and from
 * `src/compare/` (tests), since both sit two levels below the package root.
 */
export const EAGERSMT_MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const isKnown = (w) => KNOWN_SOLVERS.includes(w);
/**
 * Parses the solver list of `--solvers` (known names, comma-separated) and the `--solver
 * name=command` definitions into specs. Names must be unique and made of letters, digits,
 * `.`, `_`, `-`, `+` (they become file names of plots).
 * @example parseSolvers('eagersmt,z3', ['sd=eagersmt --idl-encoding sd {file}'])
 */
export function parseSolvers(list, extra) {
    const specs = [];
    const add = (spec) => {
        if (!/^[A-Za-z0-9._+-]+$/.test(spec.name))
            throw new ContractError(`bad solver name '${spec.name}': use letters, digits, '.', '_', '-', '+'`);
        if (specs.some((s) => s.name === spec.name))
            throw new ContractError(`solver '${spec.name}' is given twice`);
        specs.push(spec);
    };
    for (const name of (list ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')) {
        if (!isKnown(name))
            throw new ContractError(`unknown solver '${name}' (known: ${KNOWN_SOLVERS.join(', ')}; define others with --solver 'name=command {file}')`);
        add({ name, base: name, words: [] });
    }
    for (const def of extra) {
        const eq = def.indexOf('=');
        if (eq <= 0)
            throw new ContractError(`bad --solver '${def}': expected name=command, e.g. 'mine=./mysolver {file}'`);
        const name = def.slice(0, eq).trim();
        const words = splitCommand(def.slice(eq + 1));
        if (words.length === 0)
            throw new ContractError(`bad --solver '${def}': the command is empty`);
        if (isKnown(words[0]))
            add({ name, base: words[0], words: words.slice(1) });
        else
            add({ name, words });
    }
    if (specs.length === 0)
        throw new ContractError('no solvers: give --solvers and/or --solver');
    return specs;
}
/** Replaces `{file}` and `{timeout}` in the words; appends the file when `{file}` is absent. */
function substitute(words, file, timeoutS) {
    let sawFile = false;
    const out = words.map((w) => {
        if (w.includes('{file}'))
            sawFile = true;
        return w.replaceAll('{file}', file).replaceAll('{timeout}', String(timeoutS));
    });
    if (!sawFile)
        out.push(file);
    return out;
}
/**
 * The argv of one run of `spec` on `file`: [command, ...args].
 * @example commandLine({ name: 'z3', base: 'z3', words: [] }, 'f.smt2', { timeoutS: 10, produceModels: false })
 * // ['z3', '-smt2', '-T:10', 'f.smt2']
 */
export function commandLine(spec, file, settings, traits = { incremental: false }) {
    const t = settings.timeoutS;
    const rest = substitute(spec.words, file, t);
    switch (spec.base) {
        case undefined:
            return rest;
        case 'eagersmt':
            return [process.execPath, EAGERSMT_MAIN, '-t', String(t), ...rest];
        case 'z3':
            return ['z3', '-smt2', `-T:${Math.max(1, Math.ceil(t))}`, ...(settings.produceModels ? ['model=true'] : []), ...rest];
        case 'cvc5':
            return [
                'cvc5',
                '--lang',
                'smt2',
                `--tlimit=${Math.max(1, Math.round(t * 1000))}`,
                ...(traits.incremental ? ['--incremental'] : []),
                ...(settings.produceModels || traits.models ? ['--produce-models'] : []),
                ...rest,
            ];
    }
}
/**
 * A stable text that identifies how a solver runs (its argv with placeholders), part of the
 * result-store key: changing a solver's flags invalidates its stored runs.
 */
export function solverSignature(spec, settings, traits) {
    const argv = commandLine(spec, '{file}', settings, traits);
    // The node binary's path is an installation detail, not part of how eagersmt runs.
    if (spec.base === 'eagersmt')
        argv[0] = 'node';
    return JSON.stringify(argv);
}
const identities = new Map();
/**
 * What identifies the program a solver runs, for the result store's key: its resolved path
 * and the first line(s) its `--version` prints; for eagersmt, the content of the files of
 * its build (`dist/`). Computed once per program.
 * @example programIdentity({ name: 'z3', base: 'z3', words: [] }) // '/usr/bin/z3\nZ3 version 4.12.5 - 64 bit'
 */
export function programIdentity(spec) {
    const [cmd] = commandLine(spec, 'x.smt2', { timeoutS: 1, produceModels: false });
    const found = spec.base === 'eagersmt' ? { path: EAGERSMT_MAIN } : findProgram(cmd);
    if ('error' in found)
        return `${cmd}: ${found.error}`;
    const memoKey = `${spec.base ?? ''}\u0000${found.path}`;
    const memo = identities.get(memoKey);
    if (memo !== undefined)
        return memo;
    let identity;
    if (spec.base === 'eagersmt') {
        identity = `eagersmt build ${buildStamp(dirname(dirname(EAGERSMT_MAIN)))}`;
    }
    else if (spec.base !== undefined) {
        const v = spawnSync(found.path, ['--version'], { encoding: 'utf8', timeout: 5000 });
        identity = `${found.path}\n${(v.stdout ?? '').trim().split('\n').slice(0, 2).join('\n')}`;
    }
    else {
        // An arbitrary command is not run for its version (it may not take --version): its program's content stands in.
        identity = `${found.path} ${fileHash(found.path)}`;
    }
    identities.set(memoKey, identity);
    return identity;
}
/** SHA-256 of a file's content (past 256 MiB, of its size and time instead), hex. */
function fileHash(file) {
    const st = statSync(file);
    if (st.size > 256 << 20)
        return `${st.size} ${st.mtimeMs}`;
    return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}
/** A hash of the names and contents of the files under `dir`. */
function buildStamp(dir) {
    const hash = createHash('sha256');
    const walk = (d) => {
        let entries;
        try {
            entries = readdirSync(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile()) {
                hash.update(`${p} ${fileHash(p)}\n`);
            }
        }
    };
    walk(dir);
    return hash.digest('hex').slice(0, 16);
}
/**
 * Checks that the solver's program can be started: an executable on PATH, or an existing path.
 * Returns an error message, or undefined when it is fine.
 */
export function checkRunnable(spec, settings) {
    const [cmd] = commandLine(spec, 'x.smt2', settings);
    if (spec.base === 'eagersmt' && !existsSync(EAGERSMT_MAIN))
        return `solver '${spec.name}': ${EAGERSMT_MAIN} is missing (run npm run build)`;
    if (cmd.includes('/') || isAbsolute(cmd))
        return existsSync(cmd) ? undefined : `solver '${spec.name}': no such program '${cmd}'`;
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (dir === '')
            continue;
        try {
            accessSync(join(dir, cmd), constants.X_OK);
            return undefined;
        }
        catch {
            // not in this directory
        }
    }
    return `solver '${spec.name}': '${cmd}' is not on PATH`;
}
//# sourceMappingURL=solvers.js.map
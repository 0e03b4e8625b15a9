/**
 * `eagersmt compare`: runs several SMT solvers on the same benchmarks under the same limits and
 * reports where each stands — the picture of a competition report from one command.
 *
 * Steps: expand the inputs into benchmark files and scan each (check-sat count, expected
 * statuses, content hash); open the result store in the output folder and take every run it
 * already holds; run the rest, `jobs` at a time, file by file with all solvers of a file next to
 * each other, storing each run as it ends; then summarise (stats.ts) and write
 *
 *     <out>/runs.jsonl               the store (resume)
 *     <out>/runs.csv                 one row per run
 *     <out>/results.json             settings, benchmarks, runs, numbers, disagreements
 *     <out>/cactus.svg               cactus plot
 *     <out>/scatter-<a>-vs-<b>.svg   one scatter plot per pair of solvers
 *     <out>/report.html              all of it on one page
 *
 * and print the table and the disagreements. An interrupted comparison (the abort signal)
 * kills the runs in flight, keeps the finished ones in the store and writes nothing else.
 */
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContractError } from '../errors.js';
import { collectFiles, readBenchmark } from './benchmark.js';
import { cactusSvg } from './cactus.js';
import { MemoryWatch, memoryLimitSupported } from './memory.js';
import { makeProgress } from './progress.js';
import { reportHtml } from './report.js';
import { resultsJson, runsCsv } from './results.js';
import { classify, runProcess } from './runner.js';
import { scatterSvg } from './scatter.js';
import { checkRunnable, commandLine, programIdentity, solverSignature } from './solvers.js';
import { doubtfulStatuses, isSolved, summarize } from './stats.js';
import { RunStore, runKey } from './store.js';
import { formatDisagreements, formatTable } from './table.js';
/** File-name-safe text for a solver name (names are already restricted; this is a second guard). */
const safe = (s) => s.replace(/[^A-Za-z0-9._+-]/g, '_');
/**
 * Runs a comparison. Throws ContractError for bad settings (no files, a solver that cannot be
 * started, a memory limit where it cannot be enforced).
 * @example
 * const r = await runComparison({ inputs: ['bench/'], solvers: parseSolvers('z3,cvc5', []), timeoutS: 10,
 *   outDir: 'out', out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
 * process.exitCode = r.summary.disagreements.length > 0 ? 3 : 0;
 */
export async function runComparison(s) {
    if (!(s.timeoutS > 0))
        throw new ContractError('the time limit must be positive');
    const jobs = s.jobs ?? availableParallelism();
    if (!Number.isInteger(jobs) || jobs < 1)
        throw new ContractError('-j must be a positive integer');
    if (s.memoryMiB !== undefined && !(s.memoryMiB > 0))
        throw new ContractError('the memory limit must be positive');
    if (s.memoryMiB !== undefined && !memoryLimitSupported())
        throw new ContractError('--memory needs /proc (Linux) to watch the memory of the runs');
    const settings = { timeoutS: s.timeoutS, produceModels: s.produceModels ?? false };
    const problems = s.solvers.map((spec) => checkRunnable(spec, settings)).filter((m) => m !== undefined);
    if (problems.length > 0)
        throw new ContractError(problems.join('; '));
    const files = collectFiles(s.inputs);
    if (files.length === 0)
        throw new ContractError(`no .smt2 files in ${s.inputs.join(' ')}`);
    const benches = files.map(readBenchmark);
    const store = new RunStore(s.outDir, s.fresh ?? false);
    const results = new Map();
    const slot = (file, solver) => `${file}\u0000${solver}`;
    const todo = [];
    for (const bench of benches) {
        for (const spec of s.solvers) {
            const key = runKey(spec.name, `${solverSignature(spec, settings, bench)}\n${programIdentity(spec)}`, s.timeoutS, s.memoryMiB, bench.sha256);
            const stored = store.get(key);
            if (stored)
                results.set(slot(bench.file, spec.name), { ...stored, file: bench.file });
            else
                todo.push({ bench, spec, key });
        }
    }
    const reused = results.size;
    const progress = makeProgress(s.progress ?? 'none', s.err);
    progress.start(benches.length * s.solvers.length, reused, store.path);
    const memory = s.memoryMiB !== undefined ? new MemoryWatch() : undefined;
    let next = 0;
    let ran = 0;
    const worker = async () => {
        while (next < todo.length && !s.abort?.aborted) {
            const task = todo[next++];
            const argv = commandLine(task.spec, task.bench.file, settings, task.bench);
            const p = await runProcess(argv, { timeoutS: s.timeoutS, graceS: s.graceS ?? 2, memoryMiB: s.memoryMiB, memory, abort: s.abort });
            if (p.killed === 'interrupt')
                return;
            const { outcome, reason } = classify(p, task.bench.checkSats, s.timeoutS);
            const rec = {
                key: task.key,
                solver: task.spec.name,
                file: task.bench.file,
                sha256: task.bench.sha256,
                outcome,
                reason,
                answers: p.answers,
                timeS: Math.round(p.timeS * 1000) / 1000,
                exitCode: p.exitCode,
                signal: p.signal,
                peakMiB: p.peakMiB === undefined ? undefined : Math.round(p.peakMiB * 10) / 10,
                argv,
                timeoutS: s.timeoutS,
                memoryMiB: s.memoryMiB,
                finishedAt: new Date().toISOString(),
            };
            store.put(rec);
            results.set(slot(task.bench.file, task.spec.name), rec);
            ran++;
            progress.done(rec);
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, Math.max(1, todo.length)) }, worker));
    progress.stop();
    const names = s.solvers.map((x) => x.name);
    const runs = [];
    for (const b of benches)
        for (const n of names) {
            const r = results.get(slot(b.file, n));
            if (r)
                runs.push(r);
        }
    const summary = summarize(benches, names, runs, s.timeoutS);
    if (s.abort?.aborted) {
        s.err(`compare: interrupted; ${store.size} finished runs are kept in ${store.path}: run the same command again to resume\n`);
        return { benches, runs, summary, reused, ran, interrupted: true, written: [store.path] };
    }
    const written = [store.path];
    const write = (name, text) => {
        const path = join(s.outDir, name);
        writeFileSync(path, text);
        written.push(path);
    };
    // Statuses every answering solver contradicts are the benchmark's problem, not the solvers'.
    const scored = doubtfulStatuses(benches, runs).benches;
    const benchByFile = new Map(scored.map((b) => [b.file, b]));
    write('runs.csv', runsCsv(runs, benchByFile));
    write('results.json', resultsJson({
        settings: {
            solvers: s.solvers.map((spec) => ({ name: spec.name, command: JSON.parse(solverSignature(spec, settings)) })),
            timeoutS: s.timeoutS,
            memoryMiB: s.memoryMiB,
            jobs,
            produceModels: settings.produceModels,
            date: new Date().toISOString(),
        },
        benchmarks: benches.map((b) => ({ file: b.file, checkSats: b.checkSats, expected: b.expected.map((e) => e ?? null), sha256: b.sha256, bytes: b.bytes })),
        runs,
        summary,
    }));
    const solvedTimes = (name) => runs.filter((r) => r.solver === name && isSolved(r, benchByFile.get(r.file))).map((r) => r.timeS);
    const cactus = cactusSvg(names.map((n) => ({ solver: n, times: solvedTimes(n) })), { benchmarks: benches.length, timeoutS: s.timeoutS });
    write('cactus.svg', cactus);
    const scatters = [];
    for (let i = 0; i < names.length; i++)
        for (let j = i + 1; j < names.length; j++) {
            const [a, b] = [names[i], names[j]];
            const svg = scatterSvg(a, b, scatterPoints(scored, a, b, results, slot), s.timeoutS);
            write(`scatter-${safe(a)}-vs-${safe(b)}.svg`, svg);
            scatters.push({ a, b, svg });
        }
    write('report.html', reportHtml({
        title: `eagersmt compare: ${names.join(', ')}`,
        command: s.command ?? '',
        timeoutS: s.timeoutS,
        memoryMiB: s.memoryMiB,
        date: new Date().toISOString(),
        solvers: names,
        benches: scored,
        runs,
        summary,
        cactus,
        scatters,
    }));
    s.out(formatTable(summary.stats));
    s.out(formatDisagreements(summary.disagreements));
    s.out(`${benches.length} benchmarks, ${runs.length} runs (${ran} run now, ${reused} reused); results in ${s.outDir}/ (report.html, runs.csv, results.json, cactus.svg)\n`);
    return { benches, runs, summary, reused, ran, interrupted: false, written };
}
/** The points of the scatter plot of solvers a and b: solved times, and the answer of the benchmark. */
function scatterPoints(benches, a, b, results, slot) {
    return benches.map((bench) => {
        const ra = results.get(slot(bench.file, a));
        const rb = results.get(slot(bench.file, b));
        const sa = ra && isSolved(ra, bench) ? ra : undefined;
        const sb = rb && isSolved(rb, bench) ? rb : undefined;
        const answer = (sa ?? sb)?.outcome;
        return { file: bench.file, a: sa?.timeS, b: sb?.timeS, answer };
    });
}
//# sourceMappingURL=harness.js.map
/**
 * One solver run: a child process with a wall-clock limit and an optional memory limit, and
 * the classification of what it printed.
 *
 * The child is spawned without a shell as the leader of a new process group (`detached`), so
 * that the harness can kill everything the solver started — wrapper scripts, portfolio workers,
 * `mpirun` children — with one `kill(-pgid, SIGKILL)`. The group is killed when the run passes
 * its time limit plus a grace period (the solver's own limit flag should have stopped it
 * earlier), when it passes its memory limit (see memory.ts), when the harness is interrupted,
 * and also after a normal exit, so that no stray child outlives its run.
 *
 * Stdout is read line by line as it arrives, keeping only what the comparison needs: the
 * `sat`/`unsat`/`unknown` answers in order, the first `(error ...)` line, and whether Z3's
 * `timeout` line appeared. Stderr keeps its last few kilobytes.
 */
import { spawn } from 'node:child_process';
const STDERR_TAIL = 4096;
const MAX_LINE = 4096;
/** Kills a process group, ignoring one that is already gone. */
function killGroup(pgid) {
    try {
        process.kill(-pgid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}
/**
 * Runs `argv` under the limits and collects its answers.
 * @example const r = await runProcess(['z3', '-smt2', '-T:5', 'f.smt2'], { timeoutS: 5, graceS: 2 });
 */
export function runProcess(argv, limits) {
    return new Promise((resolve) => {
        const result = {
            argv: [...argv],
            answers: [],
            saidTimeout: false,
            stderrTail: '',
            timeS: 0,
            exitCode: null,
            signal: null,
        };
        if (limits.abort?.aborted) {
            result.killed = 'interrupt';
            resolve(result);
            return;
        }
        const start = process.hrtime.bigint();
        const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const pid = child.pid;
        let partial = '';
        let exited;
        const onLine = (raw) => {
            const line = raw.trim();
            if (line === 'sat' || line === 'unsat' || line === 'unknown')
                result.answers.push(line);
            else if (line === 'timeout')
                result.saidTimeout = true;
            else if (result.errorLine === undefined && line.startsWith('(error'))
                result.errorLine = line.slice(0, 300);
        };
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            const pieces = chunk.split('\n');
            for (let i = 0; i < pieces.length - 1; i++) {
                onLine(partial + pieces[i]);
                partial = '';
            }
            partial += pieces[pieces.length - 1];
            if (partial.length > MAX_LINE)
                partial = partial.slice(0, MAX_LINE);
        });
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            result.stderrTail = (result.stderrTail + chunk).slice(-STDERR_TAIL);
        });
        const kill = (why) => {
            if (result.killed === undefined && exited === undefined)
                result.killed = why;
            if (pid !== undefined)
                killGroup(pid);
        };
        const timer = setTimeout(() => kill('time'), (limits.timeoutS + limits.graceS) * 1000);
        const onAbort = () => kill('interrupt');
        limits.abort?.addEventListener('abort', onAbort);
        if (pid !== undefined && limits.memoryMiB !== undefined && limits.memory)
            limits.memory.add(pid, limits.memoryMiB, () => kill('memory'));
        child.on('exit', () => {
            exited = process.hrtime.bigint();
            // The solver is done: whatever it left running in its group goes too.
            if (pid !== undefined)
                killGroup(pid);
        });
        let settled = false;
        const finish = (spawnError) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            limits.abort?.removeEventListener('abort', onAbort);
            if (pid !== undefined && limits.memoryMiB !== undefined && limits.memory)
                result.peakMiB = limits.memory.remove(pid);
            if (partial !== '')
                onLine(partial);
            result.timeS = Number((exited ?? process.hrtime.bigint()) - start) / 1e9;
            result.exitCode = child.exitCode;
            result.signal = child.signalCode;
            if (spawnError)
                result.spawnError = spawnError.message;
            if (/interrupted by timeout/.test(result.stderrTail))
                result.saidTimeout = true;
            resolve(result);
        };
        child.on('error', (e) => finish(e));
        child.on('close', () => finish());
    });
}
/**
 * Classifies a finished run, in this order: killed for memory → `memout`; killed for time,
 * or longer than the limit, or stopped by its own limit without all answers → `timeout`;
 * not started, an `(error ...)` line, or a non-zero exit or signal → `error`; every check-sat
 * answered sat/unsat → the last answer; otherwise `unknown`. Answers are kept in every case:
 * a wrong `sat` printed before a crash is still a wrong `sat`.
 * @example classify(run, 1, 10) // { outcome: 'unsat' }
 */
export function classify(p, checkSats, timeoutS) {
    if (p.killed === 'memory')
        return { outcome: 'memout', reason: `over the memory limit (peak ${Math.round(p.peakMiB ?? 0)} MiB)` };
    if (p.killed === 'time')
        return { outcome: 'timeout', reason: 'killed at the time limit' };
    if (p.spawnError)
        return { outcome: 'error', reason: `cannot start: ${p.spawnError}` };
    const complete = checkSats > 0 && p.answers.length >= checkSats && p.answers.slice(0, checkSats).every((a) => a !== 'unknown');
    if (p.timeS > timeoutS)
        return { outcome: 'timeout', reason: `took ${p.timeS.toFixed(2)} s` };
    if (p.saidTimeout && !complete)
        return { outcome: 'timeout', reason: 'stopped by its own time limit' };
    if (p.errorLine)
        return { outcome: 'error', reason: p.errorLine };
    if (p.signal)
        return { outcome: 'error', reason: `killed by ${p.signal}${lastLine(p.stderrTail)}` };
    if (p.exitCode !== 0)
        return { outcome: 'error', reason: `exit code ${p.exitCode}${lastLine(p.stderrTail)}` };
    if (complete)
        return { outcome: p.answers[checkSats - 1] };
    return { outcome: 'unknown', reason: p.answers.length < checkSats ? `${p.answers.length} of ${checkSats} answers` : undefined };
}
function lastLine(text) {
    const lines = text.trim().split('\n');
    const last = lines[lines.length - 1].trim();
    return last === '' ? '' : `: ${last.slice(0, 200)}`;
}
//# sourceMappingURL=runner.js.map
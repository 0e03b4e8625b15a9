/**
 * Progress of a comparison on stderr: a progress bar (cli-progress) when stderr is a terminal,
 * otherwise one line per finished run (`[12/246] z3 sat 0.42 s bench/a.smt2`), which reads well
 * in CI logs and files. Runs reused from the store are announced in one line, not one each.
 */
import { SingleBar } from 'cli-progress';
/**
 * A progress reporter writing to `err` (and, for the bar, to `stream`).
 * @example const p = makeProgress(process.stderr.isTTY ? 'bar' : 'lines', (s) => process.stderr.write(s), process.stderr);
 */
export function makeProgress(mode, err, stream = process.stderr) {
    let total = 0;
    let finished = 0;
    if (mode === 'none')
        return { start() { }, done() { }, stop() { } };
    const announce = (reused, store) => {
        if (reused > 0)
            err(`compare: reusing ${reused} finished run${reused === 1 ? '' : 's'} from ${store} (--fresh to rerun)\n`);
    };
    if (mode === 'lines') {
        return {
            start(t, reused, store) {
                total = t;
                finished = reused;
                announce(reused, store);
            },
            done(run) {
                finished++;
                const w = String(total).length;
                err(`[${String(finished).padStart(w)}/${total}] ${run.solver} ${run.outcome} ${run.timeS.toFixed(2)} s ${run.file}\n`);
            },
            stop() { },
        };
    }
    const bar = new SingleBar({
        format: 'compare [{bar}] {value}/{total} runs | {duration_formatted} elapsed | eta {eta_formatted} | {last}',
        stream,
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 20,
    }, undefined);
    return {
        start(t, reused, store) {
            announce(reused, store);
            bar.start(t, reused, { last: '' });
        },
        done(run) {
            bar.increment(1, { last: `${run.solver} ${run.outcome} ${run.file.length > 40 ? '…' + run.file.slice(-39) : run.file}` });
        },
        stop() {
            bar.stop();
        },
    };
}
//# sourceMappingURL=progress.js.map
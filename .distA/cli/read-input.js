/**
 * Bounded reading of a command's input file (docs/ARCHITECTURE.md "Errors"): a FIFO that has no
 * writer, an endless device or a stream that never ends must not outlive `-t`, and must not
 * grow the process without bound.
 */
import { closeSync, constants, createReadStream, openSync, statSync } from 'node:fs';
/**
 * Ends a pending open of a FIFO that has no writer: opening it for writing (without blocking)
 * lets the open return, so that the process can exit (Node waits for its I/O threads).
 * @example if (statSync(file).isFIFO()) unblockFifo(file);
 */
export function unblockFifo(file) {
    try {
        closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
    }
    catch {
        // No reader is waiting any more: nothing to unblock.
    }
}
/**
 * Reads `file` (`-`: standard input) whole, within `limits`. Never throws for I/O: an unreadable
 * file is `error` with the reason ('no such file', 'is a directory', ...).
 * @example const r = await readBounded('f.cnf', { deadline: Date.now() + 1000, maxBytes: 1 << 20 });
 */
export function readBounded(file, limits) {
    let fifo = false;
    let input;
    if (file === '-')
        input = process.stdin;
    else {
        try {
            const st = statSync(file);
            if (st.isDirectory())
                return Promise.resolve({ kind: 'error', why: 'is a directory' });
            fifo = st.isFIFO();
            input = createReadStream(file);
        }
        catch (e) {
            const err = e;
            return Promise.resolve({ kind: 'error', why: err.code === 'ENOENT' ? 'no such file' : err.message });
        }
    }
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            input.removeAllListeners('data');
            input.removeAllListeners('end');
            input.on('error', () => { }); // a late error of a stream given up on
            if (outcome.kind !== 'bytes') {
                if (fifo)
                    unblockFifo(file);
                input.destroy?.();
            }
            resolve(outcome);
        };
        const timer = limits.deadline === undefined ? undefined : setTimeout(() => finish({ kind: 'timeout' }), Math.max(0, limits.deadline - Date.now()));
        input.on('data', (chunk) => {
            const why = limits.inspect?.(chunk, size === 0);
            if (why !== undefined)
                return finish({ kind: 'rejected', why });
            size += chunk.length;
            if (size > limits.maxBytes)
                return finish({ kind: 'too-large', limit: limits.maxBytes });
            chunks.push(chunk);
        });
        input.on('end', () => finish({ kind: 'bytes', bytes: Buffer.concat(chunks, size) }));
        input.on('error', (e) => finish({ kind: 'error', why: e.code === 'EISDIR' ? 'is a directory' : e.message }));
    });
}
//# sourceMappingURL=read-input.js.map
/**
 * The result store of a comparison: `<out>/runs.jsonl`, one JSON record per finished run,
 * appended as soon as the run ends, so that an interrupted comparison loses only the runs in
 * flight. Re-running with the same output folder reuses every stored run whose key matches;
 * `fresh` empties the store first.
 *
 * The key of a run is a hash of what determines its result: the solver's name, its command
 * line with the file as a placeholder (solverSignature), the time and memory limits, and the
 * SHA-256 of the benchmark's content — so a run is reused after the benchmark folder moves, and
 * redone when the file, the flags or the limits change. A torn last line (the harness was
 * killed while writing) is ignored.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
/**
 * The key of a run (hex).
 * @example runKey('z3', solverSignature(spec, settings), 10, undefined, info.sha256)
 */
export function runKey(solver, signature, timeoutS, memoryMiB, sha256) {
    return createHash('sha256')
        .update(JSON.stringify([solver, signature, timeoutS, memoryMiB ?? null, sha256]))
        .digest('hex')
        .slice(0, 32);
}
export const STORE_FILE = 'runs.jsonl';
/** Finished runs by key, backed by an append-only JSON-lines file. */
export class RunStore {
    path;
    runs = new Map();
    /** Opens (creating) the store in `dir`; with `fresh`, forgets every stored run. */
    constructor(dir, fresh) {
        mkdirSync(dir, { recursive: true });
        this.path = join(dir, STORE_FILE);
        if (fresh || !existsSync(this.path)) {
            writeFileSync(this.path, '');
            return;
        }
        const text = readFileSync(this.path, 'utf8');
        for (const line of text.split('\n')) {
            if (line.trim() === '')
                continue;
            let rec;
            try {
                rec = JSON.parse(line);
            }
            catch {
                continue; // torn line
            }
            if (typeof rec.key === 'string' && typeof rec.outcome === 'string' && Array.isArray(rec.answers))
                this.runs.set(rec.key, rec);
        }
        // Start the next record on a line of its own after a torn last line.
        if (text !== '' && !text.endsWith('\n'))
            appendFileSync(this.path, '\n');
    }
    get size() {
        return this.runs.size;
    }
    get(key) {
        return this.runs.get(key);
    }
    /** Records a finished run (appends it to the file at once). */
    put(rec) {
        this.runs.set(rec.key, rec);
        appendFileSync(this.path, JSON.stringify(rec) + '\n');
    }
}
//# sourceMappingURL=store.js.map
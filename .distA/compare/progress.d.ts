import type { RunRecord } from './store.js';
export type ProgressMode = 'bar' | 'lines' | 'none';
export interface Progress {
    /** `total` runs in all, of which `reused` come from the store. */
    start(total: number, reused: number, store: string): void;
    /** A run finished. */
    done(run: RunRecord): void;
    stop(): void;
}
/**
 * A progress reporter writing to `err` (and, for the bar, to `stream`).
 * @example const p = makeProgress(process.stderr.isTTY ? 'bar' : 'lines', (s) => process.stderr.write(s), process.stderr);
 */
export declare function makeProgress(mode: ProgressMode, err: (s: string) => void, stream?: NodeJS.WritableStream): Progress;

/**
 * Ends a pending open of a FIFO that has no writer: opening it for writing (without blocking)
 * lets the open return, so that the process can exit (Node waits for its I/O threads).
 * @example if (statSync(file).isFIFO()) unblockFifo(file);
 */
export declare function unblockFifo(file: string): void;
/** How a bounded read ended. `bytes`: the whole input; otherwise why it stopped. */
export type ReadOutcome = {
    kind: 'bytes';
    bytes: Buffer;
} | {
    kind: 'timeout';
} | {
    kind: 'too-large';
    limit: number;
} | {
    kind: 'rejected';
    why: string;
} | {
    kind: 'error';
    why: string;
};
export interface ReadLimits {
    /** `Date.now()` past which reading stops (`timeout`); undefined: none. */
    deadline?: number;
    /** Most bytes read (`too-large` beyond). */
    maxBytes: number;
    /** Looks at each chunk as it arrives; a string ends the read as `rejected` (e.g. binary data). */
    inspect?: (chunk: Buffer, first: boolean) => string | undefined;
}
/**
 * Reads `file` (`-`: standard input) whole, within `limits`. Never throws for I/O: an unreadable
 * file is `error` with the reason ('no such file', 'is a directory', ...).
 * @example const r = await readBounded('f.cnf', { deadline: Date.now() + 1000, maxBytes: 1 << 20 });
 */
export declare function readBounded(file: string, limits: ReadLimits): Promise<ReadOutcome>;

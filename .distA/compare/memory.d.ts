/** True where the memory limit can be enforced (Linux with /proc). */
export declare function memoryLimitSupported(): boolean;
/**
 * Resident memory (KiB) of every process group in `groups`, summed over its processes.
 * Processes that vanish during the scan are skipped.
 */
export declare function groupRssKiB(groups: ReadonlySet<number>): Map<number, number>;
/** Polls the resident memory of watched process groups; one timer for all of them. */
export declare class MemoryWatch {
    private readonly intervalMs;
    private readonly groups;
    private timer;
    constructor(intervalMs?: number);
    /** Starts watching process group `pgid`; `onExceed` is called once when it uses more than `limitMiB`. */
    add(pgid: number, limitMiB: number, onExceed: () => void): void;
    /** Stops watching `pgid`; returns its peak resident memory in MiB. */
    remove(pgid: number): number;
    private tick;
}

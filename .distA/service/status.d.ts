/** A worker as its heartbeat describes it. */
export interface WorkerInfo {
    id: string;
    host: string;
    pid: number;
    backend: string;
    concurrency: number;
    /** Jobs being solved. */
    active: number;
    /** Jobs done since it started. */
    done: number;
    /** Start time, ms since the epoch. */
    started: number;
}
export interface ServiceStatus {
    workers: WorkerInfo[];
    /** Jobs by BullMQ state: waiting, active, delayed, prioritized, completed, failed. */
    queue: Record<string, number>;
    /** Counters: done, sat, unsat, unknown, canceled, expired, cacheHits. */
    counters: Record<string, number>;
}
/**
 * Reads the service's state.
 * @example const s = await serviceStatus('redis://127.0.0.1:6379'); console.log(s.workers.length);
 * @throws BackendError when Redis cannot be reached.
 */
export declare function serviceStatus(url: string, prefix?: string): Promise<ServiceStatus>;
/**
 * The status as a few lines of text.
 * @example process.stdout.write(formatStatus(await serviceStatus(url)));
 */
export declare function formatStatus(s: ServiceStatus, now?: number): string;

/**
 * The subcommands of the distributed solving service (src/service/):
 *
 *     eagersmt worker --redis <url> [--backend builtin|kissat|cadical|minisat] [--concurrency N]
 *     eagersmt service status --redis <url> [--json]
 *
 * A worker runs until SIGINT or SIGTERM, then puts its active jobs back in the queue and
 * exits 0. Both exit 1 when Redis cannot be reached (refused, wrong password, TLS), with one
 * line saying why. The service modules are loaded only when a subcommand runs.
 */
import { type Command } from 'commander';
export declare const EXIT_SERVICE_OK = 0;
export declare const EXIT_SERVICE_ERROR = 1;
export interface WorkerCommandOptions {
    redis: string;
    backend: string;
    satBinary?: string;
    concurrency: number;
    prefix?: string;
    lockDuration?: number;
    stalledInterval?: number;
    maxJobSeconds?: number;
    maxPayload?: number;
    quiet?: boolean;
    trustBackend?: boolean;
}
/**
 * Declares `worker` and `service status` on the program; `setCode` receives the exit code.
 * @example registerService(program, (c) => (code = c));
 */
export declare function registerService(program: Command, setCode: (code: number) => void): void;

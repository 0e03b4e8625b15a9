/**
 * The distributed service's two packages, BullMQ (the job queue) and ioredis (the Redis
 * client), are optional dependencies: most runs of eagersmt never talk to a service, and an
 * install without them is lighter. Every module of `service/` that needs them at run time asks
 * this loader, which imports them on first use and, when one is missing, throws a
 * `BackendError` naming what is missing and the command that installs it. So `eagersmt worker`
 * and `eagersmt service status` exit 1 with that line, and a check with `--backend service`
 * answers `unknown` with it as the reason.
 */
import type * as Bullmq from 'bullmq';
import type * as Ioredis from 'ioredis';
/** The packages as loaded. */
export interface ServicePackages {
    bullmq: typeof Bullmq;
    ioredis: typeof Ioredis;
}
/** The names of the optional packages, in the order the message names them. */
export declare const SERVICE_PACKAGES: readonly ["bullmq", "ioredis"];
/** Imports a package by name (a parameter so that tests can simulate a missing one). */
export type PackageImporter = (name: (typeof SERVICE_PACKAGES)[number]) => Promise<unknown>;
/**
 * The service's packages, imported once (with the default importer).
 * @throws BackendError naming the missing packages and `npm install bullmq ioredis`.
 * @example const { ioredis } = await servicePackages(); new ioredis.Redis(url);
 */
export declare function servicePackages(importer?: PackageImporter): Promise<ServicePackages>;

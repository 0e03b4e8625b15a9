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
import { BackendError } from '../errors.js';

/** The packages as loaded. */
export interface ServicePackages {
  bullmq: typeof Bullmq;
  ioredis: typeof Ioredis;
}

/** The names of the optional packages, in the order the message names them. */
export const SERVICE_PACKAGES = ['bullmq', 'ioredis'] as const;

/** Imports a package by name (a parameter so that tests can simulate a missing one). */
export type PackageImporter = (name: (typeof SERVICE_PACKAGES)[number]) => Promise<unknown>;

/**
 * The bundled program's modules are compiled by its launcher (`cli/launcher.cjs`, for V8's code
 * cache), where `import()` is not available; the launcher lends its own under this symbol.
 */
const lentImport = (globalThis as Record<symbol, unknown>)[Symbol.for('eagersmt.import')] as PackageImporter | undefined;
const importPackage: PackageImporter = lentImport ?? ((name) => import(name));
let loaded: Promise<ServicePackages> | undefined;

/**
 * The service's packages, imported once (with the default importer).
 * @throws BackendError naming the missing packages and `npm install bullmq ioredis`.
 * @example const { ioredis } = await servicePackages(); new ioredis.Redis(url);
 */
export function servicePackages(importer?: PackageImporter): Promise<ServicePackages> {
  if (importer !== undefined) return loadPackages(importer);
  loaded ??= loadPackages(importPackage).catch((e: unknown) => {
    loaded = undefined; // an install made meanwhile is seen by the next call
    throw e;
  });
  return loaded;
}

async function loadPackages(importer: PackageImporter): Promise<ServicePackages> {
  const why: string[] = [];
  const found = await Promise.all(
    SERVICE_PACKAGES.map((name) =>
      importer(name).catch((e: unknown) => {
        const err = e as NodeJS.ErrnoException;
        // A package that is there but cannot load (a broken install) says why.
        if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes(`'${name}'`)) why.push(`${name}: ${err?.message ?? String(e)}`);
        return undefined;
      }),
    ),
  );
  const missing = SERVICE_PACKAGES.filter((_, i) => found[i] === undefined);
  if (missing.length > 0) {
    const detail = why.length > 0 ? ` (${why.join('; ')})` : '';
    throw new BackendError(
      `service: the distributed service needs the optional package${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}, not installed${detail}: run 'npm install ${SERVICE_PACKAGES.join(' ')}'`,
    );
  }
  return { bullmq: found[0] as typeof Bullmq, ioredis: found[1] as typeof Ioredis };
}

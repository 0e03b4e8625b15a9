/**
 * BullMQ and ioredis are optional: the loader names what is missing and how to install it, and
 * every entry to the service (worker, status, `--backend service`) reports that line instead of
 * crashing. A missing package is simulated with an importer that fails as Node does, and, for
 * the CLI, with a resolve hook preloaded by `node --import`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BackendError } from '../../../src/errors.js';
import { servicePackages, type PackageImporter } from '../../../src/service/packages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const hide = join(root, 'test/support/without-service-packages.mjs');
const notFound = (name: string) => Object.assign(new Error(`Cannot find package '${name}' imported from x.js`), { code: 'ERR_MODULE_NOT_FOUND' });
const without =
  (...names: string[]): PackageImporter =>
  (name) =>
    names.includes(name) ? Promise.reject(notFound(name)) : import(name);

describe('servicePackages', () => {
  it('loads BullMQ and ioredis when installed', async () => {
    const { bullmq, ioredis } = await servicePackages();
    expect(typeof bullmq.Queue).toBe('function');
    expect(typeof ioredis.Redis).toBe('function');
  });

  it('names the one missing package and the install command', async () => {
    const e = await servicePackages(without('bullmq')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BackendError);
    expect((e as Error).message).toBe("service: the distributed service needs the optional package bullmq, not installed: run 'npm install bullmq ioredis'");
  });

  it('names both when both are missing', async () => {
    const e = await servicePackages(without('ioredis', 'bullmq')).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/optional packages bullmq and ioredis, not installed: run 'npm install bullmq ioredis'$/);
  });

  it('says why a package that is there cannot load', async () => {
    const broken: PackageImporter = (name) => (name === 'ioredis' ? Promise.reject(notFound('@ioredis/commands')) : import(name));
    const e = await servicePackages(broken).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/package ioredis, not installed \(ioredis: Cannot find package '@ioredis\/commands'/);
  });
});

describe('the CLI without the service packages', () => {
  const cli = join(root, 'dist/bin/eagersmt.cjs');
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', hide, cli, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  const message = "eagersmt: service: the distributed service needs the optional packages bullmq and ioredis, not installed: run 'npm install bullmq ioredis'\n";

  it('worker and service status exit 1 with the message', { timeout: 60_000 }, () => {
    for (const args of [['worker', '--redis', 'redis://127.0.0.1:1'], ['service', 'status', '--redis', 'redis://127.0.0.1:1']]) {
      const out = run(args);
      expect({ args, status: out.status, stderr: out.stderr }).toEqual({ args, status: 1, stderr: message });
    }
  });

  it('--backend service answers unknown with the reason; other backends are unaffected', { timeout: 60_000 }, () => {
    const script = '(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n(get-info :reason-unknown)\n';
    const out = run(['--backend', 'service', '--redis', 'redis://127.0.0.1:1', '-'], script);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`unknown\n(:reason-unknown "${message.slice('eagersmt: '.length, -1)}")\n`);
    expect(run(['-'], script).stdout).toMatch(/^sat\n/);
  });
});

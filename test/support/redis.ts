/**
 * A private `redis-server` for the service tests: started on a free loopback port with its
 * own temporary directory, append-only persistence with an fsync per write (so a restart
 * loses nothing) and no RDB snapshots, optionally with a password or ACL users. Never the
 * system's Redis. `stop()` ends it and removes the directory; a process `exit` hook kills any
 * server a failed test left behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:<port>` (`rediss://` with TLS; no credentials). */
  url: string;
  /** Stops it (SIGTERM: the append-only file is flushed) and starts it again on the same port and data. */
  restart(): Promise<void>;
  /** Stops it for good and removes its directory. */
  stop(): Promise<void>;
}

export interface RedisServerOptions {
  /** `requirepass`: the password of the `default` user. */
  password?: string;
  /** ACL rules, one user each, e.g. `eager on >secret ~eagersmt:* &eagersmt:* +@all`. */
  users?: string[];
  /** Serve TLS only (no plain port), with this certificate and key (PEM files). */
  tls?: { cert: string; key: string };
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of running) p.kill('SIGKILL');
});

/** A TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/**
 * A self-signed certificate for 127.0.0.1 made with the `openssl` program, in `dir`; undefined
 * when there is no `openssl`.
 */
export function selfSignedCert(dir: string): { cert: string; key: string } | undefined {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return r.status === 0 ? { cert, key } : undefined;
}

/**
 * Starts a private redis-server and waits until it accepts connections.
 * @example const redis = await startRedis(); ...; await redis.stop();
 */
export async function startRedis(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'eagersmt-redis-'));
  const ports = options.tls ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', options.tls.cert, '--tls-key-file', options.tls.key, '--tls-auth-clients', 'no'] : ['--port', String(port)];
  const args = [...ports, '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--daemonize', 'no', '--loglevel', 'notice'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  for (const rule of options.users ?? []) args.push('--user', ...rule.split(' '));
  let child: ChildProcess | undefined;

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const p = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = p;
      running.add(p);
      let out = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out.slice(-500)}`)), 10000);
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/Ready to accept connections/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      };
      p.stdout!.on('data', onData);
      p.stderr!.on('data', onData);
      p.once('exit', (code) => {
        running.delete(p);
        clearTimeout(timer);
        reject(new Error(`redis-server exited with code ${code}: ${out.slice(-500)}`));
      });
    });

  const halt = () =>
    new Promise<void>((resolve) => {
      const p = child;
      if (!p || p.exitCode !== null || p.signalCode !== null) return resolve();
      const force = setTimeout(() => p.kill('SIGKILL'), 5000);
      p.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      p.kill('SIGTERM');
    });

  await launch();
  return {
    port,
    url: `${options.tls ? 'rediss' : 'redis'}://127.0.0.1:${port}`,
    async restart() {
      await halt();
      await launch();
    },
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

#!/usr/bin/env node
/**
 * Checks that the external tools the tests use are on PATH: the reference SMT solvers `z3` and
 * `cvc5`, the SAT solvers `cadical` and `minisat` (external backends), and `redis-server` (the
 * distributed service's tests start their own). Run by `npm test`'s pretest.
 *
 * Quiet when everything is present. Otherwise, when running as root with `apt-get` available,
 * installs the missing Debian packages (package name = tool name) with `apt-get install -y`,
 * running `apt-get update` first if the install fails (a fresh container has no package lists).
 * Without root or apt, prints one line naming the missing tools and the command that installs
 * them, and exits 1.
 *
 * @example
 *   node scripts/ensure-tools.mjs && echo ready
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const TOOLS = ['z3', 'cvc5', 'cadical', 'minisat', 'redis-server'];

/** True if `name` is an executable file in a PATH directory. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** Runs apt-get non-interactively with its output on stderr; returns true on success. */
function aptGet(args) {
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

function main() {
  const missing = TOOLS.filter((t) => !onPath(t));
  if (missing.length === 0) return 0;
  const install = `apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(`ensure-tools: missing ${missing.join(', ')}; install with: sudo ${install}`);
    return 1;
  }
  console.error(`ensure-tools: installing ${missing.join(' ')}`);
  const installArgs = ['install', '-y', '--no-install-recommends', ...missing];
  if (!aptGet(installArgs) && !(aptGet(['update']) && aptGet(installArgs))) {
    console.error(`ensure-tools: '${install}' failed`);
    return 1;
  }
  const still = missing.filter((t) => !onPath(t));
  if (still.length > 0) {
    console.error(`ensure-tools: still missing after install: ${still.join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();

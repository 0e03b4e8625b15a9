/**
 * Node's built-in modules that a process may never use, loaded at their first use: a query
 * answered by the built-in solver on the main thread starts no worker thread and no child
 * process, and loading `worker_threads` (with its messaging and performance modules) at
 * start-up costs every process a few milliseconds.
 */
import { createRequire } from 'node:module';

const nodeRequire = createRequire(import.meta.url);

/** `node:worker_threads`, loaded on the first call. @example new (workerThreads().Worker)(url) */
export function workerThreads(): typeof import('node:worker_threads') {
  return nodeRequire('node:worker_threads') as typeof import('node:worker_threads');
}

/** `node:child_process`, loaded on the first call. @example childProcess().spawn('z3', ['-in']) */
export function childProcess(): typeof import('node:child_process') {
  return nodeRequire('node:child_process') as typeof import('node:child_process');
}

#!/usr/bin/env node
/**
 * An interactive client: drives a solver through a pipe as a bounded model checker does —
 * write one command, wait for its answer, write the next — over N push/assert/check-sat/pop
 * rounds of a generated QF_IDL unrolling (a counter x_k that steps by 1 or 2 each frame, the
 * property "x_k != target" checked at each depth k). It runs eagersmt (the package's bin, `dist/bin/eagersmt.cjs -`),
 * `z3 -in` and `cvc5 --incremental --interactive` on the same rounds, checks that they answer
 * alike, and reports the time per solver and its ratio to Z3's.
 *
 * Usage: node benchmarks/incremental/client.mjs [rounds=50] [target=37]
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = Number(process.argv[2] ?? 50);
const target = Number(process.argv[3] ?? 37);

/** The commands of the session, and which of them expect an answer line. */
function session() {
  const cmds = ['(set-option :print-success true)', '(set-logic QF_IDL)', '(declare-const x0 Int)', '(assert (= x0 0))'];
  for (let k = 1; k <= rounds; k++) {
    cmds.push(`(declare-const x${k} Int)`);
    cmds.push(`(assert (or (= (- x${k} x${k - 1}) 1) (= (- x${k} x${k - 1}) 2)))`);
    cmds.push('(push 1)', `(assert (= x${k} ${target}))`, '(check-sat)', '(pop 1)');
  }
  cmds.push('(exit)');
  return cmds;
}

/** Runs the session on one solver; resolves with the check answers and the wall time. */
function drive(name, argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
    const cmds = session();
    const answers = [];
    let buf = '';
    let i = 0;
    const t0 = performance.now();
    const next = () => {
      if (i === cmds.length) return;
      child.stdin.write(cmds[i++] + '\n');
    };
    child.stdout.on('data', (d) => {
      buf += d.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        if (line === '') continue;
        if (line !== 'success') answers.push(line);
        if (line.startsWith('(error')) return reject(new Error(`${name}: ${line}`));
        next();
      }
    });
    child.on('exit', () => resolve({ name, answers, ms: performance.now() - t0 }));
    child.on('error', reject);
    next();
  });
}

const solvers = [['eagersmt', [process.execPath, join(root, 'dist/bin/eagersmt.cjs'), '-']]];
if (spawnSync('z3', ['-version']).status === 0) solvers.push(['z3', ['z3', '-in']]);
if (spawnSync('cvc5', ['--version']).status === 0) solvers.push(['cvc5', ['cvc5', '--incremental', '--interactive', '--lang', 'smt2']]);

const results = [];
for (const [name, argv] of solvers) results.push(await drive(name, argv));
const z3 = results.find((r) => r.name === 'z3');
for (const r of results) {
  if (z3 && r.answers.join() !== z3.answers.join()) console.log(`${r.name}: answers differ from z3's`);
  const ratio = z3 ? ` (x${(r.ms / z3.ms).toFixed(2)} z3)` : '';
  console.log(`${r.name.padEnd(9)} ${rounds} rounds ${r.ms.toFixed(0).padStart(7)} ms${ratio}  ${r.answers.filter((a) => a === 'sat').length} sat`);
}

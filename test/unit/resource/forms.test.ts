/**
 * Resource detection accepts every equivalent form of a pairwise disjunction (issue 10 §1):
 * `or` / `=>` / `not` / `distinct`, operands in either order, `(- a b)` or `(+ ...)` shapes,
 * strict or non-strict, nested `and`, one assertion or many. Each form below states the same
 * overloaded resource, so each must be refuted with a certificate that `check-proof` accepts;
 * the same script with one pair left unconstrained, or constrained only under a condition,
 * must not be refuted.
 */
import { describe, expect, it } from 'vitest';
import { solveSmtLib } from '../../../src/index.js';
import { checkResourceCertificate } from '../../../src/proof/check-resource.js';
import { reasonAboutResources } from '../../../src/resource/reason.js';
import { assertionsOf } from '../../support/script-context.js';

/** Refutes `text` by resource reasoning; returns the certificate checked against the script. */
export function refute(text: string): string {
  const out = reasonAboutResources(assertionsOf(text), 1, () => {});
  expect(out.certificate, 'expected a resource refutation').toBeDefined();
  const script = text + '\n(check-sat)\n';
  const verdict = checkResourceCertificate(script, 'p.smt2', out.certificate!, 'p.cert');
  expect(verdict.message).toBe('valid');
  return out.certificate!;
}

export function notRefuted(text: string): void {
  expect(reasonAboutResources(assertionsOf(text), 1, () => {}).certificate).toBeUndefined();
}

const decl = (names: string[]) => names.map((n) => `(declare-const ${n} Int)`).join('\n');
const window = (ss: string[], lo: number, hi: number, d: number) =>
  ss.map((s) => `(assert (>= ${s} ${lo}))\n(assert (<= (+ ${s} ${d}) ${hi}))`).join('\n');

/** Three operations of duration 2 on one machine within [0, 5): 6 > 5. */
const ONE_MACHINE: [string, (a: string, b: string) => string][] = [
  ['or of <= with +', (a, b) => `(or (<= (+ ${a} 2) ${b}) (<= (+ ${b} 2) ${a}))`],
  ['or of >= over differences', (a, b) => `(or (>= (- ${b} ${a}) 2) (>= (- ${a} ${b}) 2))`],
  ['=> with not', (a, b) => `(=> (not (<= (+ ${a} 2) ${b})) (<= (+ ${b} 2) ${a}))`],
  ['not of and of strict', (a, b) => `(not (and (< ${b} (+ ${a} 2)) (< ${a} (+ ${b} 2))))`],
  ['strict with offsets', (a, b) => `(or (< (+ ${a} 1) ${b}) (> (- ${a} 1) ${b}))`],
  ['operands in either order', (a, b) => `(or (>= ${b} (+ 2 ${a})) (<= (+ ${b} 2) ${a}))`],
  ['one difference both ways', (a, b) => `(or (<= (- ${a} ${b}) (- 2)) (> (- ${a} ${b}) 1))`],
  ['scaled', (a, b) => `(or (<= (* 2 (- ${a} ${b})) (- 4)) (<= (* 3 ${b}) (- (* 3 ${a}) 6)))`],
  ['not of or negated', (a, b) => `(not (and (not (<= (+ ${a} 2) ${b})) (not (>= (- ${a} ${b}) 2))))`],
];

describe('one machine: every form of the disjunction is detected', () => {
  const ops = ['a', 'b', 'c'];
  const pairs = [['a', 'b'], ['a', 'c'], ['b', 'c']] as const;
  for (const [name, pair] of ONE_MACHINE) {
    it(`${name}: separate assertions`, () => {
      refute(`${decl(ops)}\n${window(ops, 0, 5, 2)}\n${pairs.map(([a, b]) => `(assert ${pair(a, b)})`).join('\n')}`);
    });
    it(`${name}: one nested and`, () => {
      refute(`${decl(ops)}\n${window(ops, 0, 5, 2)}\n(assert (and ${pair('a', 'b')} (and ${pair('c', 'a')} ${pair('b', 'c')})))`);
    });
    it(`${name}: one pair left out is not refuted`, () => {
      notRefuted(`${decl(ops)}\n${window(ops, 0, 5, 2)}\n(assert ${pair('a', 'b')})\n(assert ${pair('b', 'c')})`);
    });
  }

  it('a lone distinct is a pair of unit operations', () => {
    const vs = ['a', 'b', 'c', 'd'];
    refute(`${decl(vs)}\n${vs.map((v) => `(assert (and (>= ${v} 0) (<= ${v} 2)))`).join('\n')}\n(assert (distinct a b))(assert (distinct a c))(assert (distinct a d))(assert (not (= b c)))(assert (distinct d b))(assert (distinct c d))`);
  });

  it('an n-ary distinct is a clique of unit operations (pigeonhole)', () => {
    const vs = ['a', 'b', 'c', 'd'];
    const bounds = vs.map((v) => `(assert (and (>= ${v} 0) (<= ${v} 2)))`).join('\n');
    refute(`${decl(vs)}\n${bounds}\n(assert (distinct a b c d))`);
    notRefuted(`${decl(vs)}\n${bounds}\n(assert (distinct a b c))`);
    notRefuted(`${decl(vs)}\n(declare-const p Bool)\n${bounds}\n(assert (or p (distinct a b c d)))`);
  });

  it('a pair under a condition does not count', () => {
    const ops3 = `${decl(ops)}\n(declare-const p Bool)\n${window(ops, 0, 5, 2)}\n`;
    notRefuted(`${ops3}(assert (or (<= (+ a 2) b) (<= (+ b 2) a)))(assert (or (<= (+ c 2) b) (<= (+ b 2) c)))(assert (or p (<= (+ a 2) c) (<= (+ c 2) a)))`);
    notRefuted(`${ops3}(assert (or (<= (+ a 2) b) (<= (+ b 2) a)))(assert (or (<= (+ c 2) b) (<= (+ b 2) c)))(assert (=> p (or (<= (+ a 2) c) (<= (+ c 2) a))))`);
    notRefuted(`${ops3}(assert (or (<= (+ a 2) b) (<= (+ b 2) a)))(assert (or (<= (+ c 2) b) (<= (+ b 2) c)))(assert (ite p (or (<= (+ a 2) c) (<= (+ c 2) a)) true))`);
  });

  it('windows from conditional bounds do not count', () => {
    notRefuted(`${decl(ops)}\n(declare-const p Bool)\n(assert (or p (>= a 0)))(assert (<= (+ a 2) 5))\n${window(['b', 'c'], 0, 5, 2)}\n${pairs.map(([x, y]) => `(assert ${ONE_MACHINE[0]![1](x, y)})`).join('\n')}`);
  });
});

/** Five operations of duration 2 within [0, 4) on 2 machines: energy 10 > 2 · 4. */
const MACHINE_GUARDS: [string, (a: string, b: string, body: string) => string][] = [
  ['=> (= ma mb)', (a, b, body) => `(=> (= m${a} m${b}) ${body})`],
  ['or (not (= mb ma))', (a, b, body) => `(or (not (= m${b} m${a})) ${body})`],
  ['or distinct', (a, b, body) => `(or (distinct m${a} m${b}) ${body})`],
  ['or (not (= (- ma mb) 0))', (a, b, body) => `(or (not (= (- m${a} m${b}) 0)) ${body})`],
  ['=> with the body inside or', (a, b, body) => `(or (not (= (+ m${a} 0) m${b})) ${body.slice(4, -1)})`],
  ['guard as two strict inequalities', (a, b, body) => `(or (< m${a} m${b}) (> m${a} m${b}) ${body.slice(4, -1)})`],
  ['guard as two inequalities, mixed', (a, b, body) => `(=> (and (<= m${b} m${a}) (>= m${b} m${a})) ${body})`],
];

describe('parallel machines: every guard form is detected', () => {
  const ops = ['a', 'b', 'c', 'd', 'e'];
  const all = ops.flatMap((v) => [v, `m${v}`]);
  const dom = ops.map((v) => `(assert (and (>= m${v} 0) (<= m${v} 1)))`).join('\n');
  const body = (a: string, b: string) => `(or (<= (+ ${a} 2) ${b}) (>= (- ${a} ${b}) 2))`;
  const pairs = ops.flatMap((a, i) => ops.slice(i + 1).map((b) => [a, b] as const));
  for (const [name, guard] of MACHINE_GUARDS) {
    it(name, () => {
      const text = `${decl(all)}\n${dom}\n${window(ops, 0, 4, 2)}\n${pairs.map(([a, b]) => `(assert ${guard(a, b, body(a, b))})`).join('\n')}`;
      const cert = refute(text);
      expect(cert).toMatch(/\(machine m[a-e] /);
    });
  }

  it('three machines make it feasible: not refuted', () => {
    const dom3 = ops.map((v) => `(assert (and (>= m${v} 0) (<= m${v} 2)))`).join('\n');
    notRefuted(`${decl(all)}\n${dom3}\n${window(ops, 0, 4, 2)}\n${pairs.map(([a, b]) => `(assert ${MACHINE_GUARDS[0]![1](a, b, body(a, b))})`).join('\n')}`);
  });

  it('a machine bounded only under a condition gives no capacity', () => {
    const dom2 = ops.map((v) => (v === 'e' ? `(assert (>= m${v} 0))\n(assert (or p (<= m${v} 1)))` : `(assert (and (>= m${v} 0) (<= m${v} 1)))`)).join('\n');
    const text = `${decl(all)}\n(declare-const p Bool)\n${dom2}\n${window(ops, 0, 4, 2)}\n${pairs.map(([a, b]) => `(assert ${MACHINE_GUARDS[0]![1](a, b, body(a, b))})`).join('\n')}`;
    // Without e's machine the other four fit on two machines.
    notRefuted(text);
  });

  it('a guard over other variables than the operations\' machines does not count', () => {
    // Pair (a, b) guarded by (= ma mc): a's machine is ambiguous, the pair must be dropped.
    const text = `${decl(all)}\n${dom}\n${window(ops, 0, 4, 2)}\n${pairs
      .map(([a, b]) => `(assert ${a === 'a' && b === 'b' ? `(=> (= ma mc) ${body(a, b)})` : MACHINE_GUARDS[0]![1](a, b, body(a, b))})`)
      .join('\n')}`;
    notRefuted(text);
  });

  it('agrees with the SAT encoding on every form (resources on and off)', async () => {
    for (const [, guard] of MACHINE_GUARDS) {
      const text = `${decl(all)}\n${dom}\n${window(ops, 0, 4, 2)}\n${pairs.map(([a, b]) => `(assert ${guard(a, b, body(a, b))})`).join('\n')}\n(check-sat)`;
      expect((await solveSmtLib(text)).text).toBe('unsat\n');
      expect((await solveSmtLib(text, { resources: false })).text).toBe('unsat\n');
    }
  });
});

/**
 * The gate layer: an and-inverter graph with XOR and ITE (multiplexer) nodes, structural
 * hashing and constant propagation (Kuehlmann et al., "Robust Boolean reasoning for
 * equivalence checking", 2002). A multiplexer is one node rather than three ANDs, so the
 * barrel shifters, dividers and comparators of bit-blasting cost one CNF variable per bit.
 * Every encoder (difference logic comparators, bit-blasting, Boolean structure) builds
 * circuits through this small interface only; tseitin.ts turns the result into clauses.
 *
 * A literal is `2 * node + negated`. Node 0 is the constant false, so `FALSE = 0` and
 * `TRUE = 1`; `not(l)` flips the low bit. Node kinds are stored in typed arrays; a gate's
 * fanins always have smaller node ids than the gate (a topological order for free).
 */

import { growPairs } from '../util/hash.js';

export type Lit = number;

export const FALSE: Lit = 0;
export const TRUE: Lit = 1;

/** Node kinds (plain numbers so the typed arrays hold them directly). */
export const GateKind = { Const: 0, Input: 1, And: 2, Xor: 3, Ite: 4 } as const;
export type GateKind = (typeof GateKind)[keyof typeof GateKind];

/** Negation of a literal. */
export function not(l: Lit): Lit {
  return l ^ 1;
}

export class Gates {
  /** Kind of each node. */
  kind = new Uint8Array(1024);
  /** First and second fanin literal of And/Xor nodes; condition and then-branch of Ite nodes. */
  fanin0 = new Int32Array(1024);
  fanin1 = new Int32Array(1024);
  /** Else-branch of Ite nodes (0 for the other kinds). */
  fanin2 = new Int32Array(1024);
  /** Number of nodes, including the constant node 0. */
  size = 1;
  /** Number of input nodes. */
  inputs = 0;

  // Open-addressing hash table from (kind, fanin0, fanin1, fanin2) to node. Each slot holds
  // [node, hash] (node 0 = empty): a probe compares the full 32-bit hash first and reads the
  // node's fanins only when it matches, and growing moves slots without rehashing any key.
  private slots = new Int32Array(2 * 4096);
  private used = 0;

  /**
   * @param poll called every 65,536 entries while the hash table grows (it may throw, e.g.
   *   LimitReached): growing a table of millions of gates takes a second. A throw leaves the
   *   old table in place, so the gates stay usable.
   */
  constructor(private readonly poll: () => void = () => {}) {}

  /** A fresh unconstrained input. */
  input(): Lit {
    this.inputs++;
    return this.newNode(GateKind.Input, 0, 0) << 1;
  }

  /** Conjunction, with constant folding and structural hashing. */
  and(a: Lit, b: Lit): Lit {
    if (a === FALSE || b === FALSE || a === (b ^ 1)) return FALSE;
    if (a === TRUE || a === b) return b;
    if (b === TRUE) return a;
    if (a > b) {
      const t = a;
      a = b;
      b = t;
    }
    return this.hashed(GateKind.And, a, b) << 1;
  }

  /** Exclusive or; negations are pushed to the output so equal circuits hash together. */
  xor(a: Lit, b: Lit): Lit {
    if (a === FALSE) return b;
    if (b === FALSE) return a;
    if (a === TRUE) return b ^ 1;
    if (b === TRUE) return a ^ 1;
    if (a === b) return FALSE;
    if (a === (b ^ 1)) return TRUE;
    const neg = (a & 1) ^ (b & 1);
    a &= ~1;
    b &= ~1;
    if (a > b) {
      const t = a;
      a = b;
      b = t;
    }
    return (this.hashed(GateKind.Xor, a, b) << 1) | neg;
  }

  or(a: Lit, b: Lit): Lit {
    return this.and(a ^ 1, b ^ 1) ^ 1;
  }

  implies(a: Lit, b: Lit): Lit {
    return this.and(a, b ^ 1) ^ 1;
  }

  iff(a: Lit, b: Lit): Lit {
    return this.xor(a, b) ^ 1;
  }

  /**
   * If-then-else `(c ∧ t) ∨ (¬c ∧ e)`: folded when the inputs allow it, else an Ite node,
   * normalised so that the condition and the then-branch are not negated.
   */
  ite(c: Lit, t: Lit, e: Lit): Lit {
    if (c === TRUE || t === e) return t;
    if (c === FALSE) return e;
    if (t === TRUE || t === c) return this.or(c, e);
    if (t === FALSE || t === (c ^ 1)) return this.and(c ^ 1, e);
    if (e === TRUE || e === (c ^ 1)) return this.or(c ^ 1, t);
    if (e === FALSE || e === c) return this.and(c, t);
    if (t === (e ^ 1)) return this.xor(c, e);
    if (c & 1) {
      c ^= 1;
      const x = t;
      t = e;
      e = x;
    }
    const neg = t & 1;
    return (this.hashed(GateKind.Ite, c, t ^ neg, e ^ neg) << 1) | neg;
  }

  /** Conjunction of many literals (true when empty). */
  andN(lits: readonly Lit[]): Lit {
    return this.balanced(lits, TRUE, (a, b) => this.and(a, b));
  }

  /** Disjunction of many literals (false when empty). */
  orN(lits: readonly Lit[]): Lit {
    return this.balanced(lits, FALSE, (a, b) => this.or(a, b));
  }

  private balanced(lits: readonly Lit[], unit: Lit, op: (a: Lit, b: Lit) => Lit): Lit {
    if (lits.length === 0) return unit;
    let layer = lits.slice();
    while (layer.length > 1) {
      const next: Lit[] = [];
      for (let i = 0; i + 1 < layer.length; i += 2) next.push(op(layer[i]!, layer[i + 1]!));
      if (layer.length % 2 === 1) next.push(layer[layer.length - 1]!);
      layer = next;
    }
    return layer[0]!;
  }

  /**
   * Values of all nodes for given input values (simulation), for tests and model decoding.
   * @example const val = g.simulate((node) => inputs.get(node) ?? false); val[lit >>> 1] ^ (lit & 1)
   */
  simulate(input: (node: number) => boolean): Uint8Array {
    const val = new Uint8Array(this.size);
    for (let n = 1; n < this.size; n++) {
      const k = this.kind[n];
      if (k === GateKind.Input) val[n] = input(n) ? 1 : 0;
      else {
        const a = this.fanin0[n]!;
        const b = this.fanin1[n]!;
        const va = val[a >>> 1]! ^ (a & 1);
        const vb = val[b >>> 1]! ^ (b & 1);
        if (k === GateKind.Ite) {
          const e = this.fanin2[n]!;
          val[n] = va ? vb : val[e >>> 1]! ^ (e & 1);
        } else val[n] = k === GateKind.And ? va & vb : va ^ vb;
      }
    }
    return val;
  }

  private newNode(kind: GateKind, a: number, b: number, c = 0): number {
    if (this.size === this.kind.length) {
      const cap = this.size * 2;
      const k = new Uint8Array(cap);
      k.set(this.kind);
      this.kind = k;
      const f0 = new Int32Array(cap);
      f0.set(this.fanin0);
      this.fanin0 = f0;
      const f1 = new Int32Array(cap);
      f1.set(this.fanin1);
      this.fanin1 = f1;
      const f2 = new Int32Array(cap);
      f2.set(this.fanin2);
      this.fanin2 = f2;
    }
    const n = this.size++;
    this.kind[n] = kind;
    this.fanin0[n] = a;
    this.fanin1[n] = b;
    this.fanin2[n] = c;
    return n;
  }

  private hashed(kind: GateKind, a: Lit, b: Lit, c: Lit = 0): number {
    if ((this.used + 1) * 2 > this.slots.length >> 1) this.slots = growPairs(this.slots, this.poll);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const full = hash3(kind, a, b ^ Math.imul(c, 0x9e3779b1)) | 0;
    let h = full & mask;
    for (;;) {
      const at = h << 1;
      const n = slots[at]!;
      if (n === 0) break;
      if (slots[at + 1] === full && this.kind[n] === kind && this.fanin0[n] === a && this.fanin1[n] === b && this.fanin2[n] === c) return n;
      h = (h + 1) & mask;
    }
    const n = this.newNode(kind, a, b, c);
    slots[h << 1] = n;
    slots[(h << 1) + 1] = full;
    this.used++;
    return n;
  }
}

function hash3(k: number, a: number, b: number): number {
  // Multiply-xorshift mixing of both fanins (a murmur3-style finaliser).
  let h = Math.imul(a ^ (k << 29), 0xcc9e2d51);
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

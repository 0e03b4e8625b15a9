/**
 * A CNF formula stored flat: literals are DIMACS integers (variable v > 0 is `v`, its negation
 * `-v`), clauses are stored one after another in a growable Int32Array, each ended by 0.
 * This is the hand-off format between the encoders and every SAT backend.
 */

export class Cnf {
  /** Number of variables; variables are 1..numVars. */
  numVars = 0;
  /** Number of clauses stored. */
  numClauses = 0;
  /** Clause literals, each clause terminated by 0; valid up to `size`. */
  lits: Int32Array = new Int32Array(1024);
  /** Used length of `lits`. */
  size = 0;

  /**
   * `base` with the clauses of `other` added: when `base` is empty (no clause, no variable), a
   * CNF that shares `other`'s memory instead of copying it (`other` hands its clauses to a SAT
   * session and is not changed afterwards); otherwise `base` itself, `other` copied into it.
   * @example this.cnf = Cnf.adding(this.cnf, encoded); // no copy of millions of clauses
   */
  static adding(base: Cnf, other: Cnf): Cnf {
    if (base.size === 0 && base.numVars === 0) return Cnf.sharing(other);
    base.addFlat(other.flat(), other.numVars);
    return base;
  }

  /**
   * A CNF of the clauses of `other` that shares its memory. Safe either way: neither ever writes
   * below its own `size`, and this one copies what it shares before its first addition (its
   * `lits` has no room beyond them).
   */
  private static sharing(other: Cnf): Cnf {
    const cnf = new Cnf();
    if (other.size === 0) {
      cnf.numVars = other.numVars;
      return cnf;
    }
    cnf.lits = other.lits.subarray(0, other.size);
    cnf.size = other.size;
    cnf.numVars = other.numVars;
    cnf.numClauses = other.numClauses;
    return cnf;
  }

  /** Allocates a fresh variable and returns it. */
  newVar(): number {
    return ++this.numVars;
  }

  /**
   * Appends a clause (copied): `clause[0..n)`, by default all of it. Variables above `numVars`
   * extend it.
   * @example cnf.addClause([1, -2]);
   */
  addClause(clause: ArrayLike<number>, n = clause.length): void {
    this.reserve(n + 1);
    for (let i = 0; i < n; i++) this.push(clause[i]!);
    this.lits[this.size++] = 0;
    this.numClauses++;
  }

  /**
   * Appends the binary clause (a ∨ b) without an array for it (the Tseitin translation emits
   * millions of these).
   * @example cnf.addBinary(-3, 1);
   */
  addBinary(a: number, b: number): void {
    this.reserve(3);
    this.push(a);
    this.push(b);
    this.lits[this.size++] = 0;
    this.numClauses++;
  }

  /**
   * Appends the ternary clause (a ∨ b ∨ c) without an array for it.
   * @example cnf.addTernary(-3, 1, 2);
   */
  addTernary(a: number, b: number, c: number): void {
    this.reserve(4);
    this.push(a);
    this.push(b);
    this.push(c);
    this.lits[this.size++] = 0;
    this.numClauses++;
  }

  /**
   * Room for `n` more entries of `lits` (literals and the 0 ending each clause): a writer that
   * knows a bound on what it adds saves the copies of growing step by step.
   * @example cnf.reserve(10 * gates);
   */
  reserve(n: number): void {
    if (this.size + n <= this.lits.length) return;
    let cap = this.lits.length * 2;
    while (cap < this.size + n) cap *= 2;
    const grown = new Int32Array(cap);
    grown.set(this.lits.subarray(0, this.size));
    this.lits = grown;
  }

  /** Appends one literal (the caller reserved room), extending `numVars` to its variable. */
  private push(lit: number): void {
    const v = lit < 0 ? -lit : lit;
    if (v > this.numVars) this.numVars = v;
    this.lits[this.size++] = lit;
  }

  /**
   * Appends every clause of a flat, 0-terminated literal array (copied), and declares variables
   * up to `numVars`. Pre: `lits` is empty or ends with 0.
   * @example cnf.addFlat(other.flat(), other.numVars);
   */
  addFlat(lits: Int32Array, numVars = 0): void {
    this.reserve(lits.length);
    let maxVar = numVars;
    for (let i = 0; i < lits.length; i++) {
      const lit = lits[i]!;
      if (lit === 0) this.numClauses++;
      else if ((lit < 0 ? -lit : lit) > maxVar) maxVar = lit < 0 ? -lit : lit;
    }
    this.lits.set(lits, this.size);
    this.size += lits.length;
    if (maxVar > this.numVars) this.numVars = maxVar;
  }

  /** Calls `fn` with each clause as a subarray view (valid only during the call). */
  forEachClause(fn: (clause: Int32Array) => void): void {
    let start = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.lits[i] === 0) {
        fn(this.lits.subarray(start, i));
        start = i + 1;
      }
    }
  }

  /** The used part of the literal array (clauses separated by 0). */
  flat(): Int32Array {
    return this.lits.subarray(0, this.size);
  }
}

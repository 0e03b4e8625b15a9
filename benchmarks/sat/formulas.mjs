/**
 * The benchmark formulas shared by the SAT benchmark scripts: random 3-SAT (uniform, no
 * repeated variable in a clause) from a seeded PRNG, and pigeonhole formulas. Clauses are
 * arrays of DIMACS literals.
 */

/** mulberry32: a small seeded PRNG in [0, 1). */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** m random 3-clauses over n variables. @example random3Sat(200, 852, 1) */
export function random3Sat(n, m, seed) {
  const r = mulberry32(seed);
  const clauses = [];
  for (let i = 0; i < m; i++) {
    const c = [];
    while (c.length < 3) {
      const v = 1 + Math.floor(r() * n);
      if (!c.some((l) => Math.abs(l) === v)) c.push(r() < 0.5 ? v : -v);
    }
    clauses.push(c);
  }
  return clauses;
}

/** p pigeons into h holes (unsat when p > h); variables 1..p*h. */
export function pigeonhole(p, h) {
  const x = (i, j) => i * h + j + 1;
  const clauses = [];
  for (let i = 0; i < p; i++) clauses.push(Array.from({ length: h }, (_, j) => x(i, j)));
  for (let j = 0; j < h; j++) for (let i = 0; i < p; i++) for (let k = i + 1; k < p; k++) clauses.push([-x(i, j), -x(k, j)]);
  return clauses;
}

/** DIMACS text of a clause list. */
export function dimacsText(n, clauses) {
  return `p cnf ${n} ${clauses.length}\n${clauses.map((c) => c.join(' ') + ' 0').join('\n')}\n`;
}

/**
 * 32-bit hash mixing for the open-addressing tables and structural hashes of the encoders
 * (multiply–xorshift steps in the manner of murmur3's finaliser).
 */

/**
 * A 32-bit mix of two numbers; chain it to hash a tuple: `mix(mix(a, b), c)`.
 * @example mix(mix(1, 2), 3) !== mix(mix(1, 3), 2) // order matters
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 13)) | 0;
}

/**
 * Doubles an open-addressing table of pairs (key, hash) with linear probing, key 0 marking an
 * empty slot: every pair is placed again by the hash kept beside its key, so no key is hashed
 * again. The hash-consing tables (terms, gates, key tuples) keep this layout, so that a probe
 * compares a hash in the cache line it has read anyway. `poll` is called every 65,536 slots (it
 * may throw; the old table is then unchanged).
 * @example table = growPairs(table); // twice the slots, the same pairs
 */
export function growPairs(old: Int32Array, poll?: () => void): Int32Array<ArrayBuffer> {
  const table = new Int32Array(2 * old.length);
  const mask = (table.length >> 1) - 1;
  for (let i = 0; i < old.length; i += 2) {
    if (poll !== undefined && (i & 0x1ffff) === 0) poll();
    const key = old[i]!;
    if (key === 0) continue;
    const h = old[i + 1]!;
    let at = h & mask;
    while (table[at << 1] !== 0) at = (at + 1) & mask;
    table[at << 1] = key;
    table[(at << 1) + 1] = h;
  }
  return table;
}

/**
 * 32-bit hash mixing for the open-addressing tables and structural hashes of the encoders
 * (multiply–xorshift steps in the manner of murmur3's finaliser).
 */
/**
 * A 32-bit mix of two numbers; chain it to hash a tuple: `mix(mix(a, b), c)`.
 * @example mix(mix(1, 2), 3) !== mix(mix(1, 3), 2) // order matters
 */
export function mix(a, b) {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
    return (h ^ (h >>> 13)) | 0;
}
//# sourceMappingURL=hash.js.map
/**
 * Barrel shifters (logarithmic shifters) for `bvshl`, `bvlshr` and `bvashr` by a variable
 * amount. Stage j shifts by 2^j when bit j of the amount is set; only the stages with
 * 2^j < n are built, and any set bit above them means an over-shift (amount ≥ n) whose
 * result SMT-LIB fixes: zeros, or copies of the sign bit for `bvashr`. Shifts by amounts in
 * [n, 2^stages) fall out of the stages themselves, as the fill reaches every bit.
 */
import { FALSE } from '../../cnf/gates.js';
/**
 * `a` shifted by the unsigned amount `s` (pre: |s| = |a|).
 * @example shiftWord(g, a, s, 'ashr')
 */
export function shiftWord(g, a, s, kind) {
    const n = a.length;
    const fill = kind === 'ashr' ? a[n - 1] : FALSE;
    let r = a.slice();
    let j = 0;
    for (; j < s.length && 2 ** j < n; j++) {
        const k = 2 ** j;
        const sj = s[j];
        const next = [];
        for (let i = 0; i < n; i++) {
            const from = kind === 'shl' ? i - k : i + k;
            const moved = from >= 0 && from < n ? r[from] : fill;
            next.push(g.ite(sj, moved, r[i]));
        }
        r = next;
    }
    const over = g.orN(s.slice(j));
    return r.map((x) => g.ite(over, fill, x));
}
/** `a` rotated left by the constant `k` (any k ≥ 0): bit i moves to i + k mod n. */
export function rotateLeft(a, k) {
    const n = a.length;
    const r = k % n;
    return a.map((_, i) => a[(i - r + n) % n]);
}
//# sourceMappingURL=shift.js.map
/**
 * The memory limit (`--memory <MiB>`, option `memory`): a guard that compares the resident
 * set size of the whole process (every thread, the SAT worker's included) with the limit.
 * Reading it is a system call, so callers poll it where they poll the deadline (every few
 * thousand terms, every `checkInterval` conflicts) or from a timer, never in an inner loop.
 */
/** Bytes in a MiB. */
const MIB = 1 << 20;
/**
 * A predicate that is true once the process's resident memory exceeds `mib` MiB, or undefined
 * when there is no limit (`mib` 0 or unset).
 * @example const over = memoryGuard(512); if (over?.()) throw new LimitReached('memory limit');
 */
export function memoryGuard(mib) {
    if (mib === undefined || !(mib > 0))
        return undefined;
    const limit = mib * MIB;
    return () => process.memoryUsage.rss() > limit;
}
//# sourceMappingURL=memory.js.map
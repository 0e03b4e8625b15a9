/**
 * What one check answers and the limits it runs under: the types shared by the from-scratch
 * check (check.ts) and the live session's (incremental.ts), and the poll of those limits.
 */
import { LimitReached } from '../errors.js';
/**
 * The poll of a check under `limits`: throws LimitReached (`canceled`, `timeout`, `memory
 * limit`) once the signal fired, the deadline passed or `overMemory` says so.
 * @example const poll = limitPoll(limits, memoryGuard(options.memory)); poll();
 */
export function limitPoll(limits, overMemory) {
    return () => {
        if (limits.signal?.aborted)
            throw new LimitReached('canceled');
        if (limits.deadline !== undefined && Date.now() >= limits.deadline)
            throw new LimitReached('timeout');
        if (overMemory?.())
            throw new LimitReached('memory limit');
    };
}
//# sourceMappingURL=result.js.map
/**
 * The memory guard (src/util/memory.ts): none without a limit, true past it, false below it.
 */
import { describe, expect, it } from 'vitest';
import { memoryGuard } from '../../../src/util/memory.js';

describe('memoryGuard', () => {
  it('is undefined without a limit (0 or unset)', () => {
    expect(memoryGuard(undefined)).toBeUndefined();
    expect(memoryGuard(0)).toBeUndefined();
  });

  it('compares the resident memory of the process with the limit', () => {
    expect(memoryGuard(1)!()).toBe(true); // a Node process is always above 1 MiB
    expect(memoryGuard(1e9)!()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatStats } from '../../../src/cli/stats.js';
import { defaultOptions } from '../../../src/engine/options.js';
import { Executor } from '../../../src/script/executor.js';

describe('--stats', () => {
  it('names the value and operation symmetries broken', async () => {
    // Three identical one-operation jobs (start s, machine m in [0, 1]) of duration 2.
    const ops = ['a', 'b', 'c'];
    const text = [
      ...ops.map((x) => `(declare-const s${x} Int)(declare-const m${x} Int)(assert (and (<= 0 s${x} 4) (<= 0 m${x} 1)))`),
      ...[['a', 'b'], ['a', 'c'], ['b', 'c']].map(([x, y]) => `(assert (=> (= m${x} m${y}) (or (>= (- s${x} s${y}) 2) (>= (- s${y} s${x}) 2))))`),
      '(check-sat)',
    ].join('\n');
    const script = new Executor({ ...defaultOptions, resources: false }, { out: () => {} }, 'ops.smt2');
    await script.run(text);
    const lines = formatStats(script.checks, 1).split('\n');
    expect(lines).toContain('c   value symmetry broken: 3 interchangeable variables over 2 values');
    expect(lines).toContain('c   operation symmetry broken: 3 interchangeable blocks of 2 variables');
  });
});

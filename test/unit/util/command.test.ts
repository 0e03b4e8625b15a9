import { describe, expect, it } from 'vitest';
import { splitCommand } from '../../../src/util/command.js';

describe('splitCommand', () => {
  it('splits on blanks and honours quotes and backslashes like a shell, without running one', () => {
    expect(splitCommand('  my-solver  --opt {file} ')).toEqual(['my-solver', '--opt', '{file}']);
    expect(splitCommand(`a 'b c' "d \\"e\\" f" g\\ h '' x"y"z $HOME;rm`)).toEqual(['a', 'b c', 'd "e" f', 'g h', '', 'xyz', '$HOME;rm']);
    expect(() => splitCommand("a 'b")).toThrow(/unterminated '/);
    expect(() => splitCommand('a "b')).toThrow(/unterminated "/);
    expect(() => splitCommand('a \\')).toThrow(/trailing backslash/);
    expect(splitCommand('  ')).toEqual([]);
  });
});

/**
 * The symbol table's scopes: pop forgets exactly the names a scope introduced (symbols, sorts,
 * `:named` terms), and declared constants come back in declaration order.
 */
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/errors.js';
import { SymbolTable } from '../../../src/smtlib/symbols.js';
import { Sort } from '../../../src/terms/sort.js';
import { TermStore } from '../../../src/terms/term.js';

const loc = { file: 's.smt2', line: 1, col: 1 };

describe('SymbolTable', () => {
  it('closes scopes with the names they introduced', () => {
    const store = new TermStore();
    const table = new SymbolTable();
    const x = store.var('x', Sort.Int);
    const y = store.var('y', Sort.Int);
    table.bind('x', { kind: 'const', term: x }, loc);
    table.push(1);
    table.bind('y', { kind: 'const', term: y }, loc);
    table.bind('a1', { kind: 'define', params: [], body: store.mk('<', [x, y]) }, loc, true);
    table.bindSort('U', { params: [], body: Sort.uninterpreted('U') }, loc);
    expect(table.declared()).toEqual([x, y]);
    expect(table.named().map(([n]) => n)).toEqual(['a1']);
    expect(() => table.bind('y', { kind: 'const', term: y }, loc)).toThrow(new ContractError("symbol 'y' is already declared", loc));
    table.pop(1);
    expect(table.depth).toBe(0);
    expect(table.lookup('y')).toBeUndefined();
    expect(table.sort('U')).toBeUndefined();
    expect(table.named()).toEqual([]);
    expect(table.declared()).toEqual([x]);
    table.bind('y', { kind: 'const', term: y }, loc); // free again
  });
});

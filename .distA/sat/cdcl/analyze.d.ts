import { State } from './state.js';
/**
 * Derives the first-UIP clause of conflict `confl` into `s.learnt[0..learntSize)`, asserting
 * literal first and a literal of the backjump level second, and sets `s.learntLbd`.
 * Pre: decisionLevel > 0, `confl` is falsified by the trail, `seen` is all zero.
 * Post: returns the backjump level; `seen` is all zero again; activities are bumped.
 */
export declare function analyze(s: State, confl: number): number;
/**
 * Explains why assumption `a` is false (MiniSat's `analyzeFinal`): collects into
 * `finalConflict` the assumptions, as they were assumed, that imply `~a` — `a` itself first.
 * Pre: `a` is false and decisionLevel <= number of assumptions. Post: `seen` is all zero.
 */
export declare function analyzeFinal(s: State, a: number): void;

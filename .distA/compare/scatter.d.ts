export interface ScatterPoint {
    file: string;
    /** Time of a solved run, or undefined when the solver did not solve it. */
    a?: number;
    b?: number;
    /** The answer (of the solver that solved it), or undefined when neither did. */
    answer?: 'sat' | 'unsat';
}
/**
 * The scatter plot of solver `a` (x axis) against solver `b` (y axis) as SVG text.
 * @example writeFileSync('scatter-z3-vs-cvc5.svg', scatterSvg('z3', 'cvc5', points, 20));
 */
export declare function scatterSvg(a: string, b: string, points: readonly ScatterPoint[], timeoutS: number): string;

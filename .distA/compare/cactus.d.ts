export interface CactusSeries {
    solver: string;
    /** Wall times of the solved runs (any order). */
    times: number[];
}
/**
 * The cactus plot as SVG text.
 * @example writeFileSync('cactus.svg', cactusSvg(series, { benchmarks: 82, timeoutS: 20 }));
 */
export declare function cactusSvg(series: readonly CactusSeries[], opts: {
    benchmarks: number;
    timeoutS: number;
    title?: string;
}): string;

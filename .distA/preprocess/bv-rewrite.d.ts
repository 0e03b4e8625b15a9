import type { Pass } from './problem.js';
/** The pass: word-level rewriting, when some term is a bit-vector. */
export declare const bvRewritePass: Pass;

export declare const EXIT_VALID = 0;
export declare const EXIT_INVALID = 1;
/** Runs the checker on two files; returns the exit code. */
export declare function runCheckProof(problemFile: string, certFile: string, out: (s: string) => void, err: (s: string) => void): number;

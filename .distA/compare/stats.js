/** True if the run contradicts an expected status. */
export function isWrong(run, bench) {
    return run.answers.some((a, i) => {
        const e = bench.expected[i];
        return (e === 'sat' && a === 'unsat') || (e === 'unsat' && a === 'sat');
    });
}
/** True if the run counts as solved (see the file comment). */
export function isSolved(run, bench) {
    return (run.outcome === 'sat' || run.outcome === 'unsat') && !isWrong(run, bench);
}
/**
 * The checks whose `:status` every answering solver (at least two) contradicts: reported once
 * each, and the benchmarks with those statuses cleared, so no solver is blamed for them.
 * @example const { benches: scored, doubtful } = doubtfulStatuses(benches, runs);
 */
export function doubtfulStatuses(benches, runs) {
    const byFile = new Map();
    for (const r of runs) {
        const list = byFile.get(r.file);
        if (list)
            list.push(r);
        else
            byFile.set(r.file, [r]);
    }
    const doubtful = [];
    const out = benches.map((b) => {
        const rs = byFile.get(b.file) ?? [];
        let expected = b.expected;
        b.expected.forEach((e, i) => {
            if (e !== 'sat' && e !== 'unsat')
                return;
            const answered = rs.filter((r) => r.answers[i] === 'sat' || r.answers[i] === 'unsat');
            if (answered.length < 2 || answered.some((r) => r.answers[i] === e))
                return;
            const names = answered.map((r) => r.solver);
            doubtful.push({ file: b.file, check: i + 1, expected: e, sat: e === 'unsat' ? names : [], unsat: e === 'sat' ? names : [], wrong: [], statusDoubtful: true });
            if (expected === b.expected)
                expected = [...b.expected];
            expected[i] = undefined;
        });
        return expected === b.expected ? b : { ...b, expected };
    });
    return { benches: out, doubtful };
}
/** Correct definite answers of a run, up to its first wrong one. */
export function correctAnswers(run, bench) {
    let n = 0;
    for (let i = 0; i < run.answers.length; i++) {
        const a = run.answers[i];
        const e = bench.expected[i];
        if ((e === 'sat' && a === 'unsat') || (e === 'unsat' && a === 'sat'))
            break;
        if (a === 'sat' || a === 'unsat')
            n++;
    }
    return n;
}
/**
 * Computes the per-solver numbers and the disagreements. `runs` holds at most one run per
 * solver and benchmark (by sha256 and solver name); a missing run counts as not solved.
 * @example const { stats, disagreements } = summarize(benches, ['z3', 'cvc5'], runs, 10);
 */
export function summarize(given, solvers, runs, timeoutS) {
    const { benches, doubtful } = doubtfulStatuses(given, runs);
    const byFile = new Map();
    for (const r of runs) {
        let m = byFile.get(r.file);
        if (!m)
            byFile.set(r.file, (m = new Map()));
        m.set(r.solver, r);
    }
    const stats = new Map(solvers.map((s) => [
        s,
        { solver: s, runs: 0, solved: 0, sat: 0, unsat: 0, wrong: 0, timeout: 0, memout: 0, error: 0, unknown: 0, par2: 0, totalTime: 0, solvedTime: 0, unique: 0, checks: 0 },
    ]));
    const disagreements = [...doubtful];
    for (const b of benches) {
        const m = byFile.get(b.file) ?? new Map();
        const solvedBy = [];
        for (const s of solvers) {
            const st = stats.get(s);
            const r = m.get(s);
            if (!r) {
                st.par2 += 2 * timeoutS;
                continue;
            }
            st.runs++;
            st.totalTime += r.timeS;
            st.checks += correctAnswers(r, b);
            const wrong = isWrong(r, b);
            if (wrong)
                st.wrong++;
            if (isSolved(r, b)) {
                solvedBy.push(s);
                st.solved++;
                st.solvedTime += r.timeS;
                st.par2 += r.timeS;
                if (r.outcome === 'sat')
                    st.sat++;
                else
                    st.unsat++;
            }
            else {
                st.par2 += 2 * timeoutS;
                if (r.outcome === 'timeout')
                    st.timeout++;
                else if (r.outcome === 'memout')
                    st.memout++;
                else if (r.outcome === 'error')
                    st.error++;
                else if (r.outcome === 'unknown')
                    st.unknown++;
            }
        }
        if (solvedBy.length === 1)
            stats.get(solvedBy[0]).unique++;
        const checks = Math.max(b.checkSats, ...[...m.values()].map((r) => r.answers.length));
        for (let i = 0; i < checks; i++) {
            const sat = [];
            const unsat = [];
            for (const s of solvers) {
                const a = m.get(s)?.answers[i];
                if (a === 'sat')
                    sat.push(s);
                else if (a === 'unsat')
                    unsat.push(s);
            }
            const expected = b.expected[i];
            const wrong = expected === 'sat' ? unsat : expected === 'unsat' ? sat : [];
            if (wrong.length > 0 || (sat.length > 0 && unsat.length > 0))
                disagreements.push({ file: b.file, check: i + 1, expected, sat, unsat, wrong });
        }
    }
    return { stats: solvers.map((s) => stats.get(s)), disagreements };
}
//# sourceMappingURL=stats.js.map
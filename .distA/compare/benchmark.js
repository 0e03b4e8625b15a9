/**
 * What the comparison harness needs to know about a benchmark file before any solver runs:
 * how many `check-sat` commands it holds, the expected answer of each, and a content hash
 * (the key under which finished runs are stored for resume).
 *
 * The file is scanned, not parsed: a small tokenizer skips comments (`;` to the end of the
 * line), string literals (`"..."`, `""` escapes a quote) and quoted symbols (`|...|`), and looks
 * only at the first symbol of each top-level command. It never loads the SMT pipeline, so the
 * harness also works on files eagersmt cannot parse.
 *
 * Expected status, after the SMT-LIB benchmark format: `(set-info :status sat|unsat|unknown)`
 * describes the next `check-sat` (or `check-sat-assuming`). A non-incremental benchmark has one
 * status in its header and one `check-sat`; an incremental one sets the status before each
 * check. When several statuses come before the same check, the last one counts; a status after
 * the last check describes that last check.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContractError } from '../errors.js';
/**
 * Scans SMT-LIB text for its top-level `check-sat` commands and `:status` annotations.
 * @example scanScript('(set-info :status unsat)(check-sat)') // { checkSats: 1, expected: ['unsat'], incremental: false }
 */
export function scanScript(text) {
    let models = false;
    const expected = [];
    let pending;
    let checkSats = 0;
    let pushes = false;
    let depth = 0;
    // Within a top-level `(set-info ...)`: the tokens seen after `set-info`.
    let setInfo;
    const n = text.length;
    let i = 0;
    const isDelim = (c) => c === '(' || c === ')' || c === ';' || c === '"' || c === '|' || c <= ' ';
    while (i < n) {
        const c = text[i];
        if (c <= ' ') {
            i++;
        }
        else if (c === ';') {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? n : nl + 1;
        }
        else if (c === '"') {
            i++;
            for (;;) {
                const q = text.indexOf('"', i);
                if (q < 0) {
                    i = n;
                    break;
                }
                if (text[q + 1] === '"') {
                    i = q + 2;
                    continue;
                }
                i = q + 1;
                break;
            }
            setInfo?.push('"');
        }
        else if (c === '|') {
            const q = text.indexOf('|', i + 1);
            i = q < 0 ? n : q + 1;
            setInfo?.push('|');
        }
        else if (c === '(') {
            depth++;
            i++;
            if (depth === 1) {
                let j = i;
                while (j < n && text[j] <= ' ')
                    j++;
                let k = j;
                while (k < n && !isDelim(text[k]))
                    k++;
                const head = text.slice(j, k);
                if (head === 'check-sat' || head === 'check-sat-assuming') {
                    expected.push(pending);
                    pending = undefined;
                    checkSats++;
                }
                else if (head === 'set-info') {
                    setInfo = [];
                }
                else if (head === 'get-model' || head === 'get-value' || head === 'get-assignment') {
                    models = true;
                }
                else if (head === 'push' || head === 'pop') {
                    pushes = true;
                }
                i = k;
            }
        }
        else if (c === ')') {
            if (depth === 1 && setInfo) {
                if (setInfo.length === 2 && setInfo[0] === ':status' && (setInfo[1] === 'sat' || setInfo[1] === 'unsat' || setInfo[1] === 'unknown')) {
                    if (checkSats > 0 && pending === undefined && afterLastCheck(text, i)) {
                        // A status after the last check describes that check.
                        expected[checkSats - 1] = setInfo[1];
                    }
                    else {
                        pending = setInfo[1];
                    }
                }
                setInfo = undefined;
            }
            depth = Math.max(0, depth - 1);
            i++;
        }
        else {
            let k = i;
            while (k < n && !isDelim(text[k]))
                k++;
            if (depth === 1)
                setInfo?.push(text.slice(i, k));
            i = k;
        }
    }
    return { checkSats, expected, incremental: pushes || checkSats > 1, models };
}
/** True if no `check-sat` command text follows position `i` (a cheap look-ahead for trailing statuses). */
function afterLastCheck(text, i) {
    return !/\(\s*check-sat/.test(text.slice(i));
}
/**
 * Reads and scans one benchmark file.
 * @example readBenchmark('jobshop.smt2').expected // ['sat']
 */
export function readBenchmark(file) {
    let bytes;
    try {
        bytes = readFileSync(file);
    }
    catch (e) {
        const err = e;
        throw new ContractError(`cannot read '${file}': ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    }
    const { checkSats, expected, incremental, models } = scanScript(bytes.toString('latin1'));
    return { file, checkSats, expected, incremental, models, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
/**
 * Expands the command line's files and directories into a duplicate-free list of benchmark
 * paths, in the order given: a directory contributes every `*.smt2` file below it
 * (recursively, in name order), a file is taken as it is whatever its name.
 * @example collectFiles(['bench/', 'extra.smt2'])
 */
export function collectFiles(inputs) {
    const found = new Set();
    const walk = (dir) => {
        const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const p = join(dir, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.name.endsWith('.smt2') && (e.isFile() || e.isSymbolicLink()))
                found.add(p);
        }
    };
    for (const input of inputs) {
        let st;
        try {
            st = statSync(input);
        }
        catch {
            throw new ContractError(`cannot read '${input}': no such file or directory`);
        }
        if (st.isDirectory())
            walk(input);
        else
            found.add(input);
    }
    return [...found];
}
//# sourceMappingURL=benchmark.js.map
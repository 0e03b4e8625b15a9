/**
 * Splitting a command line into argv words without a shell, for the commands users give to
 * run other programs (`--sat-cmd`, `eagersmt compare --solver`): nothing is expanded, so a
 * command can never do more than start the one program it names.
 */
import { ContractError } from '../errors.js';
/**
 * Splits a command template into argv words, as a POSIX shell would for plain words, but
 * without any expansion: blanks separate words; `'...'` is literal; inside `"..."` a backslash
 * escapes `"` and `\`; outside quotes a backslash escapes the next character.
 * @example splitCommand(`mpirun -np 4 mallob "-mono={cnf}" -satsolver='k'`)
 *   // ['mpirun', '-np', '4', 'mallob', '-mono={cnf}', '-satsolver=k']
 * @throws ContractError for an unterminated quote or a trailing backslash (an empty command
 *   gives no words).
 */
export function splitCommand(template) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    while (i < template.length) {
        const ch = template[i];
        if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (ch === "'") {
            const end = template.indexOf("'", i + 1);
            if (end < 0)
                throw new ContractError(`command template: unterminated ' quote at column ${i + 1}`);
            word += template.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (ch === '"') {
            let j = i + 1;
            for (;;) {
                if (j >= template.length)
                    throw new ContractError(`command template: unterminated " quote at column ${i + 1}`);
                const c = template[j];
                if (c === '"')
                    break;
                if (c === '\\' && (template[j + 1] === '"' || template[j + 1] === '\\')) {
                    word += template[j + 1];
                    j += 2;
                }
                else {
                    word += c;
                    j++;
                }
            }
            inWord = true;
            i = j + 1;
        }
        else if (ch === '\\') {
            if (i + 1 >= template.length)
                throw new ContractError('command template: trailing backslash');
            word += template[i + 1];
            inWord = true;
            i += 2;
        }
        else {
            word += ch;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
//# sourceMappingURL=command.js.map
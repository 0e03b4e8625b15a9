/**
 * Splits a command template into argv words, as a POSIX shell would for plain words, but
 * without any expansion: blanks separate words; `'...'` is literal; inside `"..."` a backslash
 * escapes `"` and `\`; outside quotes a backslash escapes the next character.
 * @example splitCommand(`mpirun -np 4 mallob "-mono={cnf}" -satsolver='k'`)
 *   // ['mpirun', '-np', '4', 'mallob', '-mono={cnf}', '-satsolver=k']
 * @throws ContractError for an unterminated quote or a trailing backslash (an empty command
 *   gives no words).
 */
export declare function splitCommand(template: string): string[];

/**
 * Symbols as SMT-LIB text (The SMT-LIB Standard 2.6, section 3.1): a simple symbol is printed
 * bare, any other name between bars, `|x y|`. Here, below the language layer, so that code that
 * prints names of terms (resource certificates, the printer of smtlib/) shares one rule.
 */
/** A simple symbol: a non-empty word of letters, digits and `~!@$%^&*_-+=<>.?/`, not starting with a digit. */
export declare const SIMPLE_SYMBOL: RegExp;
/**
 * A symbol as SMT-LIB text: bare when it is a simple symbol, else `|quoted|`.
 * @example printSymbol('x') // 'x'
 * @example printSymbol('x y') // '|x y|'
 */
export declare function printSymbol(name: string): string;

/**
 * A small strict XML parser for tests: it accepts only well-formed XML 1.0 (one root element,
 * matching tags, quoted and unique attributes, `&` only in the five predefined entities or
 * character references, no `<` in attribute values, no `--` inside comments, nothing but
 * comments, processing instructions and blanks around the root) and returns the element tree.
 * Anything else throws an Error naming the offset and what was wrong. DOCTYPE declarations are
 * rejected (SVG written by the project has none).
 *
 * @example
 * const root = parseXml('<svg><g data-solver="z3"/></svg>');
 * findAll(root, (e) => e.attrs['data-solver'] !== undefined).length // 1
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /[A-Za-z_:][A-Za-z0-9._:-]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(text: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`XML offset ${i}: ${msg} (near ${JSON.stringify(text.slice(i, i + 30))})`);
  };
  const skipBlanks = () => {
    while (i < text.length && /[ \t\r\n]/.test(text[i]!)) i++;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail('expected a name');
    i += m![0].length;
    return m![0];
  };
  /** Decodes references in character data or an attribute value; rejects stray '&' and, for attributes, '<'. */
  const decode = (raw: string, inAttr: boolean): string => {
    if (inAttr && raw.includes('<')) fail("'<' in an attribute value");
    return raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) fail("bare '&'");
      if (ref! in PREDEFINED) return PREDEFINED[ref!]!;
      const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref!);
      if (!m) fail(`unknown entity '&${ref};'`);
      const code = m![1] !== undefined ? parseInt(m![1], 16) : Number(m![2]);
      if (code === 0 || code > 0x10ffff) fail(`bad character reference '${whole}'`);
      return String.fromCodePoint(code);
    });
  };
  const comment = () => {
    const end = text.indexOf('-->', i + 4);
    if (end < 0) fail('unterminated comment');
    if (text.slice(i + 4, end).includes('--')) fail("'--' inside a comment");
    i = end + 3;
  };
  const pi = () => {
    const end = text.indexOf('?>', i + 2);
    if (end < 0) fail('unterminated processing instruction');
    i = end + 2;
  };
  const misc = () => {
    for (;;) {
      skipBlanks();
      if (text.startsWith('<!--', i)) comment();
      else if (text.startsWith('<?', i)) pi();
      else return;
    }
  };
  const element = (): XmlElement => {
    if (text[i] !== '<') fail("expected '<'");
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [] };
    for (;;) {
      const before = i;
      skipBlanks();
      if (text.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected blank before an attribute');
      const attr = name();
      if (attr in el.attrs) fail(`duplicate attribute '${attr}'`);
      skipBlanks();
      if (text[i] !== '=') fail("expected '='");
      i++;
      skipBlanks();
      const q = text[i];
      if (q !== '"' && q !== "'") fail('attribute value must be quoted');
      const end = text.indexOf(q!, i + 1);
      if (end < 0) fail('unterminated attribute value');
      el.attrs[attr] = decode(text.slice(i + 1, end), true);
      i = end + 1;
    }
    // Content.
    for (;;) {
      if (i >= text.length) fail(`unclosed element <${el.name}>`);
      if (text.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipBlanks();
        if (text[i] !== '>') fail("expected '>'");
        i++;
        return el;
      }
      if (text.startsWith('<!--', i)) comment();
      else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA');
        el.children.push(text.slice(i + 9, end));
        i = end + 3;
      } else if (text.startsWith('<?', i)) pi();
      else if (text[i] === '<') el.children.push(element());
      else {
        const end = text.indexOf('<', i);
        const raw = text.slice(i, end < 0 ? text.length : end);
        if (raw.includes(']]>')) fail("']]>' in character data");
        el.children.push(decode(raw, false));
        i += raw.length;
      }
    }
  };
  if (text.startsWith('\uFEFF')) i = 1;
  misc();
  if (text.startsWith('<!DOCTYPE', i)) fail('DOCTYPE is not accepted');
  const root = element();
  misc();
  if (i !== text.length) fail('content after the root element');
  return root;
}

/** Every element below (and including) `root` that satisfies `pred`, in document order. */
export function findAll(root: XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (pred(e)) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

/** The text content of an element. */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

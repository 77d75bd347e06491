/**
 * XML markup for the few elements a report writes, one line each, indented two spaces a level. Written here, not by
 * xmlbuilder2, which the JUnit report used to be written with: its callback builder makes a DOM fragment (a new
 * document) for every element, ~40 µs each, 1.4 s for the 23,810 testcases of `npm run bench`'s export (its
 * tree builder is no faster) against a few milliseconds here. Well-formedness is held by a test that reads the
 * output back with a strict XML parser (saxes), on random text.
 */

export type XmlAttributes = Record<string, string | number>;

const INDENT = '  ';

/**
 * An attribute's value, escaped: `&`, `<` and `"` must be, `>` is for symmetry with text, and tab and line breaks
 * are written as character references, which a reader keeps (written as they are, a reader's attribute-value
 * normalisation makes each a space).
 */
export function escapeXmlAttribute(value: string): string {
  return /[&<>"\t\n\r]/.test(value) ? value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!) : value;
}

/** Text content, escaped: `&` and `<` must be, `>` is (`]]>` is not allowed in text), and a carriage return is kept as a reference. */
export function escapeXmlText(text: string): string {
  return /[&<>\r]/.test(text) ? text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!) : text;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

function openTag(name: string, attributes: XmlAttributes): string {
  let tag = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) tag += ` ${key}="${escapeXmlAttribute(String(value))}"`;
  return tag;
}

/** `<name a="…">` on a line of its own, its children to follow. */
export function xmlStart(depth: number, name: string, attributes: XmlAttributes): string {
  return `${INDENT.repeat(depth)}${openTag(name, attributes)}>\n`;
}

export function xmlEnd(depth: number, name: string): string {
  return `${INDENT.repeat(depth)}</${name}>\n`;
}

/** `<name a="…"/>`, or with text `<name a="…">text</name>`. */
export function xmlElement(depth: number, name: string, attributes: XmlAttributes, text?: string): string {
  const tag = `${INDENT.repeat(depth)}${openTag(name, attributes)}`;
  return text === undefined ? `${tag}/>\n` : `${tag}>${escapeXmlText(text)}</${name}>\n`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

import { firstBadOffset } from '../input/json-fault-offset.js';

/**
 * Why a config file is not JSON, where a reader finds it: "Expected double-quoted property name at line 4 column 3".
 * JSON.parse gives an offset for some errors ("in JSON at position 43") and none for others ("Unexpected token '}',
 * …"x": } }" is not valid JSON", quoting the text with whatever control character it holds): those are found again
 * here, as the first character that no JSON text can go on with, and named by it, escaped when it is not printable.
 */
export function jsonSyntaxReason(message: string, text: string): string {
  const positioned = /^(.*?) in JSON at position (\d+)/.exec(message);
  if (positioned !== null) {
    const at = Number(positioned[2]);
    return `${positioned[1]} at ${lineAndColumn(text, at)}${notInJson(text, at)}`;
  }
  const at = firstBadOffset(text);
  if (at >= text.length) return `the text ends before its JSON does, at ${lineAndColumn(text, text.length)}`;
  return `Unexpected ${characterName(text.codePointAt(at)!)} at ${lineAndColumn(text, at)}${notInJson(text, at)}`;
}

/**
 * What a config written as JSONC or JSON5 (as tsconfig.json and VS Code's settings are) has there that JSON does not
 * take, which "Expected double-quoted property name" does not say: a comment, or a comma after the last item.
 */
function notInJson(text: string, at: number): string {
  if (text.startsWith('//', at) || text.startsWith('/*', at)) return ': a comment, which JSON does not take';
  if ((text[at] === '}' || text[at] === ']') && text.slice(0, at).trimEnd().endsWith(',')) return `: a comma before '${text[at]}', after the last item, which JSON does not take`;
  return '';
}

/**
 * "line 4 column 3", both from 1; a column counts UTF-16 units, as editors that show one mostly do. A line ends at
 * LF, CR LF or a lone CR, as editors count lines.
 */
function lineAndColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `line ${lines.length} column ${lines.at(-1)!.length + 1}`;
}

/** A character as an error names it: `'}'`, or `\u001b` for one a terminal would act on or not show. */
function characterName(code: number): string {
  const printable = code > 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);
  return printable ? `'${String.fromCodePoint(code)}'` : `\\u${code.toString(16).padStart(4, '0')}`;
}

import { firstBadOffset } from '../input/json-fault-offset.js';

/**
 * Why a config file is not JSON, where a reader finds it: "Expected double-quoted property name at line 4 column 3".
 * JSON.parse gives an offset for some errors ("in JSON at position 43") and none for others ("Unexpected token '}',
 * …"x": } }" is not valid JSON", quoting the text with whatever control character it holds): those are found again
 * here, as the first character that no JSON text can go on with, and named by it, escaped when it is not printable.
 */
export function jsonSyntaxReason(message: string, text: string): string {
  const positioned = /^(.*?) in JSON at position (\d+)/.exec(message);
  if (positioned !== null) return `${positioned[1]} at ${lineAndColumn(text, Number(positioned[2]))}`;
  const at = firstBadOffset(text);
  if (at >= text.length) return `the text ends before its JSON does, at ${lineAndColumn(text, text.length)}`;
  return `Unexpected ${characterName(text.codePointAt(at)!)} at ${lineAndColumn(text, at)}`;
}

/** "line 4 column 3", both from 1; a column counts UTF-16 units, as editors that show one mostly do. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line} column ${before.length - before.lastIndexOf('\n')}`;
}

/** A character as an error names it: `'}'`, or `\u001b` for one a terminal would act on or not show. */
function characterName(code: number): string {
  const printable = code > 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);
  return printable ? `'${String.fromCodePoint(code)}'` : `\\u${code.toString(16).padStart(4, '0')}`;
}

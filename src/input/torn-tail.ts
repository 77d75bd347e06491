import { asBuffer, forEachItem } from './split-lines.js';

const QUOTE = 0x22, BACKSLASH = 0x5c, LBRACE = 0x7b, RBRACE = 0x7d, LBRACKET = 0x5b, RBRACKET = 0x5d;

/**
 * Whether JSON text [start, end) ends inside a value: in a string, or with a bracket left open. So ends a record
 * that the end of its file cut off (a blob torn mid-write), as the element scanner tells of a pretty array's last
 * element (JsonElementScanner.end); a whole record, or one broken in its middle, does not. Only quotes, escapes
 * and brackets are followed, nothing is parsed: `code(i)` is the character at i, or the UTF-8 byte (those of a
 * character that is not ASCII never are).
 */
export function endsInsideValue(code: (i: number) => number, start: number, end: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = code(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === LBRACE || c === LBRACKET) depth++;
    else if ((c === RBRACE || c === RBRACKET) && depth > 0) depth--;
  }
  return inString || depth > 0;
}

/** Whether the text ends inside a value (endsInsideValue). */
export function textEndsInsideValue(text: string): boolean {
  return endsInsideValue((i) => text.charCodeAt(i), 0, text.length);
}

/**
 * Where the last item of JSON lines starts (forEachItem's items: a line, a record of a line that joined blobs, an
 * element of an array laid out one a line) when it ends inside a value: for the last line of a file, with no line
 * end after it, the file was cut in the middle of that record. -1 when it is whole, or there is none. Looked at once
 * a file: its readers on the line it ends with (read-line-batches.ts), and whoever reads a batch they mark torn.
 */
export function tornItemStart(bytes: Uint8Array, arrayElements: boolean): number {
  const buffer = asBuffer(bytes);
  let start = -1;
  let end = -1;
  forEachItem(buffer, 1, arrayElements, (from, to) => {
    start = from;
    end = to;
  });
  return start >= 0 && endsInsideValue((i) => buffer[i]!, start, end) ? start : -1;
}

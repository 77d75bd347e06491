/**
 * Where the records of one JSON line begin and end around byte order marks, one rule for UTF-8 bytes
 * (split-lines.ts) and for decoded text (UTF-16, read-json-lines.ts). Storage-account blobs start with a BOM, and
 * joining them (`cat …/PT1H.json`, blocks appended with no newline between them) puts one at a line's start or
 * between a record's `}` and the next `{`: a BOM at the line's start is dropped, and the line is cut after each `}`
 * that a BOM and a `{` follow, each piece a record at the line's number. (A string value holding `}`, a raw U+FEFF
 * and `{` in a row would be cut too, making two invalid records of one: not a text call logs hold, and telling it
 * apart would mean reading every line's strings.)
 */

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CLOSE = 0x7d; // }
const OPEN = 0x7b; // {
const BOM_CHAR = '\ufeff';

/**
 * Calls `each(start, end)` for the pieces of the line [start, end) of UTF-8 bytes that holds a BOM, first at `bom`
 * (blank pieces too: the caller passes them over). Returns where the next BOM after the line is (-1: none), found
 * by the same search.
 */
export function forEachBytesPiece(buffer: Buffer, start: number, end: number, bom: number, each: (start: number, end: number) => void): number {
  let from = start;
  let at = bom;
  for (; at >= 0 && at < end; at = buffer.indexOf(BOM, at + BOM.length)) {
    if (at === start) from = start + BOM.length;
    else if (buffer[at - 1] === CLOSE && buffer[at + BOM.length] === OPEN) {
      each(from, at);
      from = at + BOM.length;
    }
  }
  each(from, end);
  return at;
}

/** The pieces of a line of text (without its line end), as forEachBytesPiece cuts bytes: the line itself when it holds no U+FEFF. */
export function textPieces(line: string): string[] {
  let at = line.indexOf(BOM_CHAR);
  if (at < 0) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (; at >= 0; at = line.indexOf(BOM_CHAR, at + 1)) {
    if (at === 0) from = 1;
    else if (line.charCodeAt(at - 1) === CLOSE && line.charCodeAt(at + 1) === OPEN) {
      pieces.push(line.slice(from, at));
      from = at + 1;
    }
  }
  pieces.push(line.slice(from));
  return pieces;
}

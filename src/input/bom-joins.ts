/**
 * Where the records of one JSON line begin and end around byte order marks, one rule for UTF-8 bytes
 * (split-lines.ts) and for decoded text (UTF-16, read-json-lines.ts). Storage-account blobs start with a BOM, and
 * joining them (`cat …/PT1H.json`, blocks appended with no newline between them) puts one at a line's start or
 * between a record's `}` and the next `{`; an empty blob, a BOM alone, joined among them makes two in a row (or
 * one after the last `}`). So a run of BOMs is dropped at a line's start, and at its end after a `}`; the line is
 * cut at each run between a `}` and a `{`, each piece a record at the line's number; a line of BOMs alone is
 * blank. (A string value holding `}`, a raw U+FEFF and `{` in a row would be cut too, making two invalid records of
 * one: not a text call logs hold, and telling it apart would mean reading every line's strings.) A BOM anywhere
 * else is left where it is: it is in a string, or the piece holding it is one invalid record at its line.
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
  while (at >= 0 && at < end) {
    let after = at + BOM.length; // past the run of BOMs that starts at `at`
    while (after + BOM.length <= end && buffer[after] === BOM[0] && buffer[after + 1] === BOM[1] && buffer[after + 2] === BOM[2]) after += BOM.length;
    if (at === start) from = after;
    else if (buffer[at - 1] === CLOSE && (after === end || buffer[after] === OPEN)) {
      each(from, at);
      from = after;
    }
    at = buffer.indexOf(BOM, after);
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
  while (at >= 0) {
    let after = at + 1;
    while (line[after] === BOM_CHAR) after++;
    if (at === 0) from = after;
    else if (line.charCodeAt(at - 1) === CLOSE && (after === line.length || line.charCodeAt(after) === OPEN)) {
      pieces.push(line.slice(from, at));
      from = after;
    }
    at = line.indexOf(BOM_CHAR, after);
  }
  pieces.push(line.slice(from));
  return pieces;
}

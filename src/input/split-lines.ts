import { forEachBytesPiece } from './bom-joins.js';
import { countLineEnds, lineEnds } from './byte-scan.js';

const LF = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Calls `each(start, end, line)` for every non-blank line of UTF-8 bytes that start at line `firstLine`:
 * [start, end) without its LF or CR and without the UTF-8 byte order marks at its start: a file's first line has
 * one from some writers, and so has every blob's first line when hourly blobs are concatenated (`cat …/PT1H.json |`),
 * two when an empty blob (a BOM alone) is among them; a line of BOMs alone is blank.
 * Some storage-blob exports join appended blocks with no newline between them, so a record's `}` is followed by
 * the next block's BOM and its `{` on the same line: such a line is cut there, and each record on it is called
 * with the line's number (bom-joins.ts, whose rule UTF-16 text is read by too).
 * A line of NUL bytes alone (a file padded after a crash or by a preallocating writer) is blank: it holds no record.
 * Working on bytes, a line is cut out with no decoding and no copy. The BOM is looked for by Buffer.indexOf, once
 * a batch and again past each line that holds one: a batch with none costs one native scan for a rare byte.
 */
export function forEachLine(bytes: Uint8Array, firstLine: number, each: (start: number, end: number, line: number) => void): void {
  const buffer = asBuffer(bytes);
  const n = buffer.length;
  let start = 0;
  let line = firstLine;
  let bom = buffer.indexOf(BOM); // the next BOM at or past `start`; -1: none further
  // Every LF of the batch in one scan where it can be had, else each line's found in turn.
  const ends = lineEnds(buffer);
  let k = 0;
  while (start < n) {
    let nl = ends === null ? buffer.indexOf(LF, start) : k < ends.length ? ends[k++]! : -1;
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && buffer[end - 1] === CR) end--;
    if (bom >= 0 && bom < end) {
      bom = forEachBytesPiece(buffer, start, end, bom, (from, to) => {
        if (!isBlank(buffer, from, to)) each(from, to, line);
      });
    } else if (!isBlank(buffer, start, end)) each(start, end, line);
    line++;
    start = nl + 1;
  }
}

/**
 * Calls `each(start, end, line)` for every item of a batch of lines: each non-blank line or, for a JSON array laid
 * out one element a line (`arrayElements`), the element on it, less the array's brackets and the comma after it;
 * the array's own `[` and `]` lines hold no item. The one walk over a batch that its readers share.
 */
export function forEachItem(bytes: Uint8Array, firstLine: number, arrayElements: boolean, each: (start: number, end: number, line: number) => void): void {
  const buffer = asBuffer(bytes);
  forEachLine(buffer, firstLine, (lineStart, lineEnd, line) => {
    const [start, end] = arrayElements ? elementBounds(buffer, lineStart, lineEnd) : [lineStart, lineEnd];
    if (end > start) each(start, end, line);
  });
}

/** How many LFs the bytes hold. */
export function countLines(bytes: Uint8Array): number {
  const scanned = countLineEnds(bytes);
  if (scanned !== null) return scanned;
  const buffer = asBuffer(bytes);
  let count = 0;
  for (let i = buffer.indexOf(LF); i >= 0; i = buffer.indexOf(LF, i + 1)) count++;
  return count;
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isBlank(buffer: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = buffer[i];
    if (c !== 0x20 && c !== 0x09 && c !== CR && c !== 0x00) return false;
  }
  return true;
}

/**
 * The element on a line of a JSON array laid out one element a line: [start, end) less the array's `[` before
 * it, its `]` after it and the comma after it; end <= start when nothing is left (the `[` or `]` line).
 */
function elementBounds(buffer: Uint8Array, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(buffer[s]!)) s++;
  if (s < e && buffer[s] === 0x5b) s++; // '['
  while (s < e && isSpace(buffer[s]!)) s++;
  while (e > s && isSpace(buffer[e - 1]!)) e--;
  if (e > s && buffer[e - 1] === 0x5d) e--; // ']'
  while (e > s && isSpace(buffer[e - 1]!)) e--;
  if (e > s && buffer[e - 1] === 0x2c) e--; // ','
  return [s, e];
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === CR;
}

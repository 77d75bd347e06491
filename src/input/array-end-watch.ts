import type { InputEvent } from './input-event.js';

const LF = 0x0a, CR = 0x0d, SPACE = 0x20, TAB = 0x09, NUL = 0x00;
const LBRACKET = 0x5b, RBRACKET = 0x5d, RBRACE = 0x7d, COMMA = 0x2c;
const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Watches the bytes of a JSON array laid out one element a line (read as lines, see forEachItem), batch by batch, for
 * an end that never comes: a file cut between two elements (`[{…},` or `[{…}`, a blob torn mid-write) has every line
 * whole, so no line is invalid, yet the array never closes. That is one invalid item at its last line, as the scanner
 * says of a pretty array (JsonElementScanner.end). A file whose last line is itself torn (`{"category":"Ca`) is told
 * by that line, invalid; and `{…},` lines with no `[` before them (an array's body, its brackets cut off on purpose)
 * have no end to miss; nor have `{…}` lines after the array's `]` (two exports joined: an array, then JSON Lines), whose
 * last line follows a `]` or another `}` line, not a comma; nor have `{…},` lines after it (two exports pasted
 * together, the second's lines with their commas): the array's `]` line is looked for in every batch, and once it is
 * seen (and no `[` line opened another array after it) the lines that follow are not the array's, and the file has
 * no array left to close. Before, only the line before the last was looked at, and such a file was told "ends before
 * the array closes".
 *
 * Only the ends of each batch are looked at, a few bytes, not its lines (a batch ends in white space after its last
 * line's `},` or `]`), and two searches for a bracket at a line's end or start (a memchr each, some µs a MiB).
 */
export class ArrayEndWatch {
  /** Whether the bytes start with `[` (after byte order marks and white space); null until a byte that is not blank. */
  private opened: boolean | null = null;
  /** The last byte that is not blank, and whether the line it ends is a whole element (only looked at after a `}`). */
  private last = -1;
  private lastWhole = true;
  /** The last byte that is not blank before the line `last` ends (-1 for none). */
  private beforeLast = -1;
  /** LFs after that byte. */
  private linesAfter = 0;
  /** Whether the last bracket line seen closed the array (a line ending `]`), not opened one (a line starting `[`). */
  private closed = false;

  /** The next batch of bytes (or the last line, without its LF), in order. */
  see(bytes: Uint8Array): void {
    let i = bytes.length - 1;
    let lines = 0;
    while (i >= 0 && isBlank(bytes[i]!)) {
      if (bytes[i] === LF) lines++;
      i--;
    }
    if (i < 0) {
      this.linesAfter += lines;
      return;
    }
    this.opened ??= startsArray(bytes);
    this.followBrackets(bytes);
    const before = lastTextBefore(bytes, lineStart(bytes, i));
    this.beforeLast = before >= 0 ? bytes[before]! : this.last;
    this.last = bytes[i]!;
    this.linesAfter = lines;
    this.lastWhole = this.last !== RBRACE || wholeLastElement(bytes, i);
  }

  /**
   * Follows the array's brackets through a batch of whole lines: a line that ends in `]` closes it (no element line
   * does: an object ends in `}`), one that starts with `[` opens another (a second export pasted after the first).
   */
  private followBrackets(bytes: Uint8Array): void {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The batch before ended with its line: a `[` first is a line's start (the file's own `[` finds it open).
    if (this.closed && buffer[0] === LBRACKET) this.closed = false;
    let from = 0;
    for (;;) {
      if (!this.closed) {
        const lf = buffer.indexOf(CLOSE_LF, from);
        const cr = buffer.indexOf(CLOSE_CR, from);
        const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
        if (at < 0) return;
        this.closed = true;
        from = at + 1;
      } else {
        const at = buffer.indexOf(OPEN, from);
        if (at < 0) return;
        this.closed = false;
        from = at + 2;
      }
    }
  }

  /**
   * After the last batch: the invalid item when the array never closes, at the line of the last byte read that is
   * not blank (`nextLine`: the line after the last LF read); else null.
   */
  end(file: string, nextLine: number): InputEvent | null {
    if (this.opened !== true || this.last === RBRACKET || this.closed) return null;
    // A torn last line is invalid itself: that tells of the cut.
    if (this.last !== COMMA && this.last !== LBRACKET && !(this.last === RBRACE && this.lastWhole)) return null;
    // A whole `{…}` line after the array's `]` (or after such a line): JSON Lines after the array, not its elements.
    if (this.last === RBRACE && (this.beforeLast === RBRACKET || this.beforeLast === RBRACE)) return null;
    return { kind: 'invalid', at: { file, line: nextLine - this.linesAfter }, reason: 'the file ends before the array closes: it may be truncated' };
  }
}

const CLOSE_LF = Buffer.from(']\n');
const CLOSE_CR = Buffer.from(']\r');
const OPEN = Buffer.from('\n[');

function isBlank(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB || c === NUL;
}

/** Where the line that holds bytes[at] starts. */
function lineStart(bytes: Uint8Array, at: number): number {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.lastIndexOf(LF, at) + 1;
}

/** The last byte before `end` that is not blank, or -1. */
function lastTextBefore(bytes: Uint8Array, end: number): number {
  let i = end - 1;
  while (i >= 0 && isBlank(bytes[i]!)) i--;
  return i;
}

function startsArray(bytes: Uint8Array): boolean {
  let i = 0;
  for (;;) {
    if (bytes[i] === BOM[0] && bytes[i + 1] === BOM[1] && bytes[i + 2] === BOM[2]) i += 3;
    else if (i < bytes.length && isBlank(bytes[i]!)) i++;
    else break;
  }
  return bytes[i] === LBRACKET;
}

/**
 * Whether the line that ends at bytes[end] (a `}`) is JSON, less the array's `[` before it: else it is invalid itself.
 * (Only the last line of such an array ends so: the others end with a comma.)
 */
function wholeLastElement(bytes: Uint8Array, end: number): boolean {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = buffer.lastIndexOf(LF, end) + 1;
  while (start < end && (isBlank(buffer[start]!) || buffer[start] === LBRACKET)) start++;
  try {
    JSON.parse(buffer.toString('utf8', start, end + 1));
    return true;
  } catch {
    return false;
  }
}

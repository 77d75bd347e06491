import { findFolded } from '../input/byte-scan.js';
import { stringifyEscapeLength } from './stringify-escape.js';

/** A key's end followed by a space: never in minified JSON but inside a string, always in Python's json.dumps lines. */
const SPACED_KEY = Buffer.from('": ');
/** Outside a string, never in JSON; inside one, it starts an escape. */
const BACKSLASH = 0x5c;

/**
 * Which JSON lines of a batch are not written as JSON.stringify writes them, and so are fingerprinted as
 * JSON.stringify writes the value read (record-fingerprint.ts) rather than by their own bytes: lines spaced as
 * Python's json.dumps spaces them (`"key": value`), and lines with a string escape JSON.stringify does not write
 * (stringify-escape.ts: `\u002B` for `+` as .NET writes it, `\u00e9` as Python's ensure_ascii does, `\/`). The
 * usual line, minified as Azure Monitor writes it, is the text JSON.stringify makes of it: with one Buffer.indexOf
 * a batch for each, finding neither, it costs nothing more; a line whose escapes are all JSON.stringify's own
 * (`\"` of JSON inside a string) has them looked at one by one and keeps its bytes.
 *
 * Asked of a batch's lines in order; a line taken for restringified when it is not only costs time (JSON.stringify
 * of a line it would write alike gives its own bytes), one taken for as-written when it is not is a duplicate missed.
 */
export class RestringifiedLines {
  /**
   * Where `": ` occurs in the bytes, found at the first line by one scan in WebAssembly (byte-scan.ts; ~1 ms a
   * MiB less than Buffer.indexOf's search for three bytes); null where it cannot scan them. The scan folds case
   * (0x20 set in each byte), so it also finds bytes 0x02, 0x1A or 0x00 in their places, which no JSON line holds
   * raw; such a place would only cost time.
   */
  private spaced: number[] | null | undefined;
  private nextSpacedIndex = 0;
  /** Where `": ` next occurs in the bytes (-1: nowhere further), looked for again only past it. */
  private nextSpaced = -2;
  /** Where the next escape not yet looked at starts (-1: none further); the escapes before it are JSON.stringify's. */
  private nextEscape = -2;

  constructor(private readonly bytes: Buffer) {}

  /** Whether the line [start, end), a JSON object read whole, is fingerprinted as JSON.stringify writes it. */
  has(start: number, end: number): boolean {
    if (this.nextSpaced !== -1 && this.nextSpaced < start) this.nextSpaced = this.spacedFrom(start);
    if (this.nextSpaced !== -1 && this.nextSpaced < end) return true;
    return this.hasOtherEscape(start, end);
  }

  /** The first place of `": ` at or past `from`, or -1. */
  private spacedFrom(from: number): number {
    if (this.spaced === undefined) this.spaced = findFolded(this.bytes, SPACED_KEY);
    const spaced = this.spaced;
    if (spaced === null) return this.bytes.indexOf(SPACED_KEY, from);
    while (this.nextSpacedIndex < spaced.length && spaced[this.nextSpacedIndex]! < from) this.nextSpacedIndex++;
    return this.nextSpacedIndex < spaced.length ? spaced[this.nextSpacedIndex]! : -1;
  }

  /** Whether the line holds a string escape JSON.stringify does not write. */
  private hasOtherEscape(start: number, end: number): boolean {
    let at = this.nextEscape;
    if (at !== -1 && at < start) at = this.bytes.indexOf(BACKSLASH, start);
    // Left to right from the line's first backslash, each escape is skipped whole: `\\u002B` is `\\` and text.
    while (at !== -1 && at < end) {
      const length = stringifyEscapeLength(this.bytes, at);
      if (length === 0) break;
      at = this.bytes.indexOf(BACKSLASH, at + length);
    }
    this.nextEscape = at;
    return at !== -1 && at < end;
  }
}

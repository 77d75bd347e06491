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
  /** Where `": ` next occurs in the bytes (-1: nowhere further), looked for again only past it. */
  private nextSpaced = -2;
  /** Where the next escape not yet looked at starts (-1: none further); the escapes before it are JSON.stringify's. */
  private nextEscape = -2;

  constructor(private readonly bytes: Buffer) {}

  /** Whether the line [start, end), a JSON object read whole, is fingerprinted as JSON.stringify writes it. */
  has(start: number, end: number): boolean {
    if (this.nextSpaced !== -1 && this.nextSpaced < start) this.nextSpaced = this.bytes.indexOf(SPACED_KEY, start);
    if (this.nextSpaced !== -1 && this.nextSpaced < end) return true;
    return this.hasOtherEscape(start, end);
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

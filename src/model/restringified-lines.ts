/** A key's end followed by a space: never in minified JSON but inside a string, always in Python's json.dumps lines. */
const SPACED_KEY = Buffer.from('": ');

/**
 * Which JSON lines of a batch are not written as JSON.stringify writes them, and so are fingerprinted as
 * JSON.stringify writes the value read (record-fingerprint.ts) rather than by their own bytes: lines spaced as
 * Python's json.dumps spaces them (`"key": value`). The usual line, minified as Azure Monitor writes it, is the
 * text JSON.stringify makes of it: found with one Buffer.indexOf a batch, it costs nothing more.
 *
 * Asked of a batch's lines in order; a line taken for restringified when it is not only costs time (JSON.stringify
 * of a line it would write alike gives its own bytes), one taken for as-written when it is not is a duplicate missed.
 */
export class RestringifiedLines {
  /** Where `": ` next occurs in the bytes (-1: nowhere further), looked for again only past it. */
  private nextSpaced = -2;

  constructor(private readonly bytes: Buffer) {}

  /** Whether the line [start, end), a JSON object read whole, is fingerprinted as JSON.stringify writes it. */
  has(start: number, end: number): boolean {
    if (this.nextSpaced !== -1 && this.nextSpaced < start) this.nextSpaced = this.bytes.indexOf(SPACED_KEY, start);
    return this.nextSpaced !== -1 && this.nextSpaced < end;
  }
}

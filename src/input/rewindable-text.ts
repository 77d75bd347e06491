/** A chunk of text and where it is: the line its first character is on, and how many LFs it holds. */
interface Piece {
  text: string;
  line: number;
  lfs: number;
}

/**
 * LF-only text read chunk by chunk that can go back to the start of a line, for a parser that fails on a row and
 * starts again after it. It keeps the chunks from the line where the row being parsed starts (keepFrom, told as each
 * row ends), no more: what it holds is bounded by what the parser holds of that row (its size limit), plus a chunk.
 */
export class RewindableText {
  private readonly source: AsyncIterator<string>;
  /** Chunks read and not yet known to lie wholly before line `keepLine`. */
  private kept: Piece[] = [];
  /** Kept chunks to hand out again (after restartAfter) before reading on. */
  private replay: Piece[] = [];
  /** The line the character after the last chunk read is on. */
  private endLine = 1;
  private keepLine = 1;

  constructor(text: AsyncIterable<string>) {
    this.source = text[Symbol.asyncIterator]();
  }

  /** The next chunk: the text after a restart again, then the source's; undefined at the end. */
  async next(): Promise<string | undefined> {
    const again = this.replay.shift();
    if (again !== undefined) return again.text;
    const piece = await this.read();
    if (piece === undefined) return undefined;
    while (this.kept.length > 0 && this.kept[0]!.line + this.kept[0]!.lfs < this.keepLine) this.kept.shift();
    this.kept.push(piece);
    return piece.text;
  }

  /** The line the text read from the source so far ends on: the line a source that breaks off there tears. */
  lineReached(): number {
    return this.endLine;
  }

  /** No row will be read again from before this line: the text before it need not be kept. */
  keepFrom(line: number): void {
    if (line > this.keepLine) this.keepLine = line;
  }

  /**
   * Goes back to the start of the line after `line` (which must not be before the last keepFrom): next() hands out
   * the text from there. When `line` does not end within the text kept, the source is read on (and dropped) up to
   * its end. Returns the line the text handed out starts on, or null when the text ends before `line` does.
   */
  async restartAfter(line: number): Promise<number | null> {
    let at = this.kept.findIndex((piece) => piece.line + piece.lfs > line);
    if (at < 0) {
      this.kept = [];
      for (;;) {
        const piece = await this.read();
        if (piece === undefined) return null;
        if (piece.line + piece.lfs > line) {
          this.kept = [piece];
          break;
        }
      }
      at = 0;
    }
    const first = this.kept[at]!;
    const skip = Math.max(0, line - first.line + 1); // the LFs of `first` up to the one that ends `line`
    const start = skip === 0 ? 0 : nthLf(first.text, skip) + 1;
    const rest = { text: first.text.slice(start), line: first.line + skip, lfs: first.lfs - skip };
    this.kept = [...(rest.text.length > 0 ? [rest] : []), ...this.kept.slice(at + 1)];
    this.replay = [...this.kept];
    this.keepLine = rest.line;
    return rest.line;
  }

  /** Ends the source early (the reader stopped before its end). */
  async close(): Promise<void> {
    this.kept = [];
    this.replay = [];
    await this.source.return?.();
  }

  private async read(): Promise<Piece | undefined> {
    const next = await this.source.next();
    if (next.done === true) return undefined;
    const piece = { text: next.value, line: this.endLine, lfs: countLf(next.value) };
    this.endLine += piece.lfs;
    return piece;
  }
}

export function countLf(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The index of the nth (1-based) LF of text, which holds at least n. */
function nthLf(text: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf('\n', i + 1);
  return i;
}

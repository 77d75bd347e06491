import type { InputEvent, Prefilter } from './input-event.js';
import { JsonElementScanner } from './json-element-scanner.js';
import { isWholeValue, PrettyElementCutter } from './pretty-element-cut.js';
import { elementEvents, elementsOf } from './read-json-elements.js';
import { BATCH_BYTES } from './read-line-batches.js';
import { rawJsonEvents, recordEvents } from './record-events.js';
import { textPieceEnd } from './text-piece-end.js';

/** The most bytes held for one element read the fast way: a larger one is read by the scanner, which never holds it. */
const FAST_ELEMENT_BYTES = 4 << 20;
const LF = 0x0a;

/**
 * Reads the elements of one array inside UTF-8 JSON bytes (the top-level array, or "records" of an Event Hubs
 * envelope) with the same events, lines and recovery as readJsonElements, in batches of events (about 1 MiB of
 * bytes each).
 *
 * The elements of a pretty-printed array are cut out of the bytes directly (pretty-element-cut.ts) and only their
 * own bytes are decoded. Everything else (the text around the array, an element out of that layout, a broken one)
 * is decoded and read by the scanner, which stops at the next line where an element may start: the fast way goes
 * on from there, so an odd element costs only itself the slow way.
 */
export async function* readElementBytes(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  arrayPath: readonly string[],
  prefilter: Prefilter | undefined,
  maxRecordBytes: number,
  batchBytes = BATCH_BYTES,
): AsyncGenerator<InputEvent[]> {
  const reader = new ElementByteReader(file, arrayPath, prefilter, maxRecordBytes);
  let parts: Buffer[] = [];
  let held = 0; // bytes in parts
  for await (const chunk of bytes) {
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    held += chunk.byteLength;
    if (held < batchBytes) continue;
    const events: InputEvent[] = [];
    const rest = reader.read(parts.length === 1 ? parts[0]! : Buffer.concat(parts, held), false, events);
    parts = rest.length > 0 ? [rest] : [];
    held = rest.length;
    if (events.length > 0) yield events;
  }
  const events: InputEvent[] = [];
  reader.read(parts.length === 1 ? parts[0]! : Buffer.concat(parts, held), true, events);
  reader.end(events);
  if (events.length > 0) yield events;
}

class ElementByteReader {
  private readonly scanner: JsonElementScanner;
  private readonly depth: number; // of the array read, in containers
  private first = true; // before the first bytes: a byte order mark is dropped
  /** At an element boundary (see JsonElementScanner.elementBoundary): the fast way reads on; else the scanner does. */
  private fast = false;
  private line = 1; // of the boundary, when fast
  private index = 0; // of the element at the boundary, when fast

  constructor(
    private readonly file: string,
    arrayPath: readonly string[],
    private readonly prefilter: Prefilter | undefined,
    private readonly maxRecordBytes: number,
  ) {
    this.scanner = new JsonElementScanner(elementsOf(arrayPath), maxRecordBytes);
    this.depth = arrayPath.length + 1;
  }

  /** Reads what it can of the bytes into `events`; returns the bytes left to read again with the next ones. */
  read(bytes: Buffer, final: boolean, events: InputEvent[]): Buffer {
    let pos = 0;
    if (this.first) {
      if (bytes.length < 3 && !final) return bytes;
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
    }
    const cutter = new PrettyElementCutter(bytes, Math.min(this.maxRecordBytes, FAST_ELEMENT_BYTES));
    for (;;) {
      if (this.fast) {
        const { at, more } = this.readFast(bytes, cutter, pos, final, events);
        if (more) return bytes.subarray(at);
        if (at === pos) this.fast = false;
        pos = at;
        continue;
      }
      const end = textPieceEnd(bytes, pos, final);
      if (end === pos) return bytes.subarray(pos);
      pos = this.scan(bytes, pos, end, cutter, final, events);
    }
  }

  /** The bytes ended: a value left unfinished. */
  end(events: InputEvent[]): void {
    for (const value of this.scanner.end()) elementEvents(value, this.file, this.prefilter, events);
  }

  /**
   * Cuts out elements from the boundary at `pos`: `at` is where it stopped (pos itself when it read none), `more`
   * when the element there goes on past the bytes.
   */
  private readFast(bytes: Buffer, cutter: PrettyElementCutter, pos: number, final: boolean, events: InputEvent[]): { at: number; more: boolean } {
    let at = pos;
    let more = false;
    for (;;) {
      const cut = cutter.cut(at, final);
      if (cut === 'more') more = true;
      if (cut === 'more' || cut === 'no' || !this.take(bytes, cut.start, cut.end, events)) break;
      this.index++;
      this.line += cut.lines;
      at = cut.next;
    }
    if (at > pos) this.scanner.passElements(this.index, this.line);
    return { at, more };
  }

  /** Adds the events of the element at [start, end), if it is one whole value; false when the scanner must read it. */
  private take(bytes: Buffer, start: number, end: number, events: InputEvent[]): boolean {
    const at = { file: this.file, line: this.line };
    if (this.prefilter !== undefined) {
      // The prefilter sees each element once, so the cut is proved before, without parsing.
      if (!isWholeValue(bytes, start, end)) return false;
      for (const event of rawJsonEvents(bytes.toString('utf8', start, end), at, this.prefilter)) events.push(event);
      return true;
    }
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8', start, end));
    } catch {
      return false; // the scanner finds where the element ends and why it is broken
    }
    for (const event of recordEvents(value, at)) events.push(event);
    return true;
  }

  /**
   * The scanner reads the text of [pos, end) (which ends after a LF or before an ASCII byte) up to an element
   * boundary where the fast way reads elements again; returns where the bytes are read up to.
   */
  private scan(bytes: Buffer, pos: number, end: number, cutter: PrettyElementCutter, final: boolean, events: InputEvent[]): number {
    const text = bytes.toString('utf8', pos, end);
    let from = 0; // in text
    let fromByte = pos; // where text[from] starts in the bytes
    while (from < text.length) {
      const lineBefore = this.scanner.currentLine();
      const { values, stop } = this.scanner.pushToBoundary(text, from, this.depth);
      for (const value of values) elementEvents(value, this.file, this.prefilter, events);
      const boundary = this.scanner.elementBoundary(this.depth);
      if (boundary === null) return end;
      // Text and bytes hold the same LFs: the boundary is after as many in each.
      const byte = afterLineEnds(bytes, fromByte, boundary.line - lineBefore);
      this.line = boundary.line;
      this.index = boundary.index;
      const { at, more } = this.readFast(bytes, cutter, byte, final, events);
      if (more || at > byte) {
        this.fast = true;
        return at;
      }
      from = stop;
      fromByte = byte;
    }
    return end;
  }
}

/** The byte after the `count`-th LF from `from` (`from` for none). */
function afterLineEnds(bytes: Buffer, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count; i++) at = bytes.indexOf(LF, at) + 1;
  return at;
}

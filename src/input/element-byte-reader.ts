import type { InputEvent, Prefilter } from './input-event.js';
import type { JsonElementScanner } from './json-element-scanner.js';
import { isWholeValue, PrettyElementCutter } from './pretty-element-cut.js';
import { type ElementsAt, elementEvents, elementScanner } from './read-json-elements.js';
import { rawJsonEvents, recordEvents } from './record-events.js';
import { textPieceEnd } from './text-piece-end.js';

/** The most bytes held for one element read the fast way: a larger one is read by the scanner, which never holds it. */
const FAST_ELEMENT_BYTES = 4 << 20;
const LF = 0x0a;
/** Tries of the fast way that read nothing, in a row, before it tries less and less often. */
const MISSES_BEFORE_BACKOFF = 16;

/**
 * Reads the elements of one array in UTF-8 bytes fed to it batch by batch (see readElementBytes): the fast way
 * (pretty-element-cut.ts) at element boundaries, the scanner elsewhere, each handing over to the other.
 */
export class ElementByteReader {
  private readonly scanner: JsonElementScanner;
  private readonly depth: number; // of the array read, in containers
  private readonly commas: boolean; // between the elements: an array's, not a stream's
  private bytes: Buffer = Buffer.alloc(0); // being read: what was left of the last ones, then the new ones
  private pos = 0; // in bytes
  private final = false; // whether the bytes are the last ones
  private offset = 0; // of bytes, in the whole input
  private cutter: PrettyElementCutter | null = null; // of bytes
  /** Fed bytes that bytes holds only the first bridgeBytes of, behind `restLength` bytes left from before. */
  private after: { data: Buffer; restLength: number; final: boolean } | null = null;
  private first = true; // before the first bytes: a byte order mark is dropped
  /** At an element boundary (see JsonElementScanner.elementBoundary): the fast way reads on; else the scanner does. */
  private fast = false;
  private line = 1; // of the boundary, when fast
  private index = 0; // of the element at the boundary, when fast
  private waitedAt = -1; // where an element went on past the bytes, in the whole input
  /** An element waited for was out of the layout after all: until here, none is waited for (no bytes held for it). */
  private noWaitBefore = 0;
  private misses = 0; // tries of the fast way in a row that read no element
  private skipped = 0; // boundaries passed over since the last try

  constructor(
    private readonly file: string,
    at: ElementsAt,
    private readonly prefilter: Prefilter | undefined,
    private readonly maxRecordBytes: number,
    private readonly bridgeBytes: number,
  ) {
    this.scanner = elementScanner(at, maxRecordBytes);
    this.depth = at === 'stream' ? 1 : at.length + 1;
    this.commas = at !== 'stream';
  }

  /**
   * The next bytes (the last ones when `final`), read after what is left of the ones before. Not to copy them all
   * behind that rest, only their first bridgeBytes are: once past the rest, the reader goes on in them in place.
   */
  feed(parts: Buffer[], length: number, final: boolean): void {
    const rest = this.bytes.subarray(this.pos);
    const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (rest.length === 0 || data.length <= this.bridgeBytes) {
      this.use(rest.length === 0 ? data : Buffer.concat([rest, data]), final);
    } else {
      this.use(Buffer.concat([rest, data.subarray(0, this.bridgeBytes)]), false);
      this.after = { data, restLength: rest.length, final };
    }
  }

  /** Reads on into `events` until it holds `enough` of them (true: call again) or more bytes are needed (false). */
  next(events: InputEvent[], enough: number): boolean {
    const { bytes, final } = this;
    const cutter = this.cutter!;
    if (this.first) {
      if (bytes.length < 3 && !final) return false;
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pos = 3;
    }
    while (events.length < enough) {
      if (this.fast) {
        const { at, more } = this.readFast(bytes, cutter, this.pos, final, events, enough);
        if (at === this.pos && !more) this.fast = false;
        this.pos = at;
        if (more) return this.goOn(events, enough);
        continue;
      }
      const end = textPieceEnd(bytes, this.pos, final);
      if (end === this.pos) return this.goOn(events, enough);
      this.pos = this.scan(bytes, this.pos, end, cutter, final, events, enough);
    }
    return true;
  }

  /** The bytes ran out: go on in the ones fed after the bridge, if any (false: more bytes are needed). */
  private goOn(events: InputEvent[], enough: number): boolean {
    const after = this.after;
    if (after === null) return false;
    this.after = null;
    const { data, restLength } = after;
    const at = this.pos - restLength; // where the bytes left are in data, when they are all in it
    this.use(at >= 0 ? data.subarray(at) : Buffer.concat([this.bytes.subarray(this.pos), data.subarray(this.bridgeBytes)]), after.final);
    return this.next(events, enough);
  }

  private use(bytes: Buffer, final: boolean): void {
    this.offset += this.pos;
    this.bytes = bytes;
    this.pos = 0;
    this.final = final;
    this.cutter = new PrettyElementCutter(bytes, Math.min(this.maxRecordBytes, FAST_ELEMENT_BYTES), this.commas);
  }

  /**
   * The line the bytes read so far end on (1 and the LFs before it): after the last ones (`final`), the line a stream
   * that broke off there tears. Counted as the elements are read, the fast way's lines told to the scanner.
   */
  lineReached(): number {
    return this.scanner.currentLine();
  }

  /** The bytes ended: a value left unfinished, or an array never closed (the file torn: see scannedValueEvents). */
  end(events: InputEvent[]): void {
    for (const value of this.scanner.end()) elementEvents(value, this.file, this.prefilter, events, true);
  }

  /**
   * Cuts out elements from the boundary at `pos`: `at` is where it stopped (pos itself when it read none), `more`
   * when the element there goes on past the bytes.
   */
  private readFast(
    bytes: Buffer,
    cutter: PrettyElementCutter,
    pos: number,
    final: boolean,
    events: InputEvent[],
    enough = Infinity,
  ): { at: number; more: boolean } {
    let at = pos;
    let more = false;
    while (events.length < enough) {
      const cut = cutter.cut(at, final || this.offset + at < this.noWaitBefore);
      if (cut === 'more') {
        more = true;
        this.waitedAt = this.offset + at;
        break;
      }
      if (cut === 'no' && this.offset + at === this.waitedAt) this.noWaitBefore = this.offset + bytes.length;
      if (cut === 'no' || !this.take(bytes, cut.start, cut.end, events)) break;
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
  private scan(
    bytes: Buffer,
    pos: number,
    end: number,
    cutter: PrettyElementCutter,
    final: boolean,
    events: InputEvent[],
    enough: number,
  ): number {
    const text = bytes.toString('utf8', pos, end);
    let from = 0; // in text
    let knownByte = pos; // a byte and the line it starts, to find the boundaries' bytes from: text and bytes hold the same LFs
    let knownLine = this.scanner.currentLine();
    while (from < text.length) {
      const { values, stop } = this.scanner.pushToBoundary(text, from, this.depth);
      for (const value of values) elementEvents(value, this.file, this.prefilter, events);
      const boundary = this.scanner.elementBoundary(this.depth);
      if (boundary === null) return end;
      from = stop;
      if (!this.worthTrying(text, stop)) continue;
      const byte = afterLineEnds(bytes, knownByte, boundary.line - knownLine);
      knownByte = byte;
      knownLine = boundary.line;
      this.line = boundary.line;
      this.index = boundary.index;
      const { at, more } = this.readFast(bytes, cutter, byte, final, events, enough);
      if (more || at > byte) {
        this.fast = true;
        this.misses = 0;
        return at;
      }
      if (events.length >= enough) {
        this.fast = true; // to try from here next time
        return at;
      }
      this.misses++;
    }
    return end;
  }

  /**
   * Whether the fast way should try at the boundary at text[at]: an element may start there (a '{' after spaces),
   * and, after many misses in a row (a layout it does not fit), only at every 2nd, 4th… boundary, up to every 256th.
   */
  private worthTrying(text: string, at: number): boolean {
    let i = at;
    while (i < text.length && text.charCodeAt(i) === 0x20) i++;
    if (i < text.length && text.charCodeAt(i) !== 0x7b) return false;
    if (this.misses < MISSES_BEFORE_BACKOFF) return true;
    this.skipped++;
    if (this.skipped < 1 << Math.min(8, this.misses - MISSES_BEFORE_BACKOFF + 1)) return false;
    this.skipped = 0;
    return true;
  }
}

/** The byte after the `count`-th LF from `from` (`from` for none). */
function afterLineEnds(bytes: Buffer, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count; i++) at = bytes.indexOf(LF, at) + 1;
  return at;
}

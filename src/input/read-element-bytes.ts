import { ElementByteReader } from './element-byte-reader.js';
import { BrokenStreamError, type InputEvent, type Prefilter } from './input-event.js';
import type { ElementsAt } from './read-json-elements.js';
import { BATCH_BYTES } from './read-line-batches.js';

/** Events handed on at a time, at most (but for the scanner's, a piece of text at a time): few enough to die young. */
const EVENTS_AT_ONCE = 256;

/**
 * Reads the elements of one array inside UTF-8 JSON bytes (the top-level array, or "records" of an Event Hubs
 * envelope), or the values of a stream of them, with the same events, lines and recovery as readJsonElements,
 * handed on a few hundred at a time; the bytes are read in batches of about 1 MiB.
 *
 * The elements of a pretty-printed array are cut out of the bytes directly (pretty-element-cut.ts) and only their
 * own bytes are decoded. Everything else (the text around the array, an element out of that layout, a broken one)
 * is decoded and read by the scanner, which stops at the next line where an element may start: the fast way goes
 * on from there, so an odd element costs only itself the slow way.
 */
export async function* readElementBytes(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  at: ElementsAt,
  prefilter: Prefilter | undefined,
  maxRecordBytes: number,
  batchBytes = BATCH_BYTES,
  eventsAtOnce = EVENTS_AT_ONCE,
): AsyncGenerator<InputEvent[]> {
  // A 16th of a batch is copied behind what is left of the last one, to read the element that spans both.
  const reader = new ElementByteReader(file, at, prefilter, maxRecordBytes, Math.max(1, batchBytes >> 4));
  let parts: Buffer[] = [];
  let held = 0; // bytes in parts
  const drain = function* (): Generator<InputEvent[]> {
    for (let events: InputEvent[] = [], more = true; more; events = []) {
      more = reader.next(events, eventsAtOnce);
      if (events.length > 0) yield events;
    }
  };
  const chunks = bytes[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch (error) {
      // A stream that breaks off (a torn gzip blob): the elements that end before the break are still read, and the
      // break is placed at the line the text ends on, as in JSON Lines (read-line-batches.ts).
      reader.feed(parts, held, true);
      yield* drain();
      throw error instanceof BrokenStreamError ? error.atLine(reader.lineReached()) : error;
    }
    if (next.done) break;
    const chunk = next.value;
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    held += chunk.byteLength;
    if (held < batchBytes) continue;
    reader.feed(parts, held, false);
    parts = [];
    held = 0;
    yield* drain();
  }
  reader.feed(parts, held, true);
  yield* drain();
  const events: InputEvent[] = [];
  reader.end(events);
  if (events.length > 0) yield events;
}

import { ArrayEndWatch } from './array-end-watch.js';
import { BrokenStreamError, type InputEvent } from './input-event.js';
import { tooLarge } from './record-size-limit.js';
import { countLines } from './split-lines.js';
import { tornItemStart } from './torn-tail.js';

/** Lines are handed over in batches of at least this many bytes (gunzip yields 256 KiB chunks, a stream 64 KiB). */
export const BATCH_BYTES = 1 << 20;
const LF = 0x0a;

/**
 * A `lines` event: a batch of whole lines of `at.file` from line `at.line` (of a one-element-a-line array, or not);
 * `torn`: the file ends inside its last item.
 */
export function linesEvent(at: { file: string; line: number }, bytes: Uint8Array, arrayElements: boolean, torn = false): InputEvent {
  const event: InputEvent = arrayElements ? { kind: 'lines', at, bytes, arrayElements } : { kind: 'lines', at, bytes };
  if (torn) event.torn = true;
  return event;
}

/**
 * The events that end a file of lines: its last lines (`last`: the bytes left, if any), as a batch marked torn when
 * the file ends inside their last item, with no line end after it (torn-tail.ts); then, for an element-a-line array
 * (`watch`), the invalid item of an array that never closes, when that last item is not torn itself (the torn item
 * tells of the cut). `line`: the line `last` starts; `watch` has seen every batch before.
 */
export function lastLinesEvents(file: string, line: number, last: Uint8Array | null, arrayElements: boolean, watch: ArrayEndWatch | null): InputEvent[] {
  const events: InputEvent[] = [];
  // Only the line after the last line end: a line that ends in one is whole, whatever is wrong with it.
  const torn = last !== null && tornItemStart(last.subarray(last.lastIndexOf(LF) + 1), arrayElements) >= 0;
  if (last !== null) {
    watch?.see(last);
    events.push(linesEvent({ file, line }, last, arrayElements, torn));
  }
  const unclosed = torn ? null : (watch?.end(file, last === null ? line : line + countLines(last)) ?? null);
  if (unclosed !== null) events.push(unclosed);
  return events;
}

/**
 * Cuts UTF-8 JSON Lines bytes into `lines` events, batches of whole lines (about 1 MiB each) with the line of
 * their first line, without decoding anything. A line longer than `maxRecordBytes` that spans chunks is not
 * held: its bytes are dropped as they come and it is one `invalid` event at its line.
 * (A line longer than that inside one batch is found by whoever parses the batch, see forEachLine's callers.)
 */
export async function* readLineBatches(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  maxRecordBytes: number,
  batchBytes = BATCH_BYTES,
  arrayElements = false,
): AsyncGenerator<InputEvent> {
  // An element-a-line array's end is watched for: a file cut between elements has no line to tell of it.
  const watch = arrayElements ? new ArrayEndWatch() : null;
  const batchOf = (at: { file: string; line: number }, batch: Uint8Array) => {
    watch?.see(batch);
    return linesEvent(at, batch, arrayElements);
  };
  let parts: Uint8Array[] = [];
  let held = 0; // bytes in parts
  let line = 1; // the line that parts[0] starts
  let skipping = false; // inside an oversized line: drop bytes up to its LF
  let ended = false; // whether a line ends in the bytes held
  const chunks = bytes[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch (error) {
      // A stream that breaks off (a torn gzip blob): the whole lines before the break are still records.
      const whole = skipping || held === 0 ? null : cutAtLastLine(parts, held).whole;
      if (whole !== null) yield batchOf({ file, line }, whole);
      // The break tears the line after those: it is where the invalid item is.
      throw error instanceof BrokenStreamError ? error.atLine(whole === null ? line : line + countLines(whole)) : error;
    }
    if (next.done) break;
    let data = next.value;
    if (skipping) {
      const nl = data.indexOf(LF);
      if (nl < 0) continue;
      yield tooLarge(file, line, maxRecordBytes);
      line++;
      skipping = false;
      data = data.subarray(nl + 1);
    }
    if (data.length === 0) continue;
    parts.push(data);
    held += data.length;
    ended ||= data.indexOf(LF) >= 0;
    if (held < batchBytes && held <= maxRecordBytes) continue;
    if (!ended) {
      // No line ends in all that is held: one long line, still going (held in parts, not joined again and again).
      if (held > maxRecordBytes) {
        skipping = true;
        parts = [];
        held = 0;
      }
      continue;
    }
    const { whole, rest } = cutAtLastLine(parts, held);
    yield batchOf({ file, line }, whole!);
    line += countLines(whole!);
    parts = rest.length > 0 ? [rest] : [];
    held = rest.length;
    ended = false;
    if (held > maxRecordBytes) {
      skipping = true;
      parts = [];
      held = 0;
    }
  }
  if (skipping) yield tooLarge(file, line, maxRecordBytes);
  else yield* lastLinesEvents(file, line, held > 0 ? (parts.length === 1 ? parts[0]! : Buffer.concat(parts, held)) : null, arrayElements, watch);
}

/** The held bytes cut after their last line end: the whole lines (null when no line ends in them) and the rest. */
function cutAtLastLine(parts: Uint8Array[], held: number): { whole: Uint8Array | null; rest: Uint8Array } {
  const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held);
  const last = joined.lastIndexOf(LF);
  return { whole: last < 0 ? null : joined.subarray(0, last + 1), rest: joined.subarray(last + 1) };
}

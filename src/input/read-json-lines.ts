import { textPieces } from './bom-joins.js';
import { BrokenStreamError, DEFAULT_MAX_RECORD_BYTES, type InputEvent, type Prefilter, type SourceLocation } from './input-event.js';
import { rawJsonEvents, tornTailEvents } from './record-events.js';
import { isOverLimit, tooLarge } from './record-size-limit.js';
import { textEndsInsideValue } from './torn-tail.js';


/**
 * Reads JSON Lines from text (UTF-16 files; UTF-8 is read as bytes, see read-line-batches.ts): one JSON value
 * a line (LF or CRLF), blank lines passed over, 1-based line numbers; BOMs where files or blocks were joined are
 * dropped and cut at as in UTF-8 (bom-joins.ts). Each record is prefiltered raw, then parsed; an Event Hubs
 * envelope line yields its records. A line over the size limit is not held.
 */
export async function* readJsonLines(
  text: AsyncIterable<string>,
  file: string,
  prefilter: Prefilter | undefined,
  maxRecordBytes = DEFAULT_MAX_RECORD_BYTES,
): AsyncGenerator<InputEvent> {
  const pending: string[] = []; // the start of a line that spans chunks
  let held = 0;
  let oversized = false; // the line that spans chunks is over the limit: its text is dropped
  let line = 0;
  try {
    for await (const chunk of text) {
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
        line++;
        let raw = chunk.slice(start, nl);
        start = nl + 1;
        if (oversized || pending.length > 0) {
          pending.push(raw);
          raw = oversized ? '' : pending.join('');
          pending.length = 0;
          held = 0;
          if (oversized || isOverLimit(raw, maxRecordBytes)) {
            oversized = false;
            yield tooLarge(file, line, maxRecordBytes);
            continue;
          }
        }
        yield* lineEvents(raw, { file, line }, prefilter, maxRecordBytes);
      }
      if (start < chunk.length && !oversized) {
        pending.push(start === 0 ? chunk : chunk.slice(start));
        held += chunk.length - start;
        if (held > maxRecordBytes) {
          oversized = true;
          pending.length = 0;
        }
      }
    }
  } catch (error) {
    // A stream that breaks off (a torn gzip blob): the line it tears is the one after the whole lines read.
    throw error instanceof BrokenStreamError ? error.atLine(line + 1) : error;
  }
  if (oversized) yield tooLarge(file, line + 1, maxRecordBytes);
  // The last line, with no line end after it: the file may end inside its last record (torn-tail.ts).
  else if (pending.length > 0) yield* lineEvents(pending.join(''), { file, line: line + 1 }, prefilter, maxRecordBytes, true);
}

/**
 * The events of a line: of each record on it, around BOMs as UTF-8 bytes are read (bom-joins.ts). `last`: the file's
 * last line, with no line end after it, whose last record is torn when the file ends inside it (tornTailEvents).
 */
function* lineEvents(raw: string, at: SourceLocation, prefilter: Prefilter | undefined, maxRecordBytes: number, last = false): Generator<InputEvent> {
  const texts = textPieces(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (isBlank(text)) continue;
    if (isOverLimit(text, maxRecordBytes)) yield tooLarge(at.file, at.line, maxRecordBytes);
    else if (last && i === texts.length - 1 && textEndsInsideValue(text)) yield* tornTailEvents(text, at, prefilter);
    else yield* rawJsonEvents(text, at, prefilter);
  }
}

/** White space or NUL alone, as split-lines.ts judges UTF-8: a file padded with NULs (after a crash, or by a preallocating writer) holds no record there. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x00) return false;
  }
  return true;
}

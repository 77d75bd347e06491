import type { InputEvent, Prefilter, SourceLocation } from './input-event.js';
import { rawJsonEvents } from './record-events.js';


/**
 * Reads JSON Lines: one JSON value a line (LF or CRLF), blank lines passed over, 1-based line numbers.
 * Each line is prefiltered raw, then parsed; an Event Hubs envelope line yields its records.
 */
export async function* readJsonLines(text: AsyncIterable<string>, file: string, prefilter: Prefilter | undefined): AsyncGenerator<InputEvent> {
  const pending: string[] = []; // the start of a line that spans chunks
  let line = 0;
  for await (const chunk of text) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      line++;
      let raw = chunk.slice(start, nl);
      if (pending.length > 0) {
        pending.push(raw);
        raw = pending.join('');
        pending.length = 0;
      }
      start = nl + 1;
      yield* lineEvents(raw, { file, line }, prefilter);
    }
    if (start < chunk.length) pending.push(start === 0 ? chunk : chunk.slice(start));
  }
  if (pending.length > 0) yield* lineEvents(pending.join(''), { file, line: line + 1 }, prefilter);
}

function* lineEvents(raw: string, at: SourceLocation, prefilter: Prefilter | undefined): Generator<InputEvent> {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (!isBlank(text)) yield* rawJsonEvents(text, at, prefilter);
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

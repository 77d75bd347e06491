import { elementsOf } from './elements-plan.js';
import { BrokenStreamError, type InputEvent, type Prefilter } from './input-event.js';
import { JsonElementScanner } from './json-element-scanner.js';
import { scannedValueEvents } from './record-events.js';
import type { ScannedValue } from './scanned-value.js';

/**
 * Where the elements read are: in the array at this path (object keys from the top: [] for a top-level array,
 * ["records"] for an Event Hubs envelope), or 'stream': the values of a stream of JSON values one after another
 * (`jq .`'s output), read as the elements of an array around them (see JsonElementScanner).
 */
export type ElementsAt = readonly string[] | 'stream';

/** The scanner that reads the elements at `at`. */
export function elementScanner(at: ElementsAt, maxRecordBytes?: number): JsonElementScanner {
  return at === 'stream' ? new JsonElementScanner(elementsOf([]), maxRecordBytes, true) : new JsonElementScanner(elementsOf(at), maxRecordBytes);
}

/**
 * Reads the elements of one array inside JSON text (or of a stream of values) of any size and layout, one at a time:
 * each raw element is prefiltered, then parsed on its own, so that one bad element costs only itself.
 * (UTF-16 text; UTF-8 is read as bytes, see read-element-bytes.ts.)
 */
export async function* readJsonElements(
  text: AsyncIterable<string>,
  file: string,
  at: ElementsAt,
  prefilter: Prefilter | undefined,
  maxRecordBytes?: number,
): AsyncGenerator<InputEvent> {
  const scanner = elementScanner(at, maxRecordBytes);
  const events: InputEvent[] = [];
  try {
    for await (const chunk of text) {
      for (const value of scanner.push(chunk)) elementEvents(value, file, prefilter, events);
      yield* events.splice(0);
    }
  } catch (error) {
    // A stream that breaks off (a torn gzip blob): placed at the line the text ends on, as in JSON Lines.
    throw error instanceof BrokenStreamError ? error.atLine(scanner.currentLine()) : error;
  }
  for (const value of scanner.end()) elementEvents(value, file, prefilter, events, true);
  yield* events;
}

/** Adds the events of one scanned element to `events`; `fileEnds`: it is one the scanner's end gave (see scannedValueEvents). */
export function elementEvents(value: ScannedValue, file: string, prefilter: Prefilter | undefined, events: InputEvent[], fileEnds = false): void {
  scannedValueEvents(value, { file, line: value.line }, prefilter, events, fileEnds);
}

import type { InputEvent, Prefilter } from './input-event.js';
import { type ScanPlan, JsonElementScanner } from './json-element-scanner.js';
import { rawJsonEvents } from './record-events.js';
import type { PathStep, ScannedValue } from './scanned-value.js';

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
 * A plan that streams the elements of the array at `arrayPath` (object keys from the top):
 * [] for a top-level array, ["records"] for an Event Hubs envelope. Keys match in any case (`"Records"`).
 * Everything else is passed over.
 */
export function elementsOf(arrayPath: readonly string[]): ScanPlan {
  return (path: readonly PathStep[]) => {
    const depth = Math.min(path.length, arrayPath.length);
    for (let i = 0; i < depth; i++) if (!sameStep(path[i]!, arrayPath[i]!)) return 'skip';
    if (path.length <= arrayPath.length) return 'descend';
    return path.length === arrayPath.length + 1 && typeof path[arrayPath.length] === 'number' ? 'capture' : 'skip';
  };
}

/** Whether a step of a path read is the key (in any case) that a path asked for names. */
function sameStep(step: PathStep, key: string): boolean {
  return step === key || (typeof step === 'string' && step.length === key.length && step.toLowerCase() === key);
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
  for await (const chunk of text) {
    for (const value of scanner.push(chunk)) elementEvents(value, file, prefilter, events);
    yield* events.splice(0);
  }
  for (const value of scanner.end()) elementEvents(value, file, prefilter, events);
  yield* events;
}

/** Adds the events of one scanned element to `events`. */
export function elementEvents(value: ScannedValue, file: string, prefilter: Prefilter | undefined, events: InputEvent[]): void {
  const at = { file, line: value.line };
  if (value.problem === undefined) for (const event of rawJsonEvents(value.raw, at, prefilter)) events.push(event);
  else if (value.raw !== '' && prefilter !== undefined && !prefilter(value.raw)) events.push({ kind: 'filtered', at });
  else events.push({ kind: 'invalid', at, reason: value.problem });
}

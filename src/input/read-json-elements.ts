import type { InputEvent, Prefilter } from './input-event.js';
import { type PathStep, type ScanPlan, type ScannedValue, JsonElementScanner } from './json-element-scanner.js';
import { rawJsonEvents } from './record-events.js';

/**
 * A plan that streams the elements of the array at `arrayPath` (object keys from the top):
 * [] for a top-level array, ["records"] for an Event Hubs envelope. Everything else is passed over.
 */
export function elementsOf(arrayPath: readonly string[]): ScanPlan {
  return (path: readonly PathStep[]) => {
    const depth = Math.min(path.length, arrayPath.length);
    for (let i = 0; i < depth; i++) if (path[i] !== arrayPath[i]) return 'skip';
    if (path.length <= arrayPath.length) return 'descend';
    return path.length === arrayPath.length + 1 && typeof path[arrayPath.length] === 'number' ? 'capture' : 'skip';
  };
}

/**
 * Reads the elements of one array inside JSON text of any size and layout, one at a time:
 * each raw element is prefiltered, then parsed on its own, so that one bad element costs only itself.
 */
export async function* readJsonElements(
  text: AsyncIterable<string>,
  file: string,
  arrayPath: readonly string[],
  prefilter: Prefilter | undefined,
  maxRecordBytes?: number,
): AsyncGenerator<InputEvent> {
  const scanner = new JsonElementScanner(elementsOf(arrayPath), maxRecordBytes);
  for await (const chunk of text) {
    for (const value of scanner.push(chunk)) yield* elementEvents(value, file, prefilter);
  }
  for (const value of scanner.end()) yield* elementEvents(value, file, prefilter);
}

function* elementEvents(value: ScannedValue, file: string, prefilter: Prefilter | undefined): Generator<InputEvent> {
  const at = { file, line: value.line };
  if (value.problem === undefined) yield* rawJsonEvents(value.raw, at, prefilter);
  else if (value.raw !== '' && prefilter !== undefined && !prefilter(value.raw)) yield { kind: 'filtered', at };
  else yield { kind: 'invalid', at, reason: value.problem };
}

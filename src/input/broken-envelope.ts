import { elementsOf } from './elements-plan.js';
import { JsonElementScanner } from './json-element-scanner.js';
import type { ScannedValue } from './scanned-value.js';

/** An object that names a `"records": [` (the key in any case), maybe after other keys: an Event Hubs envelope. */
const OBJECT_START = /^\s*\{/;
const RECORDS_KEY = /"records"\s*:\s*\[/i;

/**
 * The elements of an Event Hubs envelope that JSON.parse refused, each as its own raw text (or with the problem that
 * keeps it from being one), as a pretty or streamed envelope's elements are read (read-json-elements.ts); null when
 * the text is no object with a top-level "records" array that holds anything. An envelope on one line (a small one, a
 * consumer's dump of one event a line, a Capture EventData's Body) is parsed whole for speed, so without this one
 * broken record would cost every record of its event.
 */
export function brokenEnvelopeElements(text: string): ScannedValue[] | null {
  if (!OBJECT_START.test(text) || !RECORDS_KEY.test(text)) return null;
  // No size limit of its own: the elements are parts of a text already held to the record size limit. Only the
  // elements of a top-level "records" are taken: a broken record that holds such a key deeper is none.
  const scanner = new JsonElementScanner(elementsOf(['records']), Number.MAX_SAFE_INTEGER);
  const elements = [...scanner.push(text), ...scanner.end('the text')];
  return elements.length > 0 ? elements : null;
}

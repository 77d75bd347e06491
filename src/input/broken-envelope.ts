import { elementsOf } from './elements-plan.js';
import { JsonElementScanner } from './json-element-scanner.js';
import type { ScannedValue } from './scanned-value.js';

/** `{"records": [` at the start of a text, the key in any case: an Event Hubs envelope, as Azure Monitor sends it. */
const ENVELOPE_START = /^\s*\{\s*"records"\s*:\s*\[/i;

/**
 * The elements of an Event Hubs envelope that JSON.parse refused, each as its own raw text (or with the problem that
 * keeps it from being one), as a pretty or streamed envelope's elements are read (read-json-elements.ts); null when
 * the text does not start as an envelope. An envelope on one line (a small one, or a consumer's dump of one event a
 * line) is parsed whole for speed, so without this one broken record would cost every record of its event.
 */
export function brokenEnvelopeElements(text: string): ScannedValue[] | null {
  if (!ENVELOPE_START.test(text.slice(0, 64))) return null;
  // No size limit of its own: the elements are parts of a text already held to the record size limit.
  const scanner = new JsonElementScanner(elementsOf(['records']), Number.MAX_SAFE_INTEGER);
  return [...scanner.push(text), ...scanner.end()];
}

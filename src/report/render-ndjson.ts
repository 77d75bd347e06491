import { jsonText } from './json-text.js';
import type { SummaryDocument } from './summary-document.js';

/** One line per call: the same objects as `calls[]` of the JSON report, a line at a time. */
export function* renderNdjson(doc: SummaryDocument): Generator<string> {
  for (const call of doc.calls) yield `${jsonText(call)}\n`;
}

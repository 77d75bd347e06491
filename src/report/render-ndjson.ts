import { jsonText } from './json-text.js';
import type { SummaryDocument } from './summary-document.js';

/** One line per call: the same objects as `calls[]` of the JSON report. */
export function renderNdjson(doc: SummaryDocument): string {
  return doc.calls.map((call) => `${jsonText(call)}\n`).join('');
}

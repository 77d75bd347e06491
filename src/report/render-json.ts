import { jsonText } from './json-text.js';
import type { SummaryDocument } from './summary-document.js';

const CALLS_LAST = '"calls": [\n    0\n  ]\n}';

/**
 * The document as JSON.stringify(doc, null, 2) writes it (escaped by jsonText), in pieces: everything before
 * `calls` (its last key), then one call at a time, indented as it would be in place.
 */
export function* renderJson(document: SummaryDocument): Generator<string> {
  const frame = document.calls.length === 0 ? '' : jsonText({ ...document, calls: [0] }, 2);
  if (!frame.endsWith(CALLS_LAST)) {
    yield `${jsonText(document, 2)}\n`;
    return;
  }
  yield frame.slice(0, frame.length - CALLS_LAST.length + '"calls": [\n    '.length);
  let first = true;
  for (const call of document.calls) {
    yield `${first ? '' : ',\n    '}${jsonText(call, 2).replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

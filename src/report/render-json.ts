import { jsonText } from './json-text.js';
import type { SummaryDocument } from './summary-document.js';

/** How `calls` opens inside the document, up to its first element. */
const CALLS_KEY = '"calls": [\n    ';
const CALLS_CLOSE = '\n  ]\n}';
/** The end of the document when `calls` (its last key) holds one element, 0. */
const CALLS_LAST = `${CALLS_KEY}0${CALLS_CLOSE}`;
/** A run of calls stringified alone, `{ "calls": […] }`, opens so. */
const CALLS_OPEN = `{\n  ${CALLS_KEY}`;
/**
 * Calls stringified at a time: many enough that each costs little, few enough that a piece (~27 KB) stays small.
 * JSON.stringify's text of a larger one is a tree of parts that has to be copied whole (flattened) before it can be
 * measured or written: at 50 calls (~85 KB) a piece, writing the bench export's 40 MB report took 405–415 ms of
 * samples (`node --cpu-prof`, writeStdout inclusive) and ~13,000 more page faults; at 16, 164–197 ms (10 and 20
 * alike, 30 between).
 */
export const CALLS_A_PIECE = 16;

/**
 * The document as JSON.stringify(doc, null, 2) writes it (escaped by jsonText), in pieces: everything before
 * `calls` (its last key), then the calls CALLS_A_PIECE at a time, each run stringified inside a `{ "calls": […] }`
 * of its own so that it comes out indented exactly as in place.
 */
export function* renderJson(document: SummaryDocument): Generator<string> {
  const frame = document.calls.length === 0 ? '' : jsonText({ ...document, calls: [0] }, 2);
  if (!frame.endsWith(CALLS_LAST)) {
    yield jsonText(document, 2);
    yield '\n';
    return;
  }
  yield frame.slice(0, frame.length - CALLS_LAST.length + CALLS_KEY.length);
  for (let i = 0; i < document.calls.length; i += CALLS_A_PIECE) {
    const run = jsonText({ calls: document.calls.slice(i, i + CALLS_A_PIECE) }, 2);
    // The comma apart, not joined to the run: a joined string is copied whole (flattened) to be measured and
    // written, ~40 MB of copies and ~8,000 fresh pages on the bench report; a slice is written where it lies.
    if (i > 0) yield ',\n    ';
    yield run.slice(CALLS_OPEN.length, run.length - CALLS_CLOSE.length);
  }
  yield '\n  ]\n}\n';
}

import { escapedTextHolds, needleCharacters, needlesPattern } from '../input/escaped-text.js';
import type { Prefilter } from '../input/input-event.js';
import type { LoadOptions } from '../model/load-calls.js';

/**
 * How `call` reads only the records holding an id (lower case): records of other calls are never parsed. JSON Lines
 * bytes are searched for the id (ids are GUIDs, whose case means nothing) before anything is decoded; the raw text
 * of other shapes' records is tested. With `gather` (standard input, which cannot be read twice), every record is
 * tested on its text instead, and what the id's test passes over is shown to `gather` (slower). A record without
 * the id that holds a `\u` escape of one of the id's characters is tested again with its escapes decoded (escaped-text.ts): the id may be
 * written so (`\u0061bc…`, a `-` as `\u002d`).
 */
export function callSearch(id: string, gather: Prefilter | null): LoadOptions {
  const needle = needlesPattern([id]);
  const characters = needleCharacters([id]);
  const holds = (raw: string) => needle.test(raw) || escapedTextHolds(raw, needle, characters);
  if (gather !== null) return { prefilter: (raw, row) => holds(raw) || gather(raw, row) };
  // One id in any case: findNeedles folds the spellings into one scan. With needles the batches are searched on this
  // thread, each before the next is read: they need no bytes of their own.
  return { needles: [id, id.toUpperCase()], prefilter: holds };
}

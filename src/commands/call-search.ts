import { escapedTextHolds, needleCharacters, needlesPattern } from '../input/escaped-text.js';
import type { Prefilter } from '../input/input-event.js';
import type { LoadOptions } from '../model/load-calls.js';

/**
 * How `call` reads only the records holding an id, given by its spellings (cleaned: clean-call-id.ts; a GUID's "N"
 * form has two): records of other calls are never parsed. JSON Lines bytes are searched for each spelling as given,
 * in lower and in upper case (a GUID's case means nothing; an id that is no GUID is found by its own spelling, even
 * where changing its case changes its length: `İ` is `i̇` in lower case) before anything is decoded; the raw text
 * of other shapes' records is tested. With `gather` (standard input, which cannot be read twice), every record is
 * tested on its text instead, and what the id's test passes over is shown to `gather` (slower). A record without
 * the id that holds a `\u` escape of one of the id's characters is tested again with its escapes decoded (escaped-text.ts): the id may be
 * written so (`\u0061bc…`, a `-` as `\u002d`).
 */
export function callSearch(ids: readonly string[], gather: Prefilter | null): LoadOptions {
  const cased = [...new Set(ids.flatMap((id) => [id, id.toLowerCase(), id.toUpperCase()]))];
  const spellings = cased.flatMap(idSpellings);
  const needle = needlesPattern(spellings);
  const characters = needleCharacters(ids);
  const holds = (raw: string) => needle.test(raw) || escapedTextHolds(raw, needle, characters);
  // Each call's records are tallied: a record read for holding the id may be another call's (countOnlyCall).
  if (gather !== null) return { prefilter: (raw, row) => holds(raw) || gather(raw, row), tallyCalls: true };
  // One id in any case: findNeedles folds the spellings that differ in ASCII case alone into one scan (an id with a
  // `\` or a `"` has two spellings of two lengths, each searched for as written). With needles the batches are
  // searched on this thread, each before the next is read: they need no bytes of their own.
  return { needles: spellings, prefilter: holds, tallyCalls: true };
}

/**
 * The id as typed, and as JSON text writes it when that differs: a `\` or a `"` in an id is escaped there (`ab\\cd`
 * for `ab\cd`), so the bytes of a JSON line do not hold it as typed; a CSV cell holds it as typed. A GUID has neither.
 */
export function idSpellings(id: string): string[] {
  const escaped = JSON.stringify(id).slice(1, -1);
  return escaped === id ? [id] : [id, escaped];
}

import type { Prefilter } from '../input/input-event.js';
import type { LoadOptions } from '../model/load-calls.js';

/**
 * How `call` reads only the records holding an id (lower case): records of other calls are never parsed. JSON Lines
 * bytes are searched for the id (ids are GUIDs, whose case means nothing) before anything is decoded; the raw text
 * of other shapes' records is tested. With `gather` (standard input, which cannot be read twice), every record is
 * tested on its text instead, and what the id's test passes over is shown to `gather` (slower).
 */
export function callSearch(id: string, gather: Prefilter | null): LoadOptions {
  const needle = new RegExp(id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  if (gather !== null) return { prefilter: (raw, row) => needle.test(raw) || gather(raw, row) };
  // One id in any case: findNeedles folds the spellings into one scan. With needles the batches are searched on this
  // thread, each before the next is read: they need no bytes of their own.
  return { needles: [id, id.toUpperCase()], prefilter: (raw: string) => needle.test(raw) };
}

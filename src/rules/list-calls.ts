import type { CallRow } from './call-row.js';
import { compareNames } from './breakdowns/rate-rows.js';
import type { SortField } from './sort-fields.js';

export interface ListingOptions {
  sort: SortField;
  onlyPoor: boolean;
  /** null: every call. */
  limit: number | null;
}

export interface Listing {
  listed: CallRow[];
  /** Calls the listing leaves out (--only-poor, --limit); totals and gates still count them. */
  notListed: number;
}

const unknownLast = (n: number | null, direction: 1 | -1): number => (n === null ? Infinity : direction * n);

const ORDERS: Record<Exclude<SortField, 'quality'>, (a: CallRow, b: CallRow) => number> = {
  start: (a, b) => unknownLast(a.startTime, 1) - unknownLast(b.startTime, 1),
  duration: (a, b) => unknownLast(a.durationSeconds, -1) - unknownLast(b.durationSeconds, -1),
  'poor-streams': (a, b) => b.poorStreams - a.poorStreams,
  legs: (a, b) => b.legs - a.legs,
  id: () => 0,
};

/**
 * Which calls a report lists, in what order: start oldest first; duration, poor-streams and legs most first;
 * ties (and id) by correlation id. `rows` are in quality order already (byQuality). Pure.
 */
export function listCalls(rows: CallRow[], options: ListingOptions): Listing {
  const kept = options.onlyPoor ? rows.filter((a) => a.quality === 'poor') : rows;
  const sorted =
    options.sort === 'quality'
      ? kept
      : [...kept].sort((a, b) => ORDERS[options.sort as Exclude<SortField, 'quality'>](a, b) || compareNames(a.correlationId, b.correlationId));
  const listed = options.limit === null ? sorted : sorted.slice(0, options.limit);
  return { listed, notListed: rows.length - listed.length };
}

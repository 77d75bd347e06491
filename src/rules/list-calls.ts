import type { AssessedCall } from './assess-calls.js';
import { compareNames } from './breakdowns/rate-rows.js';
import { SORT_FIELDS, type SortField } from './sort-fields.js';

/** The orders of the call listing; quality is assessCalls' own order (poor first). */
export { SORT_FIELDS, type SortField };

export interface ListingOptions {
  sort: SortField;
  onlyPoor: boolean;
  /** null: every call. */
  limit: number | null;
}

export interface Listing {
  listed: AssessedCall[];
  /** Calls the listing leaves out (--only-poor, --limit); totals and gates still count them. */
  notListed: number;
}

const unknownLast = (n: number | null, direction: 1 | -1): number => (n === null ? Infinity : direction * n);

const ORDERS: Record<Exclude<SortField, 'quality'>, (a: AssessedCall, b: AssessedCall) => number> = {
  start: (a, b) => unknownLast(a.call.startTime, 1) - unknownLast(b.call.startTime, 1),
  duration: (a, b) => unknownLast(a.call.durationSeconds, -1) - unknownLast(b.call.durationSeconds, -1),
  'poor-streams': (a, b) => b.verdict.poorStreams - a.verdict.poorStreams,
  legs: (a, b) => b.call.legs.length - a.call.legs.length,
  id: () => 0,
};

/**
 * Which calls a report lists, in what order: start oldest first; duration, poor-streams and legs most first;
 * ties (and id) by correlation id. `assessed` is in quality order already. Pure.
 */
export function listCalls(assessed: AssessedCall[], options: ListingOptions): Listing {
  const kept = options.onlyPoor ? assessed.filter((a) => a.verdict.quality === 'poor') : assessed;
  const sorted =
    options.sort === 'quality'
      ? kept
      : [...kept].sort((a, b) => ORDERS[options.sort as Exclude<SortField, 'quality'>](a, b) || compareNames(a.call.correlationId, b.call.correlationId));
  const listed = options.limit === null ? sorted : sorted.slice(0, options.limit);
  return { listed, notListed: assessed.length - listed.length };
}

import type { TimeBound } from '../config/time-bound.js';
import { outsideKqlDatetime } from '../kql/kql-datetime-range.js';
import { UsageError } from './usage-error.js';

/**
 * Refuses a --since / --until moment (`epochMs`, the bound at now) outside 0001-01-01 – 9999-12-31: what a KQL
 * datetime holds, and a .NET DateTime, with which ACS writes every log time. Before year 1, an ISO string is written
 * with an extended year (`-017139-07-31T…`, `999999w` back), which no reader of the JSON expects; after 9999 `+010000-…`.
 * `holder`: what cannot hold it, as the message names it; `everything`: what leaving --since out reads.
 */
export function refuseOutsideDatetimeRange(flag: string, text: string, bound: TimeBound, epochMs: number, holder: string, everything: string): void {
  const outside = outsideKqlDatetime(epochMs);
  if (outside === null) return;
  const moment = bound.kind === 'ago' ? `'${text.trim()}' back from now` : `'${text}'`;
  const edge = outside === 'before' ? 'before 0001-01-01, the earliest' : 'after 9999-12-31, the latest';
  // Leaving the flag out reaches as far as it meant to only on its own side: --since before year 1, --until past 9999.
  const leaveOut =
    flag === '--since' && outside === 'before' ? `: leave --since out to read ${everything}` : flag === '--until' && outside === 'after' ? ': leave --until out to read up to now' : '';
  throw new UsageError(`${flag} ${moment} is ${edge} time ${holder}${leaveOut}`);
}

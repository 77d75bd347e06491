import type { StreamBreakdowns } from '../rules/breakdowns/breakdown-streams.js';
import type { EndReasonBreakdown } from '../rules/breakdowns/end-reasons.js';
import type { FleetBreakdowns } from '../rules/breakdowns/fleet-breakdowns.js';
import type { RateRow } from '../rules/breakdowns/rate-rows.js';
import type { Reliability } from '../rules/breakdowns/reliability.js';

/**
 * One group of streams: `value` as logged (null when not), worst first (worstFirst); byDirection's is `inbound` or
 * `outbound`, inferred from the endpoint type when not logged, as `call` gives it, and null for a logged word that is neither.
 */
export interface StreamRateJson {
  value: string | null;
  streams: number;
  poorStreams: number;
  /** poorStreams / streams, to 4 decimals. */
  poorRate: number;
  /** 95% confidence interval of poorRate (Wilson), to 4 decimals: rows are worst first by its low end. */
  interval: { low: number; high: number };
}

/** `breakdowns` of summarize's JSON: where poor quality, call ends and failures come from, over the selected calls. */
export interface BreakdownsJson {
  streams: Record<keyof StreamBreakdowns, StreamRateJson[]>;
  endReasons: EndReasonBreakdown;
  reliability: Reliability;
}

/** A ratio to 4 decimals: 0.0741, not 0.07407407407407407. */
export function ratio(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function rateJson(row: RateRow): StreamRateJson {
  return { value: row.key, streams: row.total, poorStreams: row.poor, poorRate: ratio(row.rate), interval: { low: ratio(row.interval.low), high: ratio(row.interval.high) } };
}

export function breakdownsJson(fleet: FleetBreakdowns): BreakdownsJson {
  const s = fleet.streams;
  const streams = Object.fromEntries(Object.entries(s).map(([dimension, rows]) => [dimension, (rows as RateRow[]).map(rateJson)])) as BreakdownsJson['streams'];
  const r = fleet.reliability;
  return {
    streams,
    endReasons: fleet.endReasons,
    reliability: {
      ...r,
      operations: r.operations.map((op) => ({ ...op, successRate: ratio(op.successRate), interval: { low: ratio(op.interval.low), high: ratio(op.interval.high) } })),
    },
  };
}

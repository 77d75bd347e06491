import { keptMetrics, keptStream } from '../model/held-streams.js';
import type { CallRecord } from '../schema/call-record.js';
import { RULE_METRICS } from './thresholds.js';

/**
 * A record as summarize holds it: a stream (CallDiagnostics) with only what its rules, breakdowns and listing read
 * — its ids, media, transport and direction, and the metrics the rules judge (RULE_METRICS), in one object of a fixed shape
 * (keptStream) — and every other record whole. `call`, which shows everything, holds streams whole.
 *
 * Streams are most of what summarize holds (214k of the bench export's 286k records). Most are not held as
 * objects at all but in columns (HeldStreams, with the same metrics); this is the shape of the others (the
 * *Updates tables' versions, kept by version) and of every stream made again from the columns to be judged.
 */
export function withJudgedFieldsOnly(record: CallRecord): CallRecord {
  if (record.category !== 'CallDiagnostics') return record;
  return keptStream(record, keptMetrics(record.metrics, RULE_METRICS));
}

/** What summarize holds of the records it reads (LoadOptions): streams in columns, with the metrics judged. */
export const SUMMARIZE_HOLDS = { holdAs: withJudgedFieldsOnly, streamMetrics: RULE_METRICS };

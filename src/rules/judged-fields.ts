import { keptMetrics, keptStream } from '../model/held-streams.js';
import type { CallRecord, StreamMetric } from '../schema/call-record.js';
import { RULE_METRICS } from './thresholds.js';

/**
 * The metrics summarize holds of a stream: those the rules judge, and PacketUtilization, not judged but read for
 * whether it is 0 (zero-packet-streams.ts: media may not have flowed).
 */
export const SUMMARIZE_METRICS: readonly StreamMetric[] = [...RULE_METRICS, 'packetUtilization'];

/**
 * A record as summarize holds it: a stream (CallDiagnostics) with only what its rules, breakdowns and listing read
 * — its ids, media, transport and direction, and SUMMARIZE_METRICS, in one object of a fixed shape
 * (keptStream) — and every other record whole. `call`, which shows everything, holds streams whole.
 *
 * Streams are most of what summarize holds (214k of the bench export's 286k records). Most are not held as
 * objects at all but in columns (HeldStreams, with the same metrics); this is the shape of the others (the
 * *Updates tables' versions, kept by version) and of every stream made again from the columns to be judged.
 */
export function withJudgedFieldsOnly(record: CallRecord): CallRecord {
  if (record.category !== 'CallDiagnostics') return record;
  return keptStream(record, keptMetrics(record.metrics, SUMMARIZE_METRICS));
}

/** What summarize holds of the records it reads (LoadOptions): streams in columns, with SUMMARIZE_METRICS. */
export const SUMMARIZE_HOLDS = { holdAs: withJudgedFieldsOnly, streamMetrics: SUMMARIZE_METRICS };

import type { StreamVerdict } from '../rules/evaluate-call.js';
import { STREAM_METRICS } from '../schema/call-record.js';
import { plural } from './format-values.js';

/** What a report knows of a call's streams: how many, and how many no rule could judge (no metric read). */
export interface StreamCounts {
  streams: number;
  unknownStreams: number;
  /**
   * Of the unknown streams, those with a metric read that no rule judges (a rule turned off, or PacketUtilization
   * alone). Known to the reports of one call; a summary's rows do not carry it, and say "no metric read".
   */
  unjudgedWithMetrics?: number;
}

/** A call verdict's stream counts, as the reports of one call (`call`) give them to the functions below. */
export function streamCountsOf(verdict: { streams: readonly StreamVerdict[]; unknownStreams: number }): StreamCounts {
  let unjudgedWithMetrics = 0;
  for (const { stream, judged } of verdict.streams) {
    if (judged === 0 && STREAM_METRICS.some((m) => stream.metrics[m] !== undefined)) unjudgedWithMetrics++;
  }
  return { streams: verdict.streams.length, unknownStreams: verdict.unknownStreams, unjudgedWithMetrics };
}

/**
 * Why a call's quality is unknown, as every report says it: it has no CallDiagnostics, or none of its streams had
 * a metric a rule could judge ("None", null, "Redacted" …).
 */
export function unknownReason({ streams, unjudgedWithMetrics = 0 }: StreamCounts): string {
  return streams === 0 ? 'no CallDiagnostics' : unjudgedWithMetrics > 0 ? 'no metric a rule judges' : 'no metric read';
}

/** The streams of a call of known quality that no rule could judge: "1 stream: no metric read"; null when none. */
export function unreadStreamsNote({ unknownStreams, unjudgedWithMetrics = 0 }: StreamCounts): string | null {
  return unknownStreams === 0 ? null : `${plural(unknownStreams, 'stream')}: ${unjudgedWithMetrics > 0 ? 'no metric a rule judges' : 'no metric read'}`;
}

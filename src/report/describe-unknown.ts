import type { CallVerdict } from '../rules/evaluate-call.js';
import { plural } from './format-values.js';

/** What a report knows of a call's streams: how many, and how many no rule could judge (no metric read). */
export interface StreamCounts {
  streams: number;
  unknownStreams: number;
  /**
   * Of the unknown streams, those with a metric read that no rule judges (a rule turned off, or PacketUtilization
   * alone): CallVerdict's, as `call` has it and as a summary's rows carry it (CallRow, CallJson).
   */
  unknownStreamsWithMetrics: number;
}

/** A call verdict's stream counts, as the reports of one call (`call`) give them to the functions below. */
export function streamCountsOf(verdict: Pick<CallVerdict, 'streams' | 'unknownStreams' | 'unknownStreamsWithMetrics'>): StreamCounts {
  return { streams: verdict.streams.length, unknownStreams: verdict.unknownStreams, unknownStreamsWithMetrics: verdict.unknownStreamsWithMetrics };
}

/**
 * Why a call's quality is unknown, as every report says it: it has no CallDiagnostics, or none of its streams had
 * a metric a rule could judge ("None", null, "Redacted" …).
 */
export function unknownReason({ streams, unknownStreamsWithMetrics }: StreamCounts): string {
  return streams === 0 ? 'no CallDiagnostics' : unknownStreamsWithMetrics > 0 ? 'no metric a rule judges' : 'no metric read';
}

/** The streams of a call of known quality that no rule could judge: "1 stream: no metric read"; null when none. */
export function unreadStreamsNote({ unknownStreams, unknownStreamsWithMetrics }: StreamCounts): string | null {
  return unknownStreams === 0 ? null : `${plural(unknownStreams, 'stream')}: ${unknownStreamsWithMetrics > 0 ? 'no metric a rule judges' : 'no metric read'}`;
}

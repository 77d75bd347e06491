import { plural } from './format-values.js';

/** What a report knows of a call's streams: how many, and how many no rule could judge (no metric read). */
export interface StreamCounts {
  streams: number;
  unknownStreams: number;
}

/** A call verdict's stream counts, as the reports of one call (`call`) give them to the functions below. */
export function streamCountsOf(verdict: { streams: readonly unknown[]; unknownStreams: number }): StreamCounts {
  return { streams: verdict.streams.length, unknownStreams: verdict.unknownStreams };
}

/**
 * Why a call's quality is unknown, as every report says it: it has no CallDiagnostics, or none of its streams had
 * a metric a rule could judge ("None", null, "Redacted" …).
 */
export function unknownReason({ streams }: StreamCounts): string {
  return streams === 0 ? 'no CallDiagnostics' : 'no metric read';
}

/** The streams of a call of known quality that no rule could judge: "1 stream: no metric read"; null when none. */
export function unreadStreamsNote({ unknownStreams }: StreamCounts): string | null {
  return unknownStreams === 0 ? null : `${plural(unknownStreams, 'stream')}: no metric read`;
}

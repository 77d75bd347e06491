import type { Call, Stream } from '../model/call.js';
import { judgeStream, type StreamJudgement } from './evaluate-stream.js';
import { LimitsByMediaType } from './rule-limits.js';
import type { Quality, StreamIssue } from './issue.js';
import type { Thresholds } from './thresholds.js';

export interface StreamVerdict extends StreamJudgement {
  stream: Stream;
}

export interface CallVerdict {
  quality: Quality;
  streams: StreamVerdict[];
  poorStreams: number;
  /** Streams no rule judges (streamQuality: no metric read): neither poor nor good. */
  unknownStreams: number;
  /** Every stream issue of the call, in stream order. */
  issues: StreamIssue[];
}

/**
 * A call with a poor stream is poor; a call with no stream of known quality (no CallDiagnostics, or no metric read on
 * any of its streams) is unknown; the others are good, whatever streams of theirs were not judged (unknownStreams).
 */
export function evaluateCall(call: Call, thresholds: Thresholds, limits = new LimitsByMediaType(thresholds)): CallVerdict {
  const streams = call.streams.map((stream): StreamVerdict => {
    // Spelled out, not spread: a spread object keeps the fields it gains outside itself (one more object a stream).
    const { issues, judged } = judgeStream(stream, thresholds, limits);
    return { stream, issues, judged };
  });
  const poor = streams.filter((s) => s.issues.length > 0);
  let unknownStreams = 0;
  for (const s of streams) if (s.judged === 0) unknownStreams++;
  const quality: Quality = poor.length > 0 ? 'poor' : unknownStreams === streams.length ? 'unknown' : 'good';
  return { quality, streams, poorStreams: poor.length, unknownStreams, issues: poor.flatMap((s) => s.issues) };
}

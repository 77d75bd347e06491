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
  /** Every stream issue of the call, in stream order. */
  issues: StreamIssue[];
}

/** A stream with a breach is poor; a call with a poor stream is poor; a call without CallDiagnostics is unknown. */
export function evaluateCall(call: Call, thresholds: Thresholds, limits = new LimitsByMediaType(thresholds)): CallVerdict {
  const streams = call.streams.map((stream): StreamVerdict => {
    // Spelled out, not spread: a spread object keeps the fields it gains outside itself (one more object a stream).
    const { issues, judged } = judgeStream(stream, thresholds, limits);
    return { stream, issues, judged };
  });
  const poor = streams.filter((s) => s.issues.length > 0);
  const quality: Quality = call.streams.length === 0 ? 'unknown' : poor.length > 0 ? 'poor' : 'good';
  return { quality, streams, poorStreams: poor.length, issues: poor.flatMap((s) => s.issues) };
}

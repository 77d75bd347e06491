import type { Call, Stream } from '../model/call.js';
import { STREAM_METRICS } from '../schema/call-record.js';
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
  /**
   * Of unknownStreams, those with a metric read that no rule judges (its rule turned off, a limit only for other
   * media types, or PacketUtilization alone): "no metric a rule judges", where the others are "no metric read".
   */
  unknownStreamsWithMetrics: number;
  /** Every stream issue of the call, in stream order. */
  issues: StreamIssue[];
}

/**
 * A call with a poor stream is poor; a call with no stream of known quality (no CallDiagnostics, or no metric read on
 * any of its streams) is unknown; the others are good, whatever streams of theirs were not judged (unknownStreams).
 */
export function evaluateCall(call: Call, thresholds: Thresholds, limits = new LimitsByMediaType(thresholds)): CallVerdict {
  // In one loop, with no arrays but the verdicts and the issues: run for every call of an export.
  const streams = new Array<StreamVerdict>(call.streams.length);
  let poorStreams = 0;
  let unknownStreams = 0;
  let unknownStreamsWithMetrics = 0;
  let issues: StreamIssue[] = [];
  for (let i = 0; i < streams.length; i++) {
    const stream = call.streams[i]!;
    // Spelled out, not spread: a spread object keeps the fields it gains outside itself (one more object a stream).
    const judgement = judgeStream(stream, thresholds, limits);
    streams[i] = { stream, issues: judgement.issues, judged: judgement.judged };
    if (judgement.judged === 0) {
      unknownStreams++;
      if (hasMetricRead(stream)) unknownStreamsWithMetrics++;
    }
    if (judgement.issues.length === 0) continue;
    // A call's first poor stream lends it its issues; a second makes them an array of the call's own.
    if (poorStreams === 0) issues = judgement.issues as StreamIssue[];
    else {
      if (poorStreams === 1) issues = issues.slice();
      for (const issue of judgement.issues) issues.push(issue);
    }
    poorStreams++;
  }
  const quality: Quality = poorStreams > 0 ? 'poor' : unknownStreams === streams.length ? 'unknown' : 'good';
  return { quality, streams, poorStreams, unknownStreams, unknownStreamsWithMetrics, issues };
}

/** Whether any metric of the stream was read (a value, not "None", null or "Redacted"), judged by a rule or not. */
export function hasMetricRead(stream: Stream): boolean {
  for (const metric of STREAM_METRICS) if (stream.metrics[metric] !== undefined) return true;
  return false;
}

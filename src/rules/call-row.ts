import type { Quality, StreamIssue, StreamRef } from './issue.js';
import type { AssessedCall } from './assess-calls.js';
import { compareText } from '../model/compare-text.js';
import { decodeEndReason } from './decode-end-reason.js';
import { zeroPacketStreamsOf } from './zero-packet-streams.js';

/**
 * What summarize keeps of a judged call once its records are let go: what the totals, the listing and every
 * report read. Plain data (no records), so that a worker judging some of the calls can hand it back.
 */
export interface CallRow {
  correlationId: string;
  callType: string | null;
  /** Epoch ms; null without a CallSummary. */
  startTime: number | null;
  durationSeconds: number | null;
  legs: number;
  streams: number;
  quality: Quality;
  poorStreams: number;
  /** Streams no rule could judge (no metric read): of unknown quality, in neither poorStreams nor the known ones. */
  unknownStreams: number;
  /**
   * Of unknownStreams, those with a metric read that no rule judges (CallVerdict's): what tells "no metric a rule
   * judges" from "no metric read", as `call` tells them. A stream that logs only metrics summarize does not hold (RTT
   * max, bitrate) counts here too: it keeps one of them (keptMetrics' stand-in).
   */
  unknownStreamsWithMetrics: number;
  /** Every stream issue of the call, in stream order. */
  issues: StreamIssue[];
  /** Its legs that ended on an unexpected error, dropped or not (decode-end-reason.ts), in leg order. */
  failedLegs: FailedLeg[];
  /** Its streams whose PacketUtilization was read as 0 (media may not have flowed), in stream order; not a quality rule. */
  zeroPacketStreams: StreamRef[];
}

/** A leg that ended on an unexpected error: whose it was and how it ended. */
export interface FailedLeg {
  participantId: string | null;
  endpointId: string | null;
  code: number | null;
  subCode: number | null;
  resultCategory: string | null;
  dropped: boolean;
}

export function callRowOf({ call, verdict }: AssessedCall): CallRow {
  return {
    correlationId: call.correlationId,
    callType: call.callType,
    startTime: call.startTime,
    durationSeconds: call.durationSeconds,
    legs: call.legs.length,
    streams: call.streams.length,
    quality: verdict.quality,
    poorStreams: verdict.poorStreams,
    unknownStreams: verdict.unknownStreams,
    unknownStreamsWithMetrics: verdict.unknownStreamsWithMetrics,
    issues: verdict.issues,
    failedLegs: call.legs.flatMap((leg) => {
      const { code, subCode, resultCategory, dropped, failed } = decodeEndReason(leg.endReasonCode, leg.endReasonSubCode, leg.resultCategory);
      return failed ? [{ participantId: leg.participantId, endpointId: leg.endpointId, code, subCode, resultCategory, dropped }] : [];
    }),
    zeroPacketStreams: zeroPacketStreamsOf(call.streams),
  };
}

const QUALITY_ORDER: Record<Quality, number> = { poor: 0, unknown: 1, good: 2 };

/** summarize's own order: poor calls first (most poor streams first), then unknown, then good; by start time within, then id. */
export function byQuality(a: CallRow, b: CallRow): number {
  return (
    QUALITY_ORDER[a.quality] - QUALITY_ORDER[b.quality] ||
    b.poorStreams - a.poorStreams ||
    (a.startTime ?? Infinity) - (b.startTime ?? Infinity) ||
    compareText(a.correlationId, b.correlationId)
  );
}

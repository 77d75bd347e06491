import type { Call, Leg } from '../model/call.js';
import { buildTimeline, type TimelineEvent, type TimelineWords } from '../model/timeline.js';
import type { OperationRecord, SurveyRecord } from '../schema/call-record.js';
import { clientLegs, participantLeg } from './client-legs.js';
import { decodeEndReason, type EndReason } from './decode-end-reason.js';
import { type CallVerdict, evaluateCall } from './evaluate-call.js';
import { otherEndWord } from '../schema/direction-word.js';
import { buildMediaSeries, type MediaSeries, otherEndId } from './evaluate-media-series.js';
import { isFailedOperation, isGood, payloadSubCode, type UserFacingDiagnostic, userFacingDiagnostic } from './evaluate-operation.js';
import type { Quality } from './issue.js';
import { operationLeg } from './operation-leg.js';
import type { Thresholds } from './thresholds.js';

/** An event of the story's timeline; a media one carries its series and the window past the limit it tells of (not in JSON). */
export interface StoryEvent extends TimelineEvent {
  series?: MediaSeries;
  breach?: MediaSeries['breaches'][number];
}

export interface LegStory {
  leg: Leg;
  endReason: EndReason;
}

export interface OperationStory {
  operation: OperationRecord;
  /**
   * The leg it is of: by its participantId, else by its endpointId (a P2P leg's only id) while that leg was in the call
   * (operation-leg.ts); null when neither names one (a rejoin's operations after the device's earlier leg left).
   */
  leg: Leg | null;
  failed: boolean;
  /** A failed operation's subcode from its OperationPayload (as summarize's failures by code read it); null otherwise. */
  subCode: string | null;
  /** What a User Facing Diagnostics event says, Good (a return to it) included; null for another operation. */
  diagnostic: UserFacingDiagnostic | null;
  /** The diagnostic when it is not Good. */
  degraded: UserFacingDiagnostic | null;
}

/** Everything `call` tells of one call: pure, computed once, rendered by each format. */
export interface CallStory {
  call: Call;
  /** The media verdict, as summarize gives it. */
  verdict: CallVerdict;
  legs: LegStory[];
  dropped: LegStory[];
  /** Legs that ended on an unexpected error without being dropped (EndReason.failed): issues too. */
  failedLegs: LegStory[];
  operations: OperationStory[];
  mediaSeries: MediaSeries[];
  /**
   * The leg each client's own participantId is of, by its operations (client-legs.ts): a P2P client's, which no leg
   * has, to its leg.
   */
  clientLegs: ReadonlyMap<string, Leg>;
  /**
   * The leg each media series is of (client-legs.ts' participantLeg): the one whose participantId it logs, else the P2P
   * leg its client's operations tie it to. A series of no leg is not in it.
   */
  seriesLegs: ReadonlyMap<MediaSeries, Leg>;
  /** The leg each media series' other end (its RemoteParticipantId) is of, as seriesLegs reads a series' own id. */
  remoteLegs: ReadonlyMap<MediaSeries, Leg>;
  /** The leg each survey is of, by the participantId it logs, as seriesLegs reads a series'. */
  surveyLegs: ReadonlyMap<SurveyRecord, Leg>;
  timeline: StoryEvent[];
  /**
   * Where the story's "+1m 12s" count from: the call's start, else (no CallSummary: the summary sits in another
   * export) its earliest record, so that when things happened is not lost. Null when no record has a time.
   */
  origin: { time: number; from: 'call-start' | 'first-record' } | null;
  /**
   * poor when any stream issue, dropped or failed leg, failed operation, or client media series past its limit on
   * average; unknown with none and no CallDiagnostics.
   */
  quality: Quality;
  issueCount: number;
}

export function assessCallStory(call: Call, thresholds: Thresholds): CallStory {
  const verdict = evaluateCall(call, thresholds);
  const legs = call.legs.map((leg) => ({ leg, endReason: decodeEndReason(leg.endReasonCode, leg.endReasonSubCode, leg.resultCategory) }));
  const dropped = legs.filter((l) => l.endReason.dropped);
  const failedLegs = legs.filter((l) => l.endReason.failed && !l.endReason.dropped);
  const operations = call.operations.map((operation) => {
    const failed = isFailedOperation(operation);
    const leg = operationLeg(operation, call.legs);
    const diagnostic = userFacingDiagnostic(operation);
    const degraded = diagnostic === null || isGood(diagnostic) ? null : diagnostic;
    return { operation, leg, failed, subCode: failed ? payloadSubCode(operation.payload) : null, diagnostic, degraded };
  });
  const failed = operations.filter((o) => o.failed).length;
  const mediaSeries = buildMediaSeries(call.mediaStats, thresholds);
  const clients = clientLegs(operations);
  const legsOf = <T>(items: readonly T[], id: (item: T) => string | null) =>
    new Map(items.flatMap((item) => {
      const leg = participantLeg(id(item), call.legs, clients);
      return leg === null ? [] : [[item, leg] as const];
    }));
  const seriesLegs = legsOf(mediaSeries, (s) => s.participantId);
  const mediaEvents: StoryEvent[] = mediaSeries.flatMap((s) => {
    const other = otherEndId(s);
    const leg = seriesLegs.get(s);
    return s.breaches.map((b) => {
      const event: StoryEvent = {
        time: b.start,
        kind: 'media',
        detail: `${s.direction ?? '?'} ${s.streamType ?? '?'} ${s.metricName}${other === null ? '' : ` ${otherEndWord(s.direction)} ${other}`} past ${s.rule!.limit} for ${Math.round((b.end - b.start) / 1000)}s (worst ${b.worst})`,
      };
      if (s.participantId) event.participantId = s.participantId;
      // A P2P leg's client logs a participantId of its own, which names no leg: the leg's endpointId, as its joins and
      // its client's operations carry it, says whose the event is (the media-stats log has no EndpointId).
      if (leg?.participantId === null && leg.endpointId) event.endpointId = leg.endpointId;
      event.series = s;
      event.breach = b;
      return event;
    });
  });
  const issueCount = verdict.issues.length + dropped.length + failedLegs.length + failed + mediaSeries.filter((s) => s.poor).length;
  const quality: Quality = issueCount > 0 ? 'poor' : verdict.quality;
  return {
    call,
    verdict,
    legs,
    dropped,
    failedLegs,
    operations,
    mediaSeries,
    clientLegs: clients,
    seriesLegs,
    remoteLegs: legsOf(mediaSeries, (s) => s.remoteParticipantId),
    surveyLegs: legsOf(call.surveys, (s) => s.participantId),
    timeline: buildTimeline(call, mediaEvents, timelineWords(legs, operations)),
    origin: call.startTime !== null ? { time: call.startTime, from: 'call-start' } : firstRecordTime(call),
    quality,
    issueCount,
  };
}

/**
 * The timeline's words for what the story has judged: a leg's end that was dropped or failed, a failed operation's
 * code (as the issues give it: "CreateView Failed (500)"), and what a User Facing Diagnostics event reported, Good or
 * not ("UserFacingDiagnostics Succeeded — networkReconnect: Bad"): without them the story in order told that such an
 * event happened, never that the network went bad before the leg dropped.
 */
function timelineWords(legs: ReadonlyArray<{ leg: Leg; endReason: EndReason }>, operations: readonly OperationStory[]): TimelineWords {
  const ends = new Map(legs.map((l) => [l.leg, l.endReason]));
  const stories = new Map(operations.map((o) => [o.operation, o]));
  return {
    leave: (leg) => {
      const r = ends.get(leg);
      return r?.dropped ? ' (dropped)' : r?.failed ? ' (failed)' : '';
    },
    operation: (op) => {
      const o = stories.get(op);
      if (o === undefined) return '';
      const code = operationCode(o);
      const failure = o.failed && code ? ` (${code})` : '';
      return `${failure}${o.diagnostic === null ? '' : ` — ${o.diagnostic.diagnostic}: ${o.diagnostic.quality}`}`;
    },
  };
}

/**
 * An operation's result code as `call` shows it: its ResultSignature, with a failure's payload subcode after it as
 * summarize's failures by code write it ("403/41023"); "" with neither.
 */
export function operationCode({ operation: op, subCode }: OperationStory): string {
  if (subCode === null) return op.resultSignature ?? '';
  return `${op.resultSignature ?? '-'}/${subCode}`;
}

/** The earliest time any record of the call gives (its own time, or a leg's start), as an origin; null when none. */
function firstRecordTime(call: Call): CallStory['origin'] {
  let first: number | null = null;
  const see = (time: number | null) => {
    if (time !== null && (first === null || time < first)) first = time;
  };
  for (const leg of call.legs) {
    see(leg.participantStartTime);
    see(leg.time);
  }
  for (const records of [call.streams, call.operations, call.mediaStats, call.surveys]) for (const record of records) see(record.time);
  return first === null ? null : { time: first, from: 'first-record' };
}

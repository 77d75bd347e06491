import { type FileCounts, itemsRead } from '../model/file-tally.js';
import type { InputCounts } from '../model/input-counts.js';
import { totalNotRead, type ValuesNotReadInFile } from '../model/values-not-read.js';
import type { UndecidedDates, ZonedFile } from '../model/files-read.js';
import type { Leg } from '../model/call.js';
import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import { streamQuality } from '../rules/evaluate-stream.js';
import type { LegId } from '../rules/match-leg-id.js';
import type { Quality, StreamIssue, StreamRef } from '../rules/issue.js';
import type { Thresholds } from '../rules/thresholds.js';
import { zeroPacketStreamsOf } from '../rules/zero-packet-streams.js';
import { isoOrNull } from './format-values.js';
import { type Direction, directionJson } from './stream-direction.js';
import { type FileCountsJson, fileCountsJson, thresholdsJson, type ThresholdsJson } from './summary-document.js';
import { type LocalTimesJson, localTimesJson } from './local-times-json.js';
import { type UndecidedDatesJson, undecidedDatesJson } from './undecided-dates-json.js';

export interface ParticipantJson {
  participantId: string | null;
  endpointId: string | null;
  endpointType: string | null;
  identifier: string | null;
  startTime: string | null;
  durationSeconds: number | null;
  /** `advice`: what the call-end code table advises for the code (its Advice column); null where it has none. */
  endReason: { code: number | null; subCode: number | null; resultCategory: string | null; message: string | null; advice: string | null };
  dropped: boolean;
  /** Ended on an unexpected error (its result category), dropped or not. */
  failed: boolean;
  sdkVersion: string | null;
  osVersion: string | null;
  /** How the participant took part (client and identity: ACS, Teams, ACS as a Teams external user, …), as logged. */
  participantType: string | null;
  /** The Microsoft tenant of the participant's identity, as logged. */
  participantTenantId: string | null;
  /** A PSTN participant's call type and direction (the log's pstnPartcipantCallType), as logged. */
  pstnParticipantCallType: string | null;
  /** The Teams thread this leg logs: the call's `teamsThreadId` is its first leg's, and legs may disagree. */
  teamsThreadId: string | null;
}

/** `call --format json`: the whole story of one call, a contract like summarize's. */
export interface CallDocument {
  schemaVersion: 1;
  correlationId: string;
  callType: string | null;
  startTime: string | null;
  endTime: string | null;
  durationSeconds: number | null;
  teamsThreadId: string | null;
  quality: Quality;
  issueCount: number;
  /**
   * The leg asked for, when the id given was not the call's but a leg's: the field it matched (participantId, or
   * endpointId: a P2P leg's, or a device's whose legs are the participants with it) and its whole id. Null when the
   * call was asked for by its own id.
   */
  matchedLeg: { field: LegId['field']; id: string } | null;
  /**
   * What the scan read: records of other calls are filtered, on their raw text (never parsed) when it does not hold
   * the id, else once parsed (one that names the call asked for, as a transfer's does, is another call's all the same).
   * read = used + duplicates + superseded + ignored + invalid + filtered, and records = read - invalid - filtered
   * (= used + duplicates + superseded + ignored: the call's own records; most filtered items are never parsed, so not
   * known to be records). `copies`: of the used, those that held what another record of the call holds in other
   * bytes (the same leg or stream from two layouts of an export, or written twice in one with a number written
   * otherwise: 600.0 and 600), shown once; not in the sum. `skippedFiles`: the files that hold no call logs (stderr
   * names each, a version-control folder once with its count of files), not in `files`. `byFile` with --verbose. `timesNotRead`: field values
   * that are not dates, `numbersNotRead`: numeric field values that are not numbers, or are out of what the field
   * can be (a duration below 0 or over 31 days, a metric below 0, a ratio over 1, a freeze over a minute's 60000 ms)
   * (stderr names the files), counted as absent; both of the call's used records only: not of a duplicate, a version
   * superseded, an ignored record, nor another call's (filtered). `undecidedDates`: the CSV files whose dates do not
   * tell day from month, read in the order their form gives (as stderr warns); empty when there is none.
   * `localTimes`: the CSV files whose times are headed in another zone than UTC (`[Local Time]`), read as UTC (as
   * stderr warns): the call's times are off by its offset, its verdict is not; empty when there is none.
   */
  input: {
    files: number;
    read: number;
    records: number;
    used: number;
    copies: number;
    duplicates: number;
    superseded: number;
    ignored: number;
    filtered: number;
    invalid: number;
    skippedFiles: number;
    timesNotRead: number;
    numbersNotRead: number;
    undecidedDates: UndecidedDatesJson[];
    localTimes: LocalTimesJson[];
    byFile?: FileCountsJson[];
  };
  participants: ParticipantJson[];
  streams: Array<{
    participantId: string | null;
    endpointId: string | null;
    endpointType: string | null;
    mediaType: string | null;
    streamId: string | null;
    transportType: string | null;
    /** inbound or outbound: logged, else inferred from endpointType (see stream-direction.ts). */
    direction: Direction | null;
    /** The log's own word (Inbound, Outbound), exact; null when not logged, the direction then inferred. */
    directionLogged: string | null;
    codecName: string | null;
    metrics: Record<string, number>;
    /** poor with an issue; unknown when no rule could judge it (no metric read that has a limit for its media type). */
    quality: Quality;
    issues: readonly StreamIssue[];
  }>;
  issues: StreamIssue[];
  dropped: ParticipantJson[];
  /** Legs that ended on an unexpected error without being dropped. */
  failedLegs: ParticipantJson[];
  /** Streams with PacketUtilization 0 ("media may not be flowing"; not a quality rule), as summarize's calls[] count and name them. */
  streamsWithoutPackets: number;
  zeroPacketStreams: StreamRef[];
  operations: Array<{
    time: string | null;
    operationName: string | null;
    operationType: string | null;
    /** OperationId: the SDK operation's own id. */
    operationId: string | null;
    /** As logged: in a P2P call the client's own, which no leg has (see `leg`). */
    participantId: string | null;
    endpointId: string | null;
    /**
     * The leg (an item of participants) the operation is of: by its participantId, else by its endpointId (a P2P leg's
     * only id); null when neither names a leg, or its endpoint's several legs (a rejoin) leave it unsure.
     */
    leg: { participantId: string | null; endpointId: string | null } | null;
    /** ClientInstanceId: the CallClient object that logged it. */
    clientInstanceId: string | null;
    sdkVersion: string | null;
    userAgent: string | null;
    resultType: string | null;
    resultSignature: string | null;
    /** A failed operation's subcode from its OperationPayload (SubCode, ResultSubCode), as summarize's failuresByCode gives it; else null. */
    subCode: string | null;
    durationMs: number | null;
    failed: boolean;
    /** A User Facing Diagnostics event's diagnostic and quality, Good (a return to it) included; null for another operation. */
    diagnostic: { diagnostic: string; quality: string } | null;
    /** The diagnostic when it is not Good. */
    degraded: { diagnostic: string; quality: string } | null;
    payload: unknown;
  }>;
  mediaSeries: Array<{
    /** As logged: in a P2P call the client's own, which no leg has (see `leg`). */
    participantId: string | null;
    /**
     * The leg (an item of participants) the series is of: the one whose participantId it logs, else (P2P: the media
     * stats have no EndpointId) the leg its client's operations, which log both ids, were joined to; null when neither.
     */
    leg: { participantId: string | null; endpointId: string | null } | null;
    /** The other end of the stream (RemoteParticipantId): each stream a participant receives is a series of its own. */
    remoteParticipantId: string | null;
    /** The other end's endpoint (RemoteEndpointId), as logged: the streams of two senders are two series, by either id. */
    remoteEndpointId: string | null;
    /**
     * The leg the other end is of, as `leg` reads the series' own id: the one whose participantId is its
     * remoteParticipantId, else (P2P) the leg that client's operations were joined to; null when neither (or no
     * remoteParticipantId is logged).
     */
    remoteLeg: { participantId: string | null; endpointId: string | null } | null;
    /** MediaStreamId, when clients log it (the article: not yet instrumented). */
    mediaStreamId: string | null;
    /** inbound or outbound, from MediaStreamDirection (recv, send); null when not logged, or another word. */
    direction: Direction | null;
    /** MediaStreamDirection as logged, exact. */
    directionLogged: string | null;
    streamType: string | null;
    codec: string | null;
    metricName: string;
    /** Its windows with a value, which average, minimum and maximum are over: one with no time (CallClientTimeStamp) too. */
    samples: number;
    /** Over the series (null with no sample): the mean of every data point, the least and the greatest. */
    average: number | null;
    minimum: number | null;
    maximum: number | null;
    limit: number | null;
    /** Its average is past the limit: an issue of the call. */
    poor: boolean;
    breaches: Array<{ start: string; end: string; worst: number }>;
  }>;
  surveys: Array<{
    /** As logged: in a P2P call the client's own, which no leg has (see `leg`). */
    participantId: string | null;
    /** The leg (an item of participants) the survey is of, as a media series' `leg` reads its participantId. */
    leg: { participantId: string | null; endpointId: string | null } | null;
    surveyId: string | null;
    ratings: Record<string, number | string>;
  }>;
  timeline: Array<{ time: string; kind: string; participantId?: string; endpointId?: string; detail?: string }>;
  thresholds: ThresholdsJson;
}

/** A leg as an operation's, a media series' (and its other end's) or a survey's `leg` names it: its two ids. */
function legRef(leg: Leg | null): { participantId: string | null; endpointId: string | null } | null {
  return leg === null ? null : { participantId: leg.participantId, endpointId: leg.endpointId };
}

function participantJson({ leg, endReason }: LegStory): ParticipantJson {
  return {
    participantId: leg.participantId,
    endpointId: leg.endpointId,
    endpointType: leg.endpointType,
    identifier: leg.identifier,
    startTime: isoOrNull(leg.participantStartTime),
    durationSeconds: leg.participantDuration,
    endReason: { code: endReason.code, subCode: endReason.subCode, resultCategory: endReason.resultCategory, message: endReason.message, advice: endReason.advice },
    dropped: endReason.dropped,
    failed: endReason.failed,
    sdkVersion: leg.sdkVersion,
    osVersion: leg.osVersion,
    participantType: leg.participantType,
    participantTenantId: leg.participantTenantId,
    pstnParticipantCallType: leg.pstnParticipantCallType,
    teamsThreadId: leg.teamsThreadId,
  };
}

export function callDocument(
  story: CallStory,
  thresholds: Thresholds,
  counts: InputCounts,
  perFile?: FileCounts[],
  valuesNotRead: readonly ValuesNotReadInFile[] = [],
  asked: LegId | null = null,
  undecidedDates: readonly UndecidedDates[] = [],
  skippedFiles = 0,
  localTimes: readonly ZonedFile[] = [],
): CallDocument {
  const { call } = story;
  const zeroPacketStreams = zeroPacketStreamsOf(call.streams);
  const input: CallDocument['input'] = {
    files: counts.files,
    read: itemsRead(counts),
    records: counts.records,
    used: counts.used,
    copies: counts.copies,
    duplicates: counts.duplicates,
    superseded: counts.superseded,
    ignored: counts.ignored,
    filtered: counts.filtered,
    invalid: counts.invalid,
    skippedFiles,
    timesNotRead: totalNotRead(valuesNotRead, 'time'),
    numbersNotRead: totalNotRead(valuesNotRead, 'number'),
    undecidedDates: undecidedDatesJson(undecidedDates),
    localTimes: localTimesJson(localTimes),
  };
  if (perFile) input.byFile = fileCountsJson(perFile, true);
  return {
    schemaVersion: 1,
    correlationId: call.correlationId,
    callType: call.callType,
    startTime: isoOrNull(call.startTime),
    endTime: isoOrNull(call.endTime),
    durationSeconds: call.durationSeconds,
    teamsThreadId: call.teamsThreadId,
    quality: story.quality,
    issueCount: story.issueCount,
    matchedLeg: asked === null ? null : { field: asked.field, id: asked.id },
    input,
    participants: story.legs.map(participantJson),
    streams: story.verdict.streams.map(({ stream, issues, judged }) => ({
      participantId: stream.participantId,
      endpointId: stream.endpointId,
      endpointType: stream.endpointType,
      mediaType: stream.mediaType,
      streamId: stream.streamId,
      transportType: stream.transportType,
      ...directionJson(stream.streamDirection, stream.endpointType),
      codecName: stream.codecName,
      metrics: { ...stream.metrics },
      quality: streamQuality({ issues, judged }),
      issues,
    })),
    issues: story.verdict.issues,
    dropped: story.dropped.map(participantJson),
    failedLegs: story.failedLegs.map(participantJson),
    streamsWithoutPackets: zeroPacketStreams.length,
    zeroPacketStreams,
    operations: story.operations.map(({ operation: op, leg, failed, subCode, diagnostic, degraded }) => ({
      time: isoOrNull(op.time),
      operationName: op.operationName,
      operationType: op.operationType,
      operationId: op.operationId,
      participantId: op.participantId,
      endpointId: op.endpointId,
      leg: legRef(leg),
      clientInstanceId: op.clientInstanceId,
      sdkVersion: op.sdkVersion,
      userAgent: op.userAgent,
      resultType: op.resultType,
      resultSignature: op.resultSignature,
      subCode,
      durationMs: op.durationMs,
      failed,
      diagnostic,
      degraded,
      payload: op.payload,
    })),
    mediaSeries: story.mediaSeries.map((s) => ({
      participantId: s.participantId,
      leg: legRef(story.seriesLegs.get(s) ?? null),
      remoteParticipantId: s.remoteParticipantId,
      remoteEndpointId: s.remoteEndpointId,
      remoteLeg: legRef(story.remoteLegs.get(s) ?? null),
      mediaStreamId: s.mediaStreamId,
      ...directionJson(s.direction, null, false),
      streamType: s.streamType,
      codec: s.codec,
      metricName: s.metricName,
      samples: s.windows,
      average: s.stats?.average ?? null,
      minimum: s.stats?.minimum ?? null,
      maximum: s.stats?.maximum ?? null,
      limit: s.rule?.limit ?? null,
      poor: s.poor,
      breaches: s.breaches.map((b) => ({ start: isoOrNull(b.start) ?? '', end: isoOrNull(b.end) ?? '', worst: b.worst })),
    })),
    surveys: call.surveys.map((s) => ({ participantId: s.participantId, leg: legRef(story.surveyLegs.get(s) ?? null), surveyId: s.surveyId, ratings: s.ratings })),
    // Every time is a date (durations past any call's are not read), so none is left out here in practice.
    // What an event is of (its leg, operation record, media series) is for the text's and Markdown's words: `detail` says it here.
    timeline: story.timeline.flatMap(({ leg: _leg, operation: _operation, series: _series, breach: _breach, ...e }) => {
      const time = isoOrNull(e.time);
      return time === null ? [] : [{ ...e, time }];
    }),
    thresholds: thresholdsJson(thresholds),
  };
}

import type { LegId } from '../rules/match-leg-id.js';
import type { Quality, StreamIssue, StreamRef } from '../rules/issue.js';
import type { Direction } from './stream-direction.js';
import type { FileCountsJson, ThresholdsJson } from './summary-document.js';
import type { LocalTimesJson } from './local-times-json.js';
import type { UndecidedDatesJson } from './undecided-dates-json.js';

// The JSON of `call --format json`, a contract (schema/call.schema.json is generated from CallDocument here:
// `npm run build:schema`); call-document.ts builds it from a call's story.

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

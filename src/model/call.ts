import type {
  DiagnosticsRecord,
  MediaStatsRecord,
  OperationRecord,
  SummaryRecord,
  SurveyRecord,
} from '../schema/call-record.js';

/** A participant leg: one CallSummary record. A rejoin is a second leg with the same endpointId. */
export type Leg = SummaryRecord;
/** A media stream: one CallDiagnostics record. `Server` streams are the server's side of a group call. */
export type Stream = DiagnosticsRecord;

/** Everything the logs say about one correlationId, whatever files and shapes it came from. */
export interface Call {
  correlationId: string;
  callType: string | null;
  /**
   * When the call started, as far as the logs tell (epoch ms): the earliest of its legs' CallStartTime, or where a leg
   * logs none its ParticipantStartTime. What the reports show; a window selects by callStartTime.
   */
  startTime: number | null;
  /**
   * The call's own start time (epoch ms): the earliest CallStartTime its CallSummary legs log, no fallback; null when
   * none logs one (no CallSummary, or none read as a time). What --since/--until select calls by.
   */
  callStartTime: number | null;
  /**
   * When the call ended (epoch ms): the later of its start + callDuration and its last leg's end. Without callDuration,
   * null while a leg logs no duration (its end is not logged: the call is in progress as far as the logs say).
   */
  endTime: number | null;
  /** The largest callDuration its legs log; without one, from startTime to endTime; null when either is unknown. */
  durationSeconds: number | null;
  teamsThreadId: string | null;
  /** In join order. */
  legs: Leg[];
  streams: Stream[];
  /** In time order. */
  operations: OperationRecord[];
  mediaStats: MediaStatsRecord[];
  surveys: SurveyRecord[];
  /**
   * Records dropped as copies of another of this call's records: the same content read from other bytes (a leg in
   * a storage blob and in a Log Analytics export). Exact duplicates never get this far (RecordLedger).
   */
  copies: number;
}

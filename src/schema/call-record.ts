import type { CallCategory } from './category.js';

/** Every numeric CallDiagnostics metric the tool knows, camelCase as in the JSON contract. */
export const STREAM_METRICS = [
  'roundTripTimeAvg',
  'roundTripTimeMax',
  'jitterAvg',
  'jitterMax',
  'packetLossRateAvg',
  'packetLossRateMax',
  'jitterBufferSizeAvg',
  'jitterBufferSizeMax',
  'healedDataRatioAvg',
  'healedDataRatioMax',
  'videoFrameRateAvg',
  'recvResolutionHeight',
  'recvFreezeDurationPerMinuteInMs',
  'packetUtilization',
  'videoBitRateAvg',
  'videoBitRateMax',
] as const;
export type StreamMetric = (typeof STREAM_METRICS)[number];

interface RecordBase {
  category: CallCategory;
  correlationId: string;
  /** CallUpdatesVersion of the *Updates tables; null elsewhere. */
  version: number | null;
  /**
   * The record's own time, epoch ms: CallClientTimeStamp, else time, else TimeGenerated; for client operations and
   * media samples CallClientTimeStamp alone (the others are when the log was written, not when the event was).
   */
  time: number | null;
}

export interface SummaryRecord extends RecordBase {
  category: 'CallSummary';
  callType: string | null;
  callStartTime: number | null;
  callDuration: number | null;
  teamsThreadId: string | null;
  participantId: string | null;
  participantStartTime: number | null;
  participantDuration: number | null;
  endReasonCode: number | null;
  endReasonSubCode: number | null;
  resultCategory: string | null;
  endpointId: string | null;
  endpointType: string | null;
  identifier: string | null;
  sdkVersion: string | null;
  osVersion: string | null;
  participantTenantId: string | null;
  participantType: string | null;
  pstnParticipantCallType: string | null;
}

export interface DiagnosticsRecord extends RecordBase {
  category: 'CallDiagnostics';
  participantId: string | null;
  endpointId: string | null;
  endpointType: string | null;
  identifier: string | null;
  mediaType: string | null;
  streamId: string | null;
  transportType: string | null;
  streamDirection: string | null;
  codecName: string | null;
  metrics: Partial<Record<StreamMetric, number>>;
}

export interface OperationRecord extends RecordBase {
  category: 'CallClientOperations';
  operationName: string | null;
  operationType: string | null;
  operationId: string | null;
  participantId: string | null;
  endpointId: string | null;
  durationMs: number | null;
  resultType: string | null;
  resultSignature: string | null;
  sdkVersion: string | null;
  userAgent: string | null;
  clientInstanceId: string | null;
  /** OperationPayload parsed when it is JSON, else kept as text. */
  payload: unknown;
}

export interface MediaStatsRecord extends RecordBase {
  category: 'CallClientMediaStatsTimeSeries';
  metricName: string | null;
  count: number | null;
  sum: number | null;
  average: number | null;
  minimum: number | null;
  maximum: number | null;
  direction: string | null;
  streamType: string | null;
  codec: string | null;
  participantId: string | null;
  /** The other end of the stream: one participant receives a video stream from each other participant. */
  remoteParticipantId: string | null;
  /** RemoteEndpointId: the other end's endpoint ("same as EndpointId, but … the user on the remote side of the stream"). */
  remoteEndpointId: string | null;
  /** MediaStreamId: "not currently instrumented in clients"; when it is, it matches CallDiagnostics' streamId. */
  mediaStreamId: string | null;
  aggregationIntervalSeconds: number | null;
}

export interface SurveyRecord extends RecordBase {
  category: 'CallSurvey';
  surveyId: string | null;
  participantId: string | null;
  /** The rating and issue columns present (OverallRatingScore, AudioIssues, …), by their table names. */
  ratings: Record<string, number | string>;
}

export type CallRecord = SummaryRecord | DiagnosticsRecord | OperationRecord | MediaStatsRecord | SurveyRecord;

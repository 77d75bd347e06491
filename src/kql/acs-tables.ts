import type { RuleMetric } from '../rules/thresholds.js';

/**
 * The Log Analytics tables and columns the generated query reads. Names and types from the Azure Monitor
 * table reference: MicrosoftDocs/azure-reference-other azure-monitor-ref/tables/includes/acscalldiagnostics-include.md
 * (commit 04e8b5c978e7aa75c2917ee23ef053b529f95374) and acscallsummary-include.md (commit 97500f29f3b6ac04b7101cfbcbd7d25fdf707023);
 * the *Updates tables add CallUpdatesVersion (learn.microsoft.com/azure/communication-services/concepts/analytics/logs/
 * call-diagnostics-updates-log-schema); the client tables name the call CallId (acscallclientoperations-include.md,
 * acscallclientmediastatstimeseries-include.md, acscallsurvey-include.md). The validator's copy of the schemas is in
 * test/support/acs-table-schemas.ts.
 */
export const DIAGNOSTICS_TABLES = ['ACSCallDiagnostics', 'ACSCallDiagnosticsUpdates'] as const;
export const SUMMARY_TABLES = ['ACSCallSummary', 'ACSCallSummaryUpdates'] as const;
/** Tables that only name calls (by CallId): a call seen only here has no CallDiagnostics and is of unknown quality. */
export const SURVEY_TABLE = 'ACSCallSurvey';
export const CLIENT_TABLES = ['ACSCallClientOperations', 'ACSCallClientMediaStatsTimeSeries', SURVEY_TABLE] as const;

/** The ACSCallDiagnostics column each rule judges. */
export const RULE_COLUMNS: Record<RuleMetric, string> = {
  roundTripTimeAvg: 'RoundTripTimeAvg',
  jitterAvg: 'JitterAvg',
  packetLossRateAvg: 'PacketLossRateAvg',
  jitterBufferSizeAvg: 'JitterBufferSizeAvg',
  jitterBufferSizeMax: 'JitterBufferSizeMax',
  healedDataRatioAvg: 'HealedDataRatioAvg',
  healedDataRatioMax: 'HealedDataRatioMax',
  videoFrameRateAvg: 'VideoFrameRateAvg',
  recvResolutionHeight: 'RecvResolutionHeight',
  recvFreezeDurationPerMinuteInMs: 'RecvFreezeDurationPerMinuteInMs',
};

/**
 * The type of each rule's column in the table reference (acscalldiagnostics-include.md, above): the null a value out
 * of its range becomes is of the column's own type, so that the column keeps it.
 */
export const RULE_COLUMN_TYPES: Record<RuleMetric, 'int' | 'real'> = {
  roundTripTimeAvg: 'int',
  jitterAvg: 'int',
  packetLossRateAvg: 'real',
  jitterBufferSizeAvg: 'int',
  jitterBufferSizeMax: 'int',
  healedDataRatioAvg: 'real',
  healedDataRatioMax: 'real',
  videoFrameRateAvg: 'real',
  recvResolutionHeight: 'int',
  recvFreezeDurationPerMinuteInMs: 'real',
};

/**
 * What makes one stream (the CLI's key for versions of a stream, src/model/version-key.ts) and one leg. StreamDirection
 * is the one the query reads (streamDirectionLines): the direction, logged or inferred.
 */
export const STREAM_KEY = ['CorrelationId', 'ParticipantId', 'EndpointId', 'EndpointType', 'MediaType', 'StreamId', 'StreamDirection'] as const;
export const LEG_KEY = ['CorrelationId', 'ParticipantId', 'EndpointId'] as const;

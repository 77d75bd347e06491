/**
 * The ACS call-log tables of a Log Analytics workspace, columns and types as the Azure Monitor table reference
 * documents them, for validating generated KQL. Sources (repository, path, commit):
 * - ACSCallDiagnostics: MicrosoftDocs/azure-reference-other azure-monitor-ref/tables/includes/acscalldiagnostics-include.md
 *   @ 04e8b5c978e7aa75c2917ee23ef053b529f95374 (learn.microsoft.com/azure/azure-monitor/reference/tables/acscalldiagnostics)
 * - ACSCallSummary: same repository, acscallsummary-include.md @ 97500f29f3b6ac04b7101cfbcbd7d25fdf707023 (ms.date
 *   07/30/2024). The include before it (@ 31d27605756910917fd949cc570901a939060bb4, ms.date 02/18/2024) has neither
 *   ParticipantEndSubCode nor ResultCategory: the `before-end-subcode` schema, which a query must also run on.
 * - ACSCallDiagnosticsUpdates / ACSCallSummaryUpdates: "The only difference in properties between the call diagnostics
 *   updates log schema and the call diagnostics log schema is the additional CallUpdatesVersion property"
 *   (learn.microsoft.com/azure/communication-services/concepts/analytics/logs/call-diagnostics-updates-log-schema and
 *   call-summary-updates-log-schema). The table reference's column include for them was not found, so the type of
 *   CallUpdatesVersion is not documented here: it is declared `long`, and the tests also run with `string` (the query
 *   converts it with tolong()).
 * - ACSCallClientOperations: acscallclientoperations-include.md @ 04e8b5c978e7aa75c2917ee23ef053b529f95374
 * - ACSCallClientMediaStatsTimeSeries: acscallclientmediastatstimeseries-include.md @ 0f8cea788df2edc15c160862922c588197717e9f
 * - ACSCallSurvey: acscallsurvey-include.md @ 31d27605756910917fd949cc570901a939060bb4
 */
const STANDARD = '_BilledSize: real, _IsBillable: string, _ResourceId: string, _SubscriptionId: string, SourceSystem: string, TenantId: string, TimeGenerated: datetime, Type: string';

const DIAGNOSTICS = [
  'Category: string, CorrelationId: string, EndpointId: string, EndpointType: string',
  'HealedDataRatioAvg: real, HealedDataRatioMax: real, Identifier: string, JitterAvg: int, JitterBufferSizeAvg: int',
  'JitterBufferSizeMax: int, JitterMax: int, MediaType: string, OperationName: string, OperationVersion: string',
  'PacketLossRateAvg: real, PacketLossRateMax: real, ParticipantId: string, RecvFreezeDurationPerMinuteInMs: real',
  'RecvResolutionHeight: int, RoundTripTimeAvg: int, RoundTripTimeMax: int, StreamId: long, TransportType: string',
  'VideoFrameRateAvg: real',
].join(', ');

const SUMMARY_COLUMNS = [
  'CallDuration: long, CallStartTime: datetime, CallType: string, Category: string, CorrelationId: string',
  'EndpointId: string, EndpointType: string, Identifier: string, OperationName: string, OperationVersion: string',
  'OsVersion: string, ParticipantDuration: long, ParticipantEndReason: string, ParticipantEndSubCode: string',
  'ParticipantId: string, ParticipantStartTime: datetime, ParticipantTenantId: string, ParticipantType: string',
  'PstnParticipantCallType: string, ResultCategory: string, SdkVersion: string, TeamsThreadId: string',
].join(', ');

const CLIENT_OPERATIONS = [
  'CallClientTimeStamp: datetime, CallId: string, ClientInstanceId: string, DurationMs: long, EndpointId: string',
  'OperationId: string, OperationName: string, OperationPayload: dynamic, OperationType: string, ParticipantId: string',
  'ResultSignature: int, ResultType: string, SdkVersion: string, UserAgent: string',
].join(', ');

const MEDIA_STATS = [
  'AggregationIntervalSeconds: int, Average: real, CallClientTimeStamp: datetime, CallId: string, ClientInstanceId: string',
  'Count: long, EndpointId: string, Maximum: real, MediaStreamCodec: string, MediaStreamDirection: string',
  'MediaStreamId: string, MediaStreamType: string, MetricName: string, Minimum: real, OperationName: string',
  'ParticipantId: string, RemoteEndpointId: string, RemoteParticipantId: string, Sum: real',
].join(', ');

const SURVEY = [
  'AudioIssues: string, AudioRatingScore: int, AudioRatingScoreLowerBound: int, AudioRatingScoreThreshold: int',
  'AudioRatingScoreUpperBound: int, CallId: string, CorrelationId: string, OperationName: string, OperationVersion: string',
  'OverallCallIssues: string, OverallRatingScore: int, OverallRatingScoreLowerBound: int, OverallRatingScoreThreshold: int',
  'OverallRatingScoreUpperBound: int, ParticipantId: string, ScreenshareIssues: string, ScreenshareRatingScore: int',
  'ScreenshareRatingScoreLowerBound: int, ScreenshareRatingScoreThreshold: int, ScreenshareRatingScoreUpperBound: int',
  'SurveyId: string, VideoIssues: string, VideoRatingScore: int, VideoRatingScoreLowerBound: int',
  'VideoRatingScoreThreshold: int, VideoRatingScoreUpperBound: int',
].join(', ');

/** Which documented ACSCallSummary columns: today's, or those before ParticipantEndSubCode and ResultCategory. */
export type SummarySchema = 'documented' | 'before-end-subcode';

const WITHOUT_END_SUBCODE = SUMMARY_COLUMNS.replace('ParticipantEndSubCode: string, ', '').replace('ResultCategory: string, ', '');

/** Table name → Kusto schema text `(Column: type, …)`. */
export function acsTableSchemas(callUpdatesVersionType: 'long' | 'string' = 'long', summarySchema: SummarySchema = 'documented'): Map<string, string> {
  const version = `CallUpdatesVersion: ${callUpdatesVersionType}`;
  const summary = summarySchema === 'documented' ? SUMMARY_COLUMNS : WITHOUT_END_SUBCODE;
  return new Map([
    ['ACSCallDiagnostics', `(${DIAGNOSTICS}, ${STANDARD})`],
    ['ACSCallDiagnosticsUpdates', `(${DIAGNOSTICS}, ${version}, ${STANDARD})`],
    ['ACSCallSummary', `(${summary}, ${STANDARD})`],
    ['ACSCallSummaryUpdates', `(${summary}, ${version}, ${STANDARD})`],
    ['ACSCallClientOperations', `(${CLIENT_OPERATIONS}, ${STANDARD})`],
    ['ACSCallClientMediaStatsTimeSeries', `(${MEDIA_STATS}, ${STANDARD})`],
    ['ACSCallSurvey', `(${SURVEY}, ${STANDARD})`],
  ]);
}

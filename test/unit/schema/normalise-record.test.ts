import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiagnosticsRecord, MediaStatsRecord, OperationRecord, SummaryRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';


function record<T>(value: Record<string, unknown>, table?: string): T {
  const result = normaliseRecord(value, table);
  assert.equal(result.kind, 'record', JSON.stringify(result));
  return (result as unknown as { record: T }).record;
}

test('resource-log CallSummary: strings as numbers, "null" strings, a stray space in an id', () => {
  const r = record<SummaryRecord>({
    time: '2022-08-07T14:20:00Z',
    correlationId: 'c1',
    category: 'CallSummary',
    operationName: 'CallSummary',
    properties: {
      callStartTime: '2022-08-07T13:53:12Z',
      callDuration: 1470,
      callType: 'Group',
      teamsThreadId: '19:36ec5177126fff000aaa521670c804a3@thread.v2',
      participantId: ' b25cf111-73df-4e0a-a888-640000abe34d',
      participantStartTime: '2022-08-07T13:56:45Z',
      participantDuration: '960',
      participantEndReason: '0',
      endpointId: '8731d003-6c1e-4808-8159-effff000aaa2',
      endpointType: 'PSTN',
      sdkVersion: 'Redacted',
      osVersion: 'null',
    },
  });
  assert.equal(r.category, 'CallSummary');
  assert.equal(r.participantId, 'b25cf111-73df-4e0a-a888-640000abe34d');
  assert.equal(r.participantDuration, 960);
  assert.equal(r.endReasonCode, 0);
  assert.equal(r.sdkVersion, 'Redacted');
  assert.equal(r.osVersion, null);
  assert.equal(r.callStartTime, Date.UTC(2022, 7, 7, 13, 53, 12));
});

test('properties as a JSON-encoded string', () => {
  const r = record<DiagnosticsRecord>({
    correlationId: 'c1',
    category: 'CallDiagnostics',
    properties: JSON.stringify({ mediaType: 'Video', streamId: '2804', packetLossRateAvg: '3.146336E-05', endpointType: 'VOIP' }),
  });
  assert.equal(r.mediaType, 'Video');
  assert.equal(r.metrics.packetLossRateAvg, 3.146336e-5);
  assert.equal(r.endpointType, 'VoIP');
});

test('properties string that is not JSON is invalid, not a crash', () => {
  const result = normaliseRecord({ correlationId: 'c1', category: 'CallDiagnostics', properties: '{"mediaType": "Audio"' });
  assert.equal(result.kind, 'invalid');
});

test('Log Analytics row (az CLI): PascalCase, every value a string, "None" for null, Type names the table', () => {
  const r = record<DiagnosticsRecord>({
    TableName: 'PrimaryResult',
    Type: 'ACSCallDiagnostics',
    CorrelationId: 'c2',
    ParticipantId: 'None',
    EndpointType: 'Server',
    EndpointId: 'None',
    MediaType: 'Audio',
    StreamId: '2001',
    RoundTripTimeAvg: '42',
    JitterBufferSizeAvg: '12.5',
    HealedDataRatioAvg: 'None',
    RecvFreezeDurationPerMinuteInMs: '',
  });
  assert.equal(r.correlationId, 'c2');
  assert.equal(r.participantId, null);
  assert.equal(r.endpointId, null);
  assert.deepEqual(r.metrics, { roundTripTimeAvg: 42, jitterBufferSizeAvg: 12.5 });
});

test('Updates tables carry CallUpdatesVersion', () => {
  const r = record<SummaryRecord>({ Type: 'ACSCallSummaryUpdates', CorrelationId: 'c3', CallUpdatesVersion: '2', ParticipantId: 'p' });
  assert.equal(r.category, 'CallSummary');
  assert.equal(r.version, 2);
});

test('client operations name the call CallId, and their own OperationName wins over the envelope', () => {
  const r = record<OperationRecord>({
    time: '2024-01-09T17:06:50.3Z',
    category: 'CallClientOperations',
    operationName: 'CallClientOperations',
    properties: {
      CallClientTimeStamp: '2024-01-09T15:07:56.066Z',
      OperationName: 'CreateView',
      CallId: '92d800c4-abde-40be-91e9-3814ee786b19',
      DurationMs: '577',
      ResultType: 'Succeeded',
      OperationPayload: '{"StreamType":"Video","StreamId":"2.0"}',
    },
  });
  assert.equal(r.correlationId, '92d800c4-abde-40be-91e9-3814ee786b19');
  assert.equal(r.operationName, 'CreateView');
  assert.equal(r.durationMs, 577);
  assert.deepEqual(r.payload, { StreamType: 'Video', StreamId: '2.0' });
  assert.equal(r.time, Date.UTC(2024, 0, 9, 15, 7, 56, 66));
});

test('CSV row of a union query: headers with [UTC], locale dates, empty cells; Type picks the table', () => {
  const r = record<SummaryRecord>({
    'TimeGenerated [UTC]': '11/20/2026, 9:01:05.113 AM',
    Type: 'ACSCallSummary',
    CorrelationId: 'c4',
    'CallStartTime [UTC]': '11/20/2026, 9:00:00.000 AM',
    CallDuration: '120',
    MediaType: '',
    RoundTripTimeAvg: '',
  });
  assert.equal(r.callStartTime, Date.UTC(2026, 10, 20, 9, 0, 0));
  assert.equal(r.callDuration, 120);
});

test('without Type, the columns tell the table', () => {
  const r = record<DiagnosticsRecord>({ CorrelationId: 'c5', MediaType: 'Audio', StreamId: '1', JitterAvg: '3' });
  assert.equal(r.category, 'CallDiagnostics');
});

test("without Type, a projected query's columns tell the table by one column only that table has", () => {
  // `ACSCallDiagnostics | project CorrelationId, MediaType, RoundTripTimeAvg`: no StreamId, a metric.
  assert.equal(record<DiagnosticsRecord>({ CorrelationId: 'c5', MediaType: 'Audio', RoundTripTimeAvg: '612' }).category, 'CallDiagnostics');
  assert.equal(record<DiagnosticsRecord>({ CorrelationId: 'c5', EndpointId: 'e1', 'PacketLossRateAvg [%]': '0.2' }).category, 'CallDiagnostics');
  // `ACSCallSummary | project CorrelationId, ParticipantId, ParticipantEndReason, …`: no start time.
  const summary = record<SummaryRecord>({ CorrelationId: 'c6', ParticipantId: 'p1', ParticipantEndReason: '0', ParticipantEndSubCode: '0' });
  assert.equal(summary.category, 'CallSummary');
  assert.equal(record<SummaryRecord>({ CorrelationId: 'c6', CallType: 'P2P', CallDuration: '60' }).category, 'CallSummary');
  // A union's row of the other table, its columns empty ("" in CSV, "None" from az), does not count.
  assert.equal(record<SummaryRecord>({ CorrelationId: 'c6', ParticipantEndReason: '0', RoundTripTimeAvg: 'None', MediaType: '' }).category, 'CallSummary');
  assert.equal(normaliseRecord({ CorrelationId: 'c7', EndpointId: 'e1', RoundTripTimeAvg: '' }).kind, 'invalid');
});

test('other categories are ignored; objects that are no record are invalid; a record without id is invalid', () => {
  assert.deepEqual(normaliseRecord({ category: 'Usage', correlationId: 'x', properties: {} }), { kind: 'ignored', categoryName: 'Usage' });
  assert.deepEqual(normaliseRecord({ Type: 'ACSChatOperational' }), { kind: 'ignored', categoryName: 'ACSChatOperational' });
  assert.equal(normaliseRecord({ hello: 'world' }).kind, 'invalid');
  assert.equal(normaliseRecord({ category: 'CallSummary', correlationId: 'null', properties: {} }).kind, 'invalid');
});

test('platform metrics (AllMetrics archived without a category, a metrics export) are ignored as AzureMetrics, not invalid', () => {
  const metric = { count: 1, total: 3, minimum: 3, maximum: 3, average: 3, resourceId: '/SUBSCRIPTIONS/X/PROVIDERS/MICROSOFT.COMMUNICATION/COMMUNICATIONSERVICES/ACS1', time: '2026-11-20T09:00:00.0000000Z', metricName: 'APIRequestAuthentication', timeGrain: 'PT1M' };
  assert.deepEqual(normaliseRecord(metric), { kind: 'ignored', categoryName: 'AzureMetrics' });
  assert.deepEqual(normaliseRecord({ MetricName: 'APIRequestChat', Total: '1', TimeGrain: 'PT1H' }), { kind: 'ignored', categoryName: 'AzureMetrics' });
  // Named, the name stands, as for any other category.
  assert.deepEqual(normaliseRecord({ ...metric, category: 'AllMetrics' }), { kind: 'ignored', categoryName: 'AllMetrics' });
  // A media-stats sample has metricName and CallId: still one.
  assert.equal(record<MediaStatsRecord>({ CallId: 'c1', MetricName: 'JitterAvg', Average: '3', TimeGrain: 'PT1M' }).category, 'CallClientMediaStatsTimeSeries');
  assert.equal(normaliseRecord({ metricName: 'x' }).kind, 'invalid');
});

test('a survey names the call CallId (its CorrelationId holds the participant) and keeps its ratings', () => {
  const result = normaliseRecord(
    {
      Type: 'ACSCallSurvey',
      CallId: 'call-1',
      CorrelationId: 'participant-1',
      ParticipantId: 'participant-1',
      SurveyId: 's1',
      OverallRatingScore: '2',
      OverallRatingScoreUpperBound: '5',
      AudioIssues: 'Echo,Distorted',
      VideoRatingScore: 'None',
    },
  );
  assert.equal(result.kind, 'record');
  const r = (result as unknown as { record: { correlationId: string; ratings: Record<string, unknown> } }).record;
  assert.equal(r.correlationId, 'call-1');
  assert.deepEqual(r.ratings, { OverallRatingScore: 2, OverallRatingScoreUpperBound: 5, AudioIssues: 'Echo,Distorted' });
});

test('a survey without CallId names no call (its CorrelationId is the participant\'s): invalid, not a call of its own', () => {
  const result = normaliseRecord({ Type: 'ACSCallSurvey', CorrelationId: 'participant-1', SurveyId: 's1', OverallRatingScore: '2' });
  assert.deepEqual(result, { kind: 'invalid', reason: 'CallSurvey record without a CallId' });
  // Without a ParticipantId column, the CorrelationId is the participant's.
  const named = normaliseRecord({ Type: 'ACSCallSurvey', CallId: 'call-1', CorrelationId: 'participant-1', SurveyId: 's1' });
  assert.equal(named.kind === 'record' && (named.record as { participantId: string | null }).participantId, 'participant-1');
});

test('times not read as dates are absent, and counted with the first text and its field; a record whose times are all read has no count', () => {
  const value = {
    time: '2026-11-20T09:00:00Z',
    category: 'CallSummary',
    correlationId: 'c1',
    properties: { callStartTime: '2026-11-31T24:61:99Z', participantStartTime: '2026-02-30T09:00:00Z', callDuration: 60 },
  };
  const result = normaliseRecord(value);
  assert.equal(result.kind, 'record');
  if (result.kind !== 'record') return;
  const r = result.record as SummaryRecord;
  assert.equal(r.callStartTime, null);
  assert.equal(r.participantStartTime, null);
  assert.equal(r.time, Date.UTC(2026, 10, 20, 9));
  assert.deepEqual(result.timesNotRead, { count: 2, first: '2026-11-31T24:61:99Z', field: 'callStartTime' });
  const client = normaliseRecord({ CallClientTimeStamp: '20.13.2026, 10:31:44.902', TimeGenerated: '2026-11-20T09:00:00Z', Type: 'ACSCallClientOperations', CallId: 'c1', OperationName: 'Join' });
  assert.ok(client.kind === 'record');
  assert.equal(client.record.time, null, 'not when Azure Monitor wrote the record (TimeGenerated): that is not when the operation was');
  assert.deepEqual(client.timesNotRead, { count: 1, first: '20.13.2026, 10:31:44.902', field: 'callClientTimeStamp' }, 'named as the normaliser names it, not as the export spells it');
  const good = normaliseRecord({ ...value, properties: { callStartTime: '2026-11-20T08:59:00Z' } });
  assert.equal(good.kind === 'record' && 'timesNotRead' in good, false);
});

test('numbers not read are absent, and counted with the first text and its field; absent spellings and numbers read are not', () => {
  const value = {
    time: '2026-11-20T09:00:00Z',
    category: 'CallDiagnostics',
    correlationId: 'c1',
    properties: { mediaType: 'Audio', streamId: '1', roundTripTimeAvg: '1,000', jitterAvg: '12,5', packetLossRateAvg: '15%', jitterMax: 'None', healedDataRatioAvg: '' },
  };
  const result = normaliseRecord(value);
  assert.equal(result.kind, 'record');
  if (result.kind !== 'record') return;
  assert.deepEqual((result.record as DiagnosticsRecord).metrics, { jitterAvg: 12.5 });
  assert.deepEqual(result.numbersNotRead, { count: 2, first: '1,000', field: 'roundTripTimeAvg' });
  assert.equal('timesNotRead' in result, false);
  const summary = normaliseRecord({ category: 'CallSummary', correlationId: 'c1', properties: { callDuration: '60 s', participantDuration: '-5', participantEndReason: { code: 1 } } });
  assert.ok(summary.kind === 'record');
  assert.deepEqual(summary.numbersNotRead, { count: 3, first: '60 s', field: 'callDuration' }, 'a negative duration is read, and out of range');
  const good = normaliseRecord({ ...value, properties: { mediaType: 'Audio', streamId: '1', roundTripTimeAvg: '48,5', jitterAvg: 3 } });
  assert.equal(good.kind === 'record' && 'numbersNotRead' in good, false);
});

test('durations below 0 or over 31 days are absent, and counted as numbers not read, saying how the first is out of range', () => {
  const summary = (properties: Record<string, unknown>) => normaliseRecord({ category: 'CallSummary', correlationId: 'c1', properties });
  const negative = summary({ callDuration: -5, participantDuration: '600' });
  assert.ok(negative.kind === 'record');
  assert.equal((negative.record as SummaryRecord).callDuration, null);
  assert.equal((negative.record as SummaryRecord).participantDuration, 600);
  assert.deepEqual(negative.numbersNotRead, { count: 1, first: '-5', field: 'callDuration', outOfRange: 'below 0' });
  const long = summary({ callDuration: '600', participantDuration: 2_764_800, participantEndReason: '15%' });
  assert.ok(long.kind === 'record');
  assert.equal((long.record as SummaryRecord).participantDuration, null);
  assert.deepEqual(long.numbersNotRead, { count: 2, first: '2764800', field: 'participantDuration', outOfRange: 'over 31 days' });
  const edges = summary({ callDuration: 0, participantDuration: 31 * 24 * 3600 });
  assert.ok(edges.kind === 'record');
  assert.deepEqual([(edges.record as SummaryRecord).callDuration, (edges.record as SummaryRecord).participantDuration], [0, 31 * 24 * 3600]);
  assert.equal('numbersNotRead' in edges, false, 'from 0 to 31 days, both ends in');
});

test('metrics a stream cannot have (below 0, a ratio over 1, a freeze over a minute) are absent, and counted as numbers not read', () => {
  const diagnostics = (metrics: Record<string, unknown>) =>
    normaliseRecord({ category: 'CallDiagnostics', correlationId: 'c1', properties: { mediaType: 'Video', streamId: '1', ...metrics } });
  const bad = diagnostics({ packetLossRateAvg: '-0.5', roundTripTimeAvg: '-5', healedDataRatioMax: 10, videoFrameRateAvg: '-1', RecvFreezeDurationPerMinuteInMs: '90000', jitterAvg: '12' });
  assert.ok(bad.kind === 'record');
  assert.deepEqual((bad.record as DiagnosticsRecord).metrics, { jitterAvg: 12 });
  assert.deepEqual(bad.numbersNotRead, { count: 5, first: '-5', field: 'roundTripTimeAvg', outOfRange: 'below 0' });
  const ratio = diagnostics({ packetLossRateAvg: '10' });
  assert.ok(ratio.kind === 'record');
  assert.deepEqual(ratio.numbersNotRead, { count: 1, first: '10', field: 'packetLossRateAvg', outOfRange: 'a ratio over 1' });
  const edges = diagnostics({ packetLossRateAvg: '1', packetLossRateMax: 0, healedDataRatioAvg: '0,5', recvFreezeDurationPerMinuteInMs: 60000, packetUtilization: '5000', videoBitRateAvg: 2.5e6, roundTripTimeAvg: '1e9' });
  assert.ok(edges.kind === 'record');
  assert.equal('numbersNotRead' in edges, false, 'in range, both ends in; no upper bound but the ratios\' and the freeze\'s');
  assert.equal(Object.keys((edges.record as DiagnosticsRecord).metrics).length, 7);
});

test('media stats below 0 (a count, a value, an interval) are absent, and counted as numbers not read', () => {
  const result = normaliseRecord({
    Type: 'ACSCallClientMediaStatsTimeSeries',
    CallId: 'c1',
    CallClientTimeStamp: '2026-11-20T09:00:00Z',
    MetricName: 'JitterInMs',
    Count: '-1',
    Sum: -30,
    Average: '-3',
    Minimum: '0',
    Maximum: '9',
    AggregationIntervalSeconds: '-10',
  });
  assert.ok(result.kind === 'record');
  const r = result.record as MediaStatsRecord;
  assert.deepEqual([r.count, r.sum, r.average, r.minimum, r.maximum, r.aggregationIntervalSeconds], [null, null, null, 0, 9, null]);
  assert.deepEqual(result.numbersNotRead, { count: 4, first: '-1', field: 'count', outOfRange: 'below 0' });
});

test('media stats read the other end by both its ids (RemoteParticipantId, RemoteEndpointId), in any spelling', () => {
  const r = record<MediaStatsRecord>({
    Type: 'ACSCallClientMediaStatsTimeSeries',
    CallId: 'c1',
    CallClientTimeStamp: '2026-11-20T09:00:00Z',
    MetricName: 'JitterInMs',
    ParticipantId: 'p1',
    RemoteEndpointId: ' e0000004 ',
    remoteParticipantId: 'p4',
  });
  assert.deepEqual([r.remoteParticipantId, r.remoteEndpointId], ['p4', 'e0000004']);
  const none = record<MediaStatsRecord>({ Type: 'ACSCallClientMediaStatsTimeSeries', CallId: 'c1', MetricName: 'JitterInMs', RemoteEndpointId: 'None' });
  assert.equal(none.remoteEndpointId, null);
});

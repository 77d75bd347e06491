import { test } from 'node:test';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { SUMMARIZE_FORMATS } from '../../../src/config/formats.js';
import { buildCalls } from '../../../src/model/build-calls.js';
import { fingerprintOfValue } from '../../../src/model/record-fingerprint.js';
import { RecordLedger } from '../../../src/model/record-ledger.js';
import { callDocument } from '../../../src/report/call-document.js';
import { jsonText } from '../../../src/report/json-text.js';
import { renderCallText } from '../../../src/report/render-call-text.js';
import { summaryDocument } from '../../../src/report/summary-document.js';
import { SUMMARY_REPORTERS } from '../../../src/report/summary-reporters.js';
import { wholeText } from '../../support/whole-text.js';
import { assessCallStory } from '../../../src/rules/assess-call-story.js';
import { assessCalls, totalsOf } from '../../../src/rules/assess-calls.js';
import { byQuality, callRowOf } from '../../../src/rules/call-row.js';
import { evaluateSummaryGates } from '../../../src/rules/gates.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

const RUNS = { numRuns: 200, seed: 20261126 };

const CATEGORIES = ['CallSummary', 'CallDiagnostics', 'CallClientOperations', 'CallClientMediaStatsTimeSeries', 'CallSurvey', 'ACSCallSummaryUpdates', 'Usage', '__proto__', 'constructor'];
/** The fields the schema reads, in the casings exports use, plus keys that are prototype names. */
const FIELDS = [
  'correlationId', 'CallId', 'participantId', 'endpointId', 'endpointType', 'callType', 'callStartTime', 'callDuration', 'participantStartTime',
  'participantDuration', 'participantEndReason', 'participantEndSubCode', 'resultCategory', 'identifier', 'sdkVersion', 'osVersion', 'mediaType',
  'streamId', 'transportType', 'streamDirection', 'codecName', 'roundTripTimeAvg', 'jitterAvg', 'packetLossRateAvg', 'jitterBufferSizeAvg',
  'healedDataRatioAvg', 'videoFrameRateAvg', 'recvResolutionHeight', 'recvFreezeDurationPerMinuteInMs', 'CallUpdatesVersion', 'OperationName',
  'OperationPayload', 'ResultType', 'ResultSignature', 'DurationMs', 'CallClientTimeStamp', 'MetricName', 'Average', 'Sum', 'Count',
  'MediaStreamType', 'MediaStreamDirection', 'AggregationIntervalSeconds', 'SurveyId', 'OverallRatingScore', 'OverallCallIssues',
  'AudioRatingScoreThreshold', 'time', 'TimeGenerated', 'Type', '__proto__', 'constructor', 'toString',
];
const HOSTILE = ['\u001b]0;title\u0007', '\u001b]8;;http://evil\u001b\\', '\u001b[2J', '\r', '\u009b31m', '\u202e', '=cmd|x', '-1', 'None', 'Redacted', 'toString', '__proto__'];
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...HOSTILE, 'Audio', 'Video', 'VBSS', 'Server', 'VoIP', 'Group', 'P2P', 'UserFacingDiagnostics', 'JitterInMs', 'audio', '410', '0'),
  fc.constantFrom('2026-11-20T09:00:00Z', '2026-11-20 09:01:05.113', '11/20/2026, 9:01:05.113 AM', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e300, -1e300, 0, -0, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant({ DiagnosticChanged: 'networkReceiveQuality', DiagnosticQuality: { toString: 1 } }),
);
/** User Facing Diagnostics events, whose payload is the client's own JSON, object or string. */
const payloadFields = fc.dictionary(fc.constantFrom('DiagnosticChanged', 'DiagnosticQuality', 'diagnosticKind', 'value', 'toString'), value, { maxKeys: 4 });
const operation = fc.record({
  category: fc.constant('CallClientOperations'),
  CallId: fc.constantFrom('c1', 'constructor'),
  OperationName: fc.oneof(fc.constant('UserFacingDiagnostics'), value),
  CallClientTimeStamp: fc.oneof(fc.constant('2026-11-20T09:00:01Z'), value),
  ResultType: value,
  OperationPayload: fc.oneof(payloadFields, payloadFields.map((p) => JSON.stringify(p)), value),
});
const anyRecord = fc
  .tuple(fc.constantFrom(...CATEGORIES), fc.constantFrom('c1', 'c2', '__proto__'), fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 14 }), fc.boolean())
  .map(([category, id, fields, nested]) => {
    const base: Record<string, unknown> = { category, correlationId: id };
    if (nested) base.properties = fields;
    else Object.assign(base, fields);
    return base;
  });
const record = fc.oneof(anyRecord, operation);

test('any records, with random, missing or wrong-typed fields: normalise, build, assess and every renderer never throw', () => {
  const thresholds = defaultThresholds();
  const plain = new Chalk({ level: 0 });
  const colour = new Chalk({ level: 1 });
  fc.assert(
    fc.property(fc.array(record, { maxLength: 20 }), (records) => {
      const ledger = new RecordLedger();
      records.forEach((value, i) => {
        const at = { file: 'fuzz.jsonl', line: i + 1 };
        const result = normaliseRecord(value);
        if (result.kind === 'record') ledger.add(result.record, fingerprintOfValue(value));
        else if (result.kind === 'ignored') ledger.addIgnored(result.categoryName);
        else ledger.addInvalid(at, result.reason);
      });
      const calls = buildCalls(ledger.records(), ledger.namedOnly());
      const rows = assessCalls(calls, thresholds).map(callRowOf).sort(byQuality);
      const totals = totalsOf(rows);
      const gates = evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'percent', max: 10 }, failOnUnknown: true });
      const loaded = { calls, counts: ledger.counts, invalidSamples: ledger.invalidSamples, skipped: [], zoned: [], valuesNotRead: [], shapes: { 'json-lines': 1 } };
      const doc = summaryDocument(loaded, rows, totals, thresholds, gates);
      for (const format of SUMMARIZE_FORMATS) wholeText(SUMMARY_REPORTERS[format](doc, colour));
      for (const call of calls) {
        const story = assessCallStory(call, thresholds);
        renderCallText(story, plain);
        renderCallText(story, colour);
        // Narrowed to a terminal: any text the logs hold is cut or broken without throwing.
        renderCallText(story, colour, null, 100);
        jsonText(callDocument(story, thresholds, ledger.counts), 2);
      }
    }),
    RUNS,
  );
});

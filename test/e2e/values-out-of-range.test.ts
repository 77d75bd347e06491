import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { RULE_COLUMNS } from '../../src/kql/acs-tables.js';
import { RULE_METRICS } from '../../src/rules/thresholds.js';
import { evaluateLet, type KqlRow } from '../support/kql-row-interpreter.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** A CallSummary record of call `id` whose one leg lasts `participantDuration`, the call `callDuration`. */
const leg = (id: string, callDuration: unknown, participantDuration: unknown) =>
  JSON.stringify({
    time: '2026-11-20T09:10:00Z',
    category: 'CallSummary',
    correlationId: id,
    properties: { callStartTime: '2026-11-20T09:00:00Z', callDuration, callType: 'Group', participantId: `${id.slice(0, 8)}-1111-4111-8111-111111111111`, participantStartTime: '2026-11-20T09:00:00Z', participantDuration, endpointType: 'VoIP' },
  });

const DURATIONS = `${[
  leg('80000000-0000-4000-8000-000000000008', -5, 300),
  leg('d0000000-0000-4000-8000-00000000000d', 600, -120),
  leg('70000000-0000-4000-8000-000000000007', 2_764_800, 2_764_800),
  leg('60000000-0000-4000-8000-000000000006', 600, 600),
].join('\n')}\n`;

test('durations below 0 or over 31 days are counted in numbersNotRead and warned as out of range, alike on 1 and 2 threads', () => {
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', '-', '--threads', threads], { input: DURATIONS });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(json.input.numbersNotRead, 4, `--threads ${threads}`);
    assert.equal(json.input.timesNotRead, 0);
    assert.equal(result.stderr, "warning: <stdin>: 4 numbers not read (first at line 1: '-5' in callDuration, out of range: below 0); they count as absent\n");
  }
  const { result, json } = runJson<CallDocument>(['call', '70000000', '-'], { input: DURATIONS });
  assert.equal(json.durationSeconds, null, '2,764,800 s is over 31 days');
  assert.equal(json.input.numbersNotRead, 2);
  assert.match(result.stderr, /^warning: <stdin>: 2 numbers not read \(first at line 3: '2764800' in callDuration, out of range: over 31 days\); they count as absent\n/);
});

/** A CallDiagnostics record of call b0b0b0b0 (or `id`): one stream that logs only `metrics`. */
const stream = (streamId: string, mediaType: string, metrics: Record<string, unknown>, id = 'b0b0b0b0-0000-4000-8000-000000000001') =>
  JSON.stringify({
    time: '2026-11-21T10:00:00Z',
    category: 'CallDiagnostics',
    correlationId: id,
    properties: { participantId: '11111111-1111-4111-8111-111111111111', mediaType, streamId, transportType: 'UDP', ...metrics },
  });

/** Call b0b0b0b0's streams log only what no stream can have; call c0c0c0c0 has one good stream beside one such. */
const METRICS = `${[
  stream('1010', 'Audio', { packetLossRateAvg: '10' }),
  stream('1012', 'Audio', { packetLossRateAvg: '-0.5' }),
  stream('1020', 'Audio', { roundTripTimeAvg: '-5' }),
  stream('1027', 'Video', { VideoFrameRateAvg: '-1' }),
  stream('1032', 'Video', { RecvFreezeDurationPerMinuteInMs: '90000' }),
  stream('1', 'Audio', { roundTripTimeAvg: '40', packetLossRateAvg: '0.01' }, 'c0c0c0c0-0000-4000-8000-000000000002'),
  stream('2', 'Audio', { healedDataRatioAvg: '5' }, 'c0c0c0c0-0000-4000-8000-000000000002'),
].join('\n')}\n`;

test('metric values no stream can have are not judged: counted in numbersNotRead, warned as out of range, their stream unknown', () => {
  const warning = "warning: <stdin>: 6 numbers not read (first at line 1: '10' in packetLossRateAvg, out of range: a ratio over 1); they count as absent\n";
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', '-', '--threads', threads], { input: METRICS });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(json.input.numbersNotRead, 6, `--threads ${threads}`);
    assert.equal(result.stderr, warning);
    const byId = new Map(json.calls.map((c) => [c.correlationId.slice(0, 8), c]));
    assert.deepEqual(
      ['b0b0b0b0', 'c0c0c0c0'].map((id) => [byId.get(id)?.quality, byId.get(id)?.poorStreams, byId.get(id)?.unknownStreams]),
      [
        ['unknown', 0, 5],
        ['good', 0, 1],
      ],
    );
  }
  const { json } = runJson<CallDocument>(['call', 'b0b0b0b0', '-'], { input: METRICS });
  assert.equal(json.quality, 'unknown');
  assert.equal(json.input.numbersNotRead, 5);
  assert.deepEqual(
    json.streams.map((s) => [s.streamId, s.quality, s.metrics]),
    ['1010', '1012', '1020', '1027', '1032'].map((id) => [id, 'unknown', {}]),
  );
});

/** A CallClientOperations record of call e0e0e0e0: operation `name`, which took `durationMs`. */
const operation = (name: string, durationMs: unknown) =>
  JSON.stringify({
    time: '2026-11-21T10:00:00Z',
    category: 'CallClientOperations',
    correlationId: 'e0e0e0e0-0000-4000-8000-00000000000e',
    properties: { CallClientTimeStamp: '2026-11-21T09:59:00Z', OperationName: name, OperationId: name, ParticipantId: '11111111-1111-4111-8111-111111111111', ResultType: 'Succeeded', DurationMs: durationMs },
  });

test("an operation's durationMs below 0 or over 31 days is not read: shown as not logged, counted and warned", () => {
  const input = `${[operation('Join', '-50'), operation('Hangup', 2_678_400_001), operation('Mute', '120')].join('\n')}\n`;
  const { result, json } = runJson<CallDocument>(['call', 'e0e0e0e0', '-'], { input });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(
    json.operations.map((op) => [op.operationName, op.durationMs]).sort(),
    [
      ['Hangup', null],
      ['Join', null],
      ['Mute', 120],
    ],
  );
  assert.equal(json.input.numbersNotRead, 2);
  assert.equal(result.stderr, "warning: <stdin>: 2 numbers not read (first at line 1: '-50' in durationMs, out of range: below 0); they count as absent\n");
});

test('the kql query judges these streams as summarize does: a value out of range is null there, not a measurement', () => {
  const query = runCli(['kql'], { cwd: scratchDir('kql-ranges-') }).stdout;
  const summary = runJson<SummaryDocument>(['summarize', '-'], { input: METRICS }).json;
  // Each record as a workspace row: its metric columns numbers (the column types), the others null.
  const byCall = new Map<string, KqlRow[]>();
  for (const line of METRICS.trim().split('\n')) {
    const { correlationId, properties } = JSON.parse(line) as { correlationId: string; properties: Record<string, string> };
    const logged = new Map(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]));
    const row: KqlRow = { MediaType: properties.mediaType!, ...Object.fromEntries(RULE_METRICS.map((m) => [RULE_COLUMNS[m], logged.has(m.toLowerCase()) ? Number(logged.get(m.toLowerCase())) : null])) };
    byCall.set(correlationId, [...(byCall.get(correlationId) ?? []), evaluateLet(query, 'StreamFlags', row)]);
  }
  // As CallVerdicts counts and decides.
  const verdicts = [...byCall].map(([id, flags]) => {
    const poorStreams = flags.filter((f) => f.Poor === true).length;
    const unknownStreams = flags.filter((f) => f.Judged !== true).length;
    return [id, poorStreams > 0 ? 'poor' : unknownStreams === flags.length ? 'unknown' : 'good', poorStreams, unknownStreams];
  });
  assert.deepEqual(
    verdicts,
    summary.calls.map((c) => [c.correlationId, c.quality, c.poorStreams, c.unknownStreams]),
  );
  assert.deepEqual(verdicts.map(([, quality]) => quality), ['unknown', 'good']);
});

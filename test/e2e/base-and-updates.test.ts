import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runJson } from '../support/run-cli.js';

// A workspace that collects every call-log category logs each leg and stream both in the base table (the final
// record) and in its *Updates table (earlier versions). The fixture: one leg in ACSCallSummaryUpdates (v1, v2) and
// ACSCallSummary, one stream in ACSCallDiagnostics (RTT 620 ms, poor) and ACSCallDiagnosticsUpdates (v1, RTT 40 ms).
test('a leg and a stream in both a base table and its *Updates table count once, as the final record', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/updates/base-and-updates.jsonl']);
  assert.equal(result.status, 0, result.stderr);
  const [call] = json.calls;
  assert.equal(json.calls.length, 1);
  assert.equal(call!.participants, 1);
  assert.equal(call!.streams, 1);
  assert.equal(call!.quality, 'poor', 'the final record (RTT 620 ms) is judged, not the earlier version (40 ms)');
  assert.deepEqual(call!.issues.map((i) => [i.metric, i.value]), [['roundTripTimeAvg', 620]]);
  assert.equal(call!.durationSeconds, 600);
  const input = json.input;
  assert.deepEqual([input.read, input.used, input.superseded, input.duplicates, input.invalid], [5, 2, 3, 0, 0]);
});

// Two streams of one leg, media type and stream id that differ only in StreamDirection are two streams: audio has
// both in ACSCallDiagnosticsUpdates (Inbound v1, RTT 620 ms; Outbound v2, 40 ms), video its outbound stream's final
// record in ACSCallDiagnostics (45 ms) and its inbound stream's only version in the *Updates table (700 ms). Folded
// as versions of one stream, the later or final (good) one hid the poor one and the call read good.
test('an inbound and an outbound stream of one leg and media type are not versions of one another', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', 'test/fixtures/updates/two-directions.jsonl']);
  assert.equal(result.status, 0, result.stderr);
  const [call] = json.calls;
  assert.equal(json.calls.length, 1);
  assert.equal(call!.streams, 4);
  assert.equal(call!.quality, 'poor');
  assert.deepEqual(call!.issues.map((i) => [i.metric, i.value]).sort(), [['roundTripTimeAvg', 620], ['roundTripTimeAvg', 700]]);
  const input = json.input;
  assert.deepEqual([input.read, input.used, input.superseded, input.duplicates, input.invalid], [5, 5, 0, 0, 0]);
});

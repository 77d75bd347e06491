import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// One P2P leg (endpoint ep-s:u1) with two Audio streams that share every id, stream 1000: Inbound with RTT 900 ms,
// Outbound with 20% loss. Each breach must say which stream it is on.
const FIXTURE = 'test/fixtures/input/in-and-out-breach.jsonl';
const ENV = { env: { NO_COLOR: '1' } };

test("a leg's inbound and outbound streams of one media type: each issue says which one breached, in JSON and in words", () => {
  for (const threads of ['1', '2']) {
    const { json } = runJson<SummaryDocument>(['summarize', FIXTURE, '--threads', threads]);
    const issues = json.calls[0]!.issues.map((i) => [i.metric, i.streamId, i.direction]);
    assert.deepEqual(issues, [['roundTripTimeAvg', '1000', 'inbound'], ['packetLossRateAvg', '1000', 'outbound']], `--threads ${threads}`);
  }
  const table = runCli(['summarize', FIXTURE, '--no-breakdowns'], ENV).stdout;
  assert.match(table, /ep-s:u1: Audio inbound RTT 900 > 500 ms/);
  assert.match(table, /ep-s:u1: Audio outbound loss 20% > 10%/);
  const { json: call } = runJson<CallDocument>(['call', 'aaaaaaaa', FIXTURE]);
  assert.deepEqual(call.issues.map((i) => i.direction), ['inbound', 'outbound']);
  const story = runCli(['call', 'aaaaaaaa', FIXTURE], ENV).stdout;
  assert.match(story, /leg ep-s:u1: Audio inbound round-trip time 900 ms > 500 ms — /);
  assert.match(story, /leg ep-s:u1: Audio outbound packet loss 20% > 10% — /);
});

test('a stream whose log names no direction: the issue says none (null), and its words are as before', () => {
  const { json } = runJson<SummaryDocument>(['summarize', 'samples/']);
  const unnamed = json.calls.flatMap((c) => c.issues).filter((i) => i.participantId?.startsWith('cbe66cdf'));
  assert.deepEqual(unnamed.map((i) => i.direction), [null]);
  assert.match(runCli(['summarize', 'samples/', '--no-breakdowns'], ENV).stdout, /cbe66cdf: Audio loss 14% > 10%/);
});

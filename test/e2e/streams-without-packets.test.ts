import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// test/fixtures/input/streams-without-packets.jsonl, worked out by hand (PacketUtilization: "if this value is zero,
// media may not be flowing" — not a quality rule, so no call's quality changes by it):
//   f6000001 good: its one stream, Audio inbound (RTT 40, jitter 2, loss 0), logs PacketUtilization 0
//   f6000002 poor: Audio outbound RTT 700 > 500 (5120 packets); Audio inbound (jitter 2, loss 0) logs PacketUtilization 0
//   f6000003 good: two Audio streams, PacketUtilization "None" (not read) and 12000
// 5 streams, 1 poor; 2 streams with no packets, in 2 calls.
const FIXTURE = 'test/fixtures/input/streams-without-packets.jsonl';
const ENV = { NO_COLOR: '1', CI: 'true' };

test('the JSON counts the streams with no packets, a call and in the totals, and says which; quality and gates unchanged', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', FIXTURE, '--fail-on-poor']);
  assert.equal(result.status, 1, 'the one poor call crosses --fail-on-poor; the good calls with no packets do not');
  assert.deepEqual(json.totals, {
    calls: 3,
    poorCalls: 1,
    unknownCalls: 0,
    streams: 5,
    poorStreams: 1,
    unknownStreams: 0,
    callsWithLegs: 3,
    failedCalls: 0,
    streamsWithoutPackets: 2,
    callsWithStreamsWithoutPackets: 2,
  });
  assert.deepEqual(json.gates, [{ gate: 'fail-on-poor', crossed: true, actual: 1, limit: 0, unit: 'count', count: 1, of: 3, source: { kind: 'flag', flag: '--fail-on-poor' }, nothingToJudge: null }]);
  assert.deepEqual(
    json.calls.map((c) => [c.correlationId.slice(0, 8), c.quality, c.poorStreams, c.streamsWithoutPackets]),
    [
      ['f6000002', 'poor', 1, 1],
      ['f6000001', 'good', 0, 1],
      ['f6000003', 'good', 0, 0],
    ],
  );
  const good = json.calls.find((c) => c.correlationId.startsWith('f6000001'))!;
  assert.deepEqual(good.issues, []);
  assert.deepEqual(good.zeroPacketStreams, [{ mediaType: 'Audio', participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', streamId: '1', direction: 'inbound' }]);
  assert.deepEqual(json.calls.find((c) => c.correlationId.startsWith('f6000003'))!.zeroPacketStreams, []);
  const ndjson = runCli(['summarize', FIXTURE, '--format', 'ndjson']).stdout.trim().split('\n').map((line) => JSON.parse(line) as SummaryDocument['calls'][number]);
  assert.deepEqual(ndjson, json.calls);
});

test('the table notes a stream with no packets in its call\'s Breaches cell, a good call\'s too, and the totals count them', () => {
  const { status, stdout } = runCli(['summarize', FIXTURE, '--no-breakdowns'], { env: ENV });
  assert.equal(status, 0);
  assert.match(stdout, /│ POOR +│ f6000002 │ .*│ p2: Audio outbound RTT 700 > 500 ms +│\n│ +│ +│ .*│ p2: Audio inbound no packets \(media may not have flowed\) │/);
  assert.match(stdout, /│ good +│ f6000001 │ .*│ 0 +│ p1: Audio inbound no packets \(media may not have flowed\) │/);
  assert.match(stdout, /│ good +│ f6000003 │ .*│ 0 +│ +│\n/);
  assert.match(stdout, /^3 calls: 1 poor, 0 unknown, 2 good · 5 streams, 1 poor · 2 streams with no packets$/m);
  // None in the window (f6000003 only): the totals line says nothing of them.
  const none = runCli(['summarize', FIXTURE, '--since', '2026-11-20T09:10Z', '--no-breakdowns'], { env: ENV });
  assert.match(none.stdout, /^1 call: 0 poor, 0 unknown, 1 good · 2 streams, 0 poor$/m);
});

test('markdown, junit, csv and github say it too', () => {
  const markdown = runCli(['summarize', FIXTURE, '--format', 'markdown', '--no-breakdowns']).stdout;
  assert.match(markdown, /\n2 streams with no packets \(media may not have flowed\), in 2 calls\.\n/);
  assert.match(markdown, /\| `f6000002-[^`]*` \|.*\| leg p2: Audio outbound RTT 700 &gt; 500 ms<br>leg p2: Audio inbound no packets \(media may not have flowed\) \|/);
  const junit = runCli(['summarize', FIXTURE, '--format', 'junit']).stdout;
  assert.match(junit, /<testcase name="f6000001-[^"]*" classname="P2P" time="600">\n +<system-out>leg p1: Audio inbound no packets \(media may not have flowed\)<\/system-out>/);
  const csv = runCli(['summarize', FIXTURE, '--format', 'csv']).stdout.trim().split('\r\n');
  assert.match(csv[0]!, /,unknownStreams,streamsWithoutPackets$/);
  assert.deepEqual(csv.slice(1).map((row) => `${row.slice(0, 8)} ${row.split(',').at(-1)}`), ['f6000002 1', 'f6000001 1', 'f6000003 0']);
  // Which streams, in the breaches cell, as the table's Breaches cell says it.
  assert.match(csv[1]!, /,leg p2: Audio outbound RTT 700 > 500 ms; leg p2: Audio inbound no packets \(media may not have flowed\),0,0,1$/);
  assert.match(csv[2]!, /,leg p1: Audio inbound no packets \(media may not have flowed\),0,0,1$/);
  const github = runCli(['summarize', FIXTURE, '--format', 'github']).stdout;
  assert.match(github, /^::notice title=ACS call quality::3 calls: 1 poor, 0 unknown; 5 streams, 1 poor; 2 streams with no packets$/m);
});

test('on worker threads the JSON is byte for byte one thread\'s, streams with no packets counted alike', () => {
  const env = { ACS_CALLLOGS_BATCH_BYTES: '1024' }; // a few records a batch, spread over the workers
  const one = runCli(['summarize', FIXTURE, 'samples/', '--format', 'json', '--threads', '1'], { env });
  const two = runCli(['summarize', FIXTURE, 'samples/', '--format', 'json', '--threads', '2'], { env });
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.stdout, one.stdout);
  const { totals } = JSON.parse(two.stdout) as SummaryDocument;
  assert.deepEqual([totals.streamsWithoutPackets, totals.callsWithStreamsWithoutPackets], [2, 2]);
});

test("call's junit says a stream with no packets in its system-out, as summarize's does, of a good call and a poor one", () => {
  // A pipeline that judges its test call with `call --report junit=…` reads nothing else: one-way audio must be there.
  for (const [id, leg] of [['f6000001', 'p1'], ['f6000002', 'p2']] as const) {
    const { status, stdout } = runCli(['call', id, FIXTURE, '--format', 'junit']);
    assert.equal(status, 0);
    assert.match(stdout, new RegExp(`<system-out>leg ${leg} \\(VoIP\\): [^<]*\\nleg ${leg}: Audio inbound no packets \\(media may not have flowed\\)</system-out>`));
  }
  const none = runCli(['call', 'f6000003', FIXTURE, '--format', 'junit']).stdout;
  assert.doesNotMatch(none, /no packets/);
});

test("call's JSON counts and names the streams with no packets as summarize's calls[] do, a good call's and a poor one's", () => {
  // A script reading `call --format json` of its test call saw PacketUtilization 0 only in streams[].metrics.
  const summary = runJson<SummaryDocument>(['summarize', FIXTURE]).json;
  for (const id of ['f6000001', 'f6000002', 'f6000003']) {
    const { result, json } = runJson<CallDocument>(['call', id, FIXTURE]);
    assert.equal(result.status, 0, result.stderr);
    const row = summary.calls.find((c) => c.correlationId.startsWith(id))!;
    assert.deepEqual([json.streamsWithoutPackets, json.zeroPacketStreams], [row.streamsWithoutPackets, row.zeroPacketStreams], id);
  }
  const poor = runJson<CallDocument>(['call', 'f6000002', FIXTURE]).json;
  assert.deepEqual(poor.zeroPacketStreams, [{ mediaType: 'Audio', participantId: 'p2', endpointId: 'e2', endpointType: 'VoIP', streamId: '22', direction: 'inbound' }]);
  assert.equal(poor.streamsWithoutPackets, 1);
  assert.equal(runJson<CallDocument>(['call', 'f6000003', FIXTURE]).json.streamsWithoutPackets, 0);
});

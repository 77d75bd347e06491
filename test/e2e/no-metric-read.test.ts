import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// test/fixtures/input/no-metric-read.jsonl, a CallSummary leg and CallDiagnostics streams a call, worked out by hand:
//   a0000001 unknown: 3 streams (Audio out, Audio in, Video), every metric "None" or null
//   a0000002 unknown: 2 Audio streams, every metric "Redacted"
//   a0000003 good:    an Audio stream judged good (RTT 48, jitter 3, loss 0.2%), a Video stream with every metric "None"
//   a0000004 poor:    an Audio stream with RTT 640 > 500, an Audio stream with every metric "Redacted"
// 9 streams: 1 poor, 1 good, 7 of unknown quality (no metric read).
const FIXTURE = 'test/fixtures/input/no-metric-read.jsonl';
const ENV = { NO_COLOR: '1', CI: 'true' };

test('--fail-on-unknown fails on calls whose streams have no metric read, as on calls without CallDiagnostics', () => {
  const gated = runCli(['summarize', FIXTURE, '--fail-on-unknown'], { env: ENV });
  assert.equal(gated.status, 1, gated.stderr);
  assert.equal(gated.stderr, 'acs-calllogs: gate fail-on-unknown crossed: 2 calls of unknown quality (set by --fail-on-unknown)\n');
  assert.equal(runCli(['summarize', FIXTURE], { env: ENV }).status, 0);
  // Only the unknown ones: nothing to judge, said as such.
  const unknownOnly = runCli(['summarize', FIXTURE, '--fail-on-poor', '--since', '2026-11-21T10:00Z', '--until', '2026-11-21T10:06Z'], { env: ENV });
  assert.equal(unknownOnly.status, 0);
  assert.match(unknownOnly.stderr, /warning: the gates passed with nothing to judge: no call of known quality \(2 calls, no metric read on any stream\)/);
});

test('the JSON: a call with no stream of known quality is unknown; streams with no metric read are counted apart, in no breakdown', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', FIXTURE]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.totals, { calls: 4, poorCalls: 1, unknownCalls: 2, streams: 9, poorStreams: 1, unknownStreams: 7, callsWithLegs: 4, failedCalls: 0, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 });
  const calls = json.calls.map((c) => [c.correlationId.slice(0, 8), c.quality, c.streams, c.poorStreams, c.unknownStreams]);
  assert.deepEqual(calls, [
    ['a0000004', 'poor', 2, 1, 1],
    ['a0000001', 'unknown', 3, 0, 3],
    ['a0000002', 'unknown', 2, 0, 2],
    ['a0000003', 'good', 2, 0, 1],
  ]);
  // The breakdowns are of the two streams of known quality: one good, one poor, both Audio over UDP.
  const rows = (dimension: keyof NonNullable<SummaryDocument['breakdowns']>['streams']) => json.breakdowns!.streams[dimension].map((r) => [r.value, r.poorStreams, r.streams]);
  assert.deepEqual(rows('byMediaType'), [['Audio', 1, 2]]);
  assert.deepEqual(rows('byTransport'), [['UDP', 1, 2]]);
  assert.deepEqual(rows('byOsFamily'), [['Windows', 1, 2]]);
  assert.deepEqual(rows('byMetric'), [['roundTripTimeAvg', 1, 2], ['jitterAvg', 0, 2], ['packetLossRateAvg', 0, 2]]);
  const ndjson = runCli(['summarize', FIXTURE, '--format', 'ndjson']).stdout.trim().split('\n').map((line) => JSON.parse(line) as SummaryDocument['calls'][number]);
  assert.deepEqual(ndjson, json.calls);
});

test('--max-poor-streams as a share is of the streams of known quality: 1 of 2, not 1 of 9', () => {
  const crossed = runCli(['summarize', FIXTURE, '--max-poor-streams', '40%'], { env: ENV });
  assert.equal(crossed.status, 1);
  assert.equal(crossed.stderr, 'acs-calllogs: gate max-poor-streams crossed: 50% poor streams (1 of 2 known) > 40% allowed — over by 10 points (set by --max-poor-streams)\n');
  assert.equal(runCli(['summarize', FIXTURE, '--max-poor-streams', '50%'], { env: ENV }).status, 0);
});

test('the table says why a call is unknown, and how many streams of a known call were not read; the totals count them', () => {
  const { status, stdout } = runCli(['summarize', FIXTURE, '--no-breakdowns'], { env: ENV });
  assert.equal(status, 0);
  assert.match(stdout, /│ POOR +│ a0000004 │ .*│ pd1: Audio outbound RTT 640 > 500 ms │\n│ +│ +│ .*│ 1 stream: no metric read +│/);
  assert.match(stdout, /│ unknown │ a0000001 │ .*│ 3 +│ 0 +│ no metric read +│/);
  assert.match(stdout, /│ unknown │ a0000002 │ .*│ 2 +│ 0 +│ no metric read +│/);
  assert.match(stdout, /│ good +│ a0000003 │ .*│ 2 +│ 0 +│ 1 stream: no metric read +│/);
  assert.match(stdout, /^4 calls: 1 poor, 2 unknown, 1 good · 9 streams, 1 poor, 7 unknown$/m);
  // A call without CallDiagnostics still says so.
  assert.match(runCli(['summarize', 'samples/', '--no-breakdowns'], { env: ENV }).stdout, /│ unknown │ 959b96af │ .*│ no CallDiagnostics +│/);
});

test('junit, markdown, github and csv agree: unknown calls skipped with the reason, unread streams counted', () => {
  const junit = runCli(['summarize', FIXTURE, '--format', 'junit']).stdout;
  assert.match(junit, /<testsuite name="acs-calllogs call quality" tests="4" failures="1" errors="0" skipped="2" time="840" timestamp="2026-11-21T10:00:00">/);
  assert.match(junit, /<testcase name="a0000001-[^"]*" classname="Group" time="300">\s*<skipped message="quality unknown: no metric read">quality unknown: no metric read<\/skipped>/);
  assert.match(junit, /<testcase name="a0000003-[^"]*" classname="Group" time="180">\s*<system-out>1 stream: no metric read<\/system-out>/);
  assert.match(junit, /<testcase name="a0000004-[^"]*" classname="Group" time="120">\s*<failure [^>]*>[^<]*<\/failure>\s*<system-out>1 stream: no metric read<\/system-out>/);
  const markdown = runCli(['summarize', FIXTURE, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| Calls \| Poor \| Unknown \| Good \| Streams \| Poor streams \| Unknown streams \| With a failed leg \|\n\|[-:|]+\|\n\| 4 \| 1 \| 2 \| 1 \| 9 \| 1 \| 7 \| 0 \|/);
  assert.match(markdown, /\| `a0000004-[^`]*` \|.*\| leg pd1: Audio outbound RTT 640 &gt; 500 ms<br>1 stream: no metric read \|/);
  const github = runCli(['summarize', FIXTURE, '--format', 'github']).stdout;
  assert.match(github, /::notice title=ACS call quality::4 calls: 1 poor, 2 unknown; 9 streams, 1 poor, 7 unknown\n/);
  const csv = runCli(['summarize', FIXTURE, '--format', 'csv']).stdout.split('\r\n');
  assert.match(csv[0]!, /,breaches,failedLegs,unknownStreams,streamsWithoutPackets$/);
  // The breaches cell says why, as the table's Breaches cell does.
  assert.match(csv.find((line) => line.startsWith('a0000001'))!, /^a0000001-[^,]*,unknown,Group,.*,3,0,0,quality unknown: no metric read,0,3,0$/);
  assert.match(csv.find((line) => line.startsWith('a0000003'))!, /^a0000003-[^,]*,good,Group,.*,2,0,0,1 stream: no metric read,0,1,0$/);
  assert.match(csv.find((line) => line.startsWith('a0000004'))!, /^a0000004-[^,]*,poor,Group,.*,leg pd1: Audio outbound RTT 640 > 500 ms; 1 stream: no metric read,0,1,0$/);
});

test('call: a stream with no metric read is shown as such (?), and the verdict says why it is unknown', () => {
  const unknown = runCli(['call', 'a0000002', FIXTURE, '--fail-on-unknown'], { env: ENV });
  assert.equal(unknown.status, 1);
  assert.match(unknown.stdout, /\nVerdict: unknown — 0 issues \(no metric read\)\n/);
  assert.match(unknown.stdout, / {4}\? Audio · Outbound · UDP · OPUS · stream 21\n {6}no metric read: quality unknown\n/);
  assert.match(unknown.stdout, / {4}\? Audio · Inbound · UDP · OPUS · stream 22\n {6}no metric read: quality unknown\n/);
  assert.match(unknown.stderr, /gate fail-on-unknown crossed: 1 call of unknown quality/);
  const poorGate = runCli(['call', 'a0000001', FIXTURE, '--fail-on-poor'], { env: ENV });
  assert.equal(poorGate.status, 0);
  assert.match(poorGate.stderr, /the call's quality is unknown \(no metric read\); add --fail-on-unknown/);

  const good = runCli(['call', 'a0000003', FIXTURE, '--fail-on-unknown'], { env: ENV });
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /\nVerdict: good — 0 issues \(1 stream: no metric read\)\n/);
  assert.match(good.stdout, / {4}✓ Audio · Outbound · UDP · OPUS · stream 31\n {6}RTT 48 ms/);
  assert.match(good.stdout, / {4}\? Video · Outbound · UDP · H264 · stream 32\n {6}no metric read: quality unknown\n/);

  const { json } = runJson<CallDocument>(['call', 'a0000004', FIXTURE]);
  assert.equal(json.quality, 'poor');
  assert.deepEqual(json.streams.map((s) => [s.streamId, s.quality, Object.keys(s.metrics).length]), [['41', 'poor', 7], ['42', 'unknown', 0]]);
});

test('on worker threads the JSON is byte for byte one thread\'s', () => {
  const env = { ACS_CALLLOGS_BATCH_BYTES: '1024' }; // a few records a batch, spread over the workers
  const one = runCli(['summarize', FIXTURE, 'samples/', '--format', 'json', '--threads', '1'], { env });
  const two = runCli(['summarize', FIXTURE, 'samples/', '--format', 'json', '--threads', '2'], { env });
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.stdout, one.stdout);
  assert.equal((JSON.parse(one.stdout) as SummaryDocument).totals.unknownStreams, 7);
});

test('with --fail-on-unknown, markdown lists the calls of unknown quality and why, and github warns of each; without it, neither', () => {
  const markdown = runCli(['summarize', FIXTURE, '--format', 'markdown', '--fail-on-unknown']);
  assert.equal(markdown.status, 1);
  assert.match(markdown.stdout, /\n### Poor calls, and calls of unknown quality\n/);
  assert.match(markdown.stdout, /\| `a0000001-[^`]*` \|.*\| quality unknown: no metric read \|/);
  assert.match(markdown.stdout, /\| `a0000002-[^`]*` \|.*\| quality unknown: no metric read \|/);
  const github = runCli(['summarize', FIXTURE, '--format', 'github', '--fail-on-unknown']).stdout;
  assert.equal(github.match(/^::warning title=Unknown quality in call a000000[12]-[^:]*::Group [^:]*: quality unknown, no metric read$/gm)?.length, 2);
  assert.doesNotMatch(runCli(['summarize', FIXTURE, '--format', 'markdown']).stdout, /quality unknown|calls of unknown quality/);
  assert.doesNotMatch(runCli(['summarize', FIXTURE, '--format', 'github']).stdout, /Unknown quality in call/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// test/fixtures/input/no-metric-a-rule-judges.jsonl, a CallSummary leg a call, worked out by hand, with jitterAvg off:
//   c0000001 unknown: an Audio stream with jitter 10 only (its rule off): no metric a rule judges
//   c0000002 unknown: an Audio stream with every metric "None", null or "Redacted": no metric read
//   c0000003 good:    Audio RTT 48; a Video stream with healedDataRatioAvg only (a limit for Audio only)
//   c0000004 poor:    Audio RTT 640 > 500; a Video stream with PacketUtilization only (no rule's)
//   c0000005 good:    Audio RTT 48; an Audio stream with every metric "None": no metric read
//   c0000006 unknown: an Audio stream with RTT max and loss max only (no rule's, nor held by summarize)
//   c0000007 good:    Audio RTT 48; a Video stream with bitrate only (no rule's, nor held by summarize)
// The ids fall to both of two worker threads (partition-of.ts): c0000001, 3 and 5 to one, c0000002 and 4 to the other.
const FIXTURE = 'test/fixtures/input/no-metric-a-rule-judges.jsonl';
const OFF = ['--threshold', 'jitterAvg=off'];
const ENV = { NO_COLOR: '1', CI: 'true' };

test('summarize says "no metric a rule judges" where call does, and "no metric read" where nothing was read', () => {
  const table = runCli(['summarize', FIXTURE, ...OFF, '--no-breakdowns'], { env: ENV });
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /│ POOR +│ c0000004 │ .*│ p04: Audio outbound RTT 640 > 500 ms │\n│ +│ +│ .*│ 1 stream: no metric a rule judges +│/);
  assert.match(table.stdout, /│ unknown │ c0000001 │ .*│ no metric a rule judges +│/);
  assert.match(table.stdout, /│ unknown │ c0000002 │ .*│ no metric read +│/);
  assert.match(table.stdout, /│ good +│ c0000003 │ .*│ 1 stream: no metric a rule judges +│/);
  assert.match(table.stdout, /│ good +│ c0000005 │ .*│ 1 stream: no metric read +│/);
  // Of metrics summarize does not hold, as of those it does: a metric was read.
  assert.match(table.stdout, /│ unknown │ c0000006 │ .*│ no metric a rule judges +│/);
  assert.match(table.stdout, /│ good +│ c0000007 │ .*│ 1 stream: no metric a rule judges +│/);
  // As `call` says it of each.
  const verdicts = ['c0000001', 'c0000002', 'c0000003', 'c0000004', 'c0000005', 'c0000006', 'c0000007'].map((id) => /^Verdict: .*$/m.exec(runCli(['call', id, FIXTURE, ...OFF], { env: ENV }).stdout)?.[0]);
  assert.deepEqual(verdicts, [
    'Verdict: unknown — 0 issues (no metric a rule judges)',
    'Verdict: unknown — 0 issues (no metric read)',
    'Verdict: good — 0 issues (1 stream: no metric a rule judges)',
    'Verdict: POOR — 1 issue (1 stream: no metric a rule judges)',
    'Verdict: good — 0 issues (1 stream: no metric read)',
    'Verdict: unknown — 0 issues (no metric a rule judges)',
    'Verdict: good — 0 issues (1 stream: no metric a rule judges)',
  ]);
  // With the rule on, c0000001's jitter is judged: good, and nothing of it is unknown.
  assert.match(runCli(['summarize', FIXTURE, '--no-breakdowns'], { env: ENV }).stdout, /│ good +│ c0000001 │ .*│ +│\n/);
});

test('the JSON counts the unknown streams with a metric read (unknownStreamsWithMetrics), and ndjson alike', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', FIXTURE, ...OFF]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(
    json.calls.map((c) => [c.correlationId.slice(0, 8), c.quality, c.unknownStreams, c.unknownStreamsWithMetrics]),
    [
      ['c0000004', 'poor', 1, 1],
      ['c0000001', 'unknown', 1, 1],
      ['c0000002', 'unknown', 1, 0],
      ['c0000006', 'unknown', 1, 1],
      ['c0000003', 'good', 1, 1],
      ['c0000005', 'good', 1, 0],
      ['c0000007', 'good', 1, 1],
    ],
  );
  const ndjson = runCli(['summarize', FIXTURE, ...OFF, '--format', 'ndjson']).stdout.trim().split('\n').map((line) => JSON.parse(line) as SummaryDocument['calls'][number]);
  assert.deepEqual(ndjson, json.calls);
});

test('junit, markdown, github and csv say it too', () => {
  const junit = runCli(['summarize', FIXTURE, ...OFF, '--format', 'junit']).stdout;
  assert.match(junit, /<testcase name="c0000001-[^"]*" classname="Group" time="300">\s*<skipped message="quality unknown: no metric a rule judges">quality unknown: no metric a rule judges<\/skipped>/);
  assert.match(junit, /<testcase name="c0000002-[^"]*" classname="Group" time="300">\s*<skipped message="quality unknown: no metric read">/);
  assert.match(junit, /<testcase name="c0000003-[^"]*" classname="Group" time="300">\s*<system-out>1 stream: no metric a rule judges<\/system-out>/);
  assert.match(junit, /<testcase name="c0000004-[^"]*" classname="Group" time="300">\s*<failure [^>]*>[^<]*<\/failure>\s*<system-out>1 stream: no metric a rule judges<\/system-out>/);
  assert.match(junit, /<testcase name="c0000005-[^"]*" classname="Group" time="300">\s*<system-out>1 stream: no metric read<\/system-out>/);
  assert.match(junit, /<testcase name="c0000006-[^"]*" classname="Group" time="300">\s*<skipped message="quality unknown: no metric a rule judges">/);
  assert.match(junit, /<testcase name="c0000007-[^"]*" classname="Group" time="300">\s*<system-out>1 stream: no metric a rule judges<\/system-out>/);
  const markdown = runCli(['summarize', FIXTURE, ...OFF, '--format', 'markdown', '--fail-on-unknown']).stdout;
  assert.match(markdown, /\| `c0000004-[^`]*` \|.*\| leg p04: Audio outbound RTT 640 &gt; 500 ms<br>1 stream: no metric a rule judges \|/);
  assert.match(markdown, /\| `c0000001-[^`]*` \|.*\| quality unknown: no metric a rule judges \|/);
  assert.match(markdown, /\| `c0000002-[^`]*` \|.*\| quality unknown: no metric read \|/);
  assert.match(markdown, /\| `c0000006-[^`]*` \|.*\| quality unknown: no metric a rule judges \|/);
  const github = runCli(['summarize', FIXTURE, ...OFF, '--format', 'github', '--fail-on-unknown']).stdout;
  assert.match(github, /^::warning title=Unknown quality in call c0000001-[^:]*::Group [^:]*: quality unknown, no metric a rule judges$/m);
  assert.match(github, /^::warning title=Unknown quality in call c0000002-[^:]*::Group [^:]*: quality unknown, no metric read$/m);
  assert.match(github, /^::warning title=Unknown quality in call c0000006-[^:]*::Group [^:]*: quality unknown, no metric a rule judges$/m);
  const csv = runCli(['summarize', FIXTURE, ...OFF, '--format', 'csv']).stdout;
  assert.match(csv, /^c0000006-[^,]*,unknown,.*,quality unknown: no metric a rule judges,0,1,0\r$/m);
  assert.match(csv, /^c0000007-[^,]*,good,.*,1 stream: no metric a rule judges,0,1,0\r$/m);
});

test('gates with only unknown calls to judge say why: no metric a rule judges, when a stream had one', () => {
  const window = (since: string, until: string) => runCli(['summarize', FIXTURE, ...OFF, '--fail-on-poor', '--since', since, '--until', until], { env: ENV });
  const judges = window('2026-11-22T10:01Z', '2026-11-22T10:02Z');
  assert.equal(judges.status, 0, judges.stderr);
  assert.match(judges.stderr, /warning: the gates passed with nothing to judge: no call of known quality \(1 call, no metric a rule judges on any stream\)/);
  const read = window('2026-11-22T10:02Z', '2026-11-22T10:03Z');
  assert.match(read.stderr, /warning: the gates passed with nothing to judge: no call of known quality \(1 call, no metric read on any stream\)/);
  // A metric summarize does not hold (RTT max) was read: as much as one it holds.
  const unheld = window('2026-11-22T10:06Z', '2026-11-22T10:07Z');
  assert.match(unheld.stderr, /warning: the gates passed with nothing to judge: no call of known quality \(1 call, no metric a rule judges on any stream\)/);
});

test('on worker threads every report is byte for byte one thread\'s', () => {
  const env = { ...ENV, ACS_CALLLOGS_BATCH_BYTES: '1024' }; // a few records a batch, spread over the workers
  for (const format of ['json', 'table', 'junit']) {
    const one = runCli(['summarize', FIXTURE, ...OFF, '--format', format, '--threads', '1'], { env });
    const two = runCli(['summarize', FIXTURE, ...OFF, '--format', format, '--threads', '2'], { env });
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.stdout, one.stdout, format);
    assert.match(two.stdout, format === 'json' ? /"unknownStreamsWithMetrics": 1,/ : /no metric a rule judges/, format);
  }
});

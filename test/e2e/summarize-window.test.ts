import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { usageErrorLine } from '../support/usage-error-line.js';

// test/fixtures/window/call-start-times.jsonl, against the window 2026-12-05 10:00 → 11:00:
//   aaaa records generated 10:30 (inside), CallStartTime 2026-12-04 23:50: outside
//   bbbb records generated 11:20 (after the window), CallStartTime 10:50: inside
//   cccc records generated 10:20 and its leg joined 10:10 (both inside), no CallStartTime: left out, counted
//   dddd CallStartTime 10:05 (inside); a second leg logs no CallStartTime and joined 09:55, before the window: inside
const FIXTURE = 'test/fixtures/window/call-start-times.jsonl';
const WINDOW = ['summarize', FIXTURE, '--since', '2026-12-05T10:00Z', '--until', '2026-12-05T11:00Z'];

test('--since/--until select calls by their CallStartTime, not TimeGenerated nor a leg\'s join; calls without one are counted', () => {
  const { result, json } = runJson<SummaryDocument>(WINDOW);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.calls.map((c) => c.correlationId.slice(0, 4)).sort(), ['bbbb', 'dddd']);
  assert.equal(json.totals.calls, 2);
  assert.deepEqual(json.selection, {
    since: '2026-12-05T10:00:00.000Z',
    until: '2026-12-05T11:00:00.000Z',
    callsOutside: 1,
    callsWithoutStartTime: 1,
    callsWithoutStartTimePoor: 0,
    callsWithoutStartTimeUnknown: 0,
  });
  // Nothing disappears silently: every call read is selected, outside or without a CallStartTime.
  assert.equal(json.totals.calls + json.selection!.callsOutside + json.selection!.callsWithoutStartTime, 4);

  // Judged on worker threads, each a share of the calls: the same selection.
  const threaded = runJson<SummaryDocument>([...WINDOW, '--threads', '2']).json;
  assert.deepEqual(threaded.selection, json.selection);
  assert.deepEqual(threaded.calls.map((c) => c.correlationId.slice(0, 4)).sort(), ['bbbb', 'dddd']);

  const text = runCli(WINDOW);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /Calls that started 2026-12-05 10:00:00 → 2026-12-05 11:00:00 UTC; left out: 1 outside, 1 without a CallStartTime/);
});

test('without a window every call is summarized, one without a CallStartTime too', () => {
  const { json } = runJson<SummaryDocument>(['summarize', FIXTURE]);
  assert.equal(json.totals.calls, 4);
  assert.deepEqual(json.selection, { since: null, until: null, callsOutside: 0, callsWithoutStartTime: 0, callsWithoutStartTimePoor: 0, callsWithoutStartTimeUnknown: 0 });
});

test('a window of the day before holds only the call that started then, whatever its records\' TimeGenerated', () => {
  const { json } = runJson<SummaryDocument>(['summarize', FIXTURE, '--until', '2026-12-05T00:00Z']);
  assert.deepEqual(json.calls.map((c) => c.correlationId.slice(0, 4)), ['aaaa']);
  assert.deepEqual([json.selection!.callsOutside, json.selection!.callsWithoutStartTime], [2, 1]);
});

test('a window pasted with an offset of hours alone or a space before its zone is the same window; 999999w back is refused in one line', () => {
  for (const [since, until] of [['2026-12-05T11:00+01', '2026-12-05T12:00+01'], ['2026-12-05 05:00 -0500', '2026-12-05 06:00 -05:00'], ['2026-12-05 10:00:00 UTC', '2026-12-05 11:00:00 UTC']]) {
    const { result, json } = runJson<SummaryDocument>(['summarize', FIXTURE, '--since', since!, '--until', until!]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual([json.selection!.since, json.selection!.until], ['2026-12-05T10:00:00.000Z', '2026-12-05T11:00:00.000Z'], since);
    assert.deepEqual(json.calls.map((c) => c.correlationId.slice(0, 4)).sort(), ['bbbb', 'dddd']);
  }
  // It wrote "since": "-017139-…" (an extended year) and read every call.
  assert.equal(
    usageErrorLine(['summarize', FIXTURE, '--since', '999999w', '--format', 'json']),
    "acs-calllogs: --since '999999w' back from now is before 0001-01-01, the earliest time an ACS log holds: leave --since out to read every call\n",
  );
  assert.match(usageErrorLine(['summarize', FIXTURE, '--since', '2026-12-05 10:00 CET']), /^acs-calllogs: --since '2026-12-05 10:00 CET': a zone by name \(CET\) is not read/);
});

// test/fixtures/window/without-start-time.jsonl: 1111 started 2026-11-20 09:00 and is good; 5555 logs only a stream,
// poor (RTT 900), no CallSummary; 7777 logs a leg that joined 09:10 but no CallStartTime, and no stream: unknown.
// 5555 and 7777 fall to different workers with --threads 2 (partition-of.ts), 1111 with 5555.
const UNDATED = 'test/fixtures/window/without-start-time.jsonl';
const UNDATED_WARNING = 'warning: 2 calls without a CallStartTime left out of the window (1 poor, 1 of unknown quality); run without --since/--until to judge them\n';

test('calls left out for want of a CallStartTime are told on stderr in every format, with how many were poor or unknown', () => {
  // Without a window the poor call fails the gate.
  const whole = runCli(['summarize', UNDATED, '--fail-on-poor', '--format', 'junit']);
  assert.equal(whole.status, 1, whole.stderr);
  assert.doesNotMatch(whole.stderr, /CallStartTime/);

  for (const threads of ['1', '2']) {
    const windowed = ['summarize', UNDATED, '--since', '2026-11-01', '--fail-on-poor', '--threads', threads];
    // The gate passes (the window holds one good call), but not in silence, whatever the report on stdout.
    for (const format of ['junit', 'github', 'table']) {
      const run = runCli([...windowed, '--format', format]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, UNDATED_WARNING, `--format ${format} --threads ${threads}`);
    }
    const { result, json } = runJson<SummaryDocument>(windowed);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, UNDATED_WARNING, `--threads ${threads}`);
    assert.equal(json.totals.calls, 1);
    assert.deepEqual(json.selection, {
      since: '2026-11-01T00:00:00.000Z',
      until: null,
      callsOutside: 0,
      callsWithoutStartTime: 2,
      callsWithoutStartTimePoor: 1,
      callsWithoutStartTimeUnknown: 1,
    });
  }
});

test('a window that holds no call says why the calls without a CallStartTime were left out, then that the gates judged nothing', () => {
  const run = runCli(['summarize', UNDATED, '--since', '2026-12-01', '--fail-on-poor', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stderr,
    `${UNDATED_WARNING}warning: no call started in the window 2026-12-01 00:00:00 → … UTC (1 call outside it); a --since/--until time without a zone is UTC\nwarning: the gates passed with nothing to judge: no call in the selection\n`,
  );
  const selection = (JSON.parse(run.stdout) as SummaryDocument).selection!;
  assert.deepEqual([selection.callsOutside, selection.callsWithoutStartTime, selection.callsWithoutStartTimePoor], [1, 2, 1]);
});

test('a call without a CallStartTime that is good is told as good; a window that leaves none out for that says nothing', () => {
  const run = runCli(['summarize', FIXTURE, '--since', '2026-12-05T10:00Z', '--format', 'json']);
  assert.equal(run.stderr, 'warning: 1 call without a CallStartTime left out of the window (1 good); run without --since/--until to judge it\n');
  const dated = runCli(['summarize', 'test/fixtures/fleet/', '--since', '2026-11-20T09:00Z', '--format', 'json']);
  assert.equal(dated.status, 0, dated.stderr);
  assert.doesNotMatch(dated.stderr, /CallStartTime/);
});

test('JUnit says the window its calls and gates are over, in the github ::notice\'s words: a property of each testsuite, and under a crossed gate', () => {
  // The samples from 09:30: one poor call in it, four calls before.
  const windowed = ['summarize', 'samples', '--since', '2026-11-20T09:30:00Z', '--max-poor-streams', '0', '--fail-on-poor'];
  const said = 'Calls that started 2026-11-20 09:30:00 → … UTC; left out: 4 outside';
  const notice = runCli([...windowed, '--format', 'github']).stdout.split('\n').find((l) => l.startsWith('::notice '))!;
  assert.ok(notice.includes(`%0A${said}%0A`), notice);
  const junit = runCli([...windowed, '--format', 'junit']);
  assert.equal(junit.status, 1, junit.stderr);
  const property = `<properties>\n      <property name="window" value="${said}"/>\n    </properties>\n`;
  assert.ok(junit.stdout.includes(`<testsuite name="acs-calllogs call quality" tests="4" failures="1" errors="0" skipped="1" time="2943" timestamp="2026-11-20T09:54:05">\n    ${property}    <testcase `), junit.stdout);
  assert.ok(junit.stdout.includes(`<testsuite name="acs-calllogs gates" tests="2" failures="2" errors="0" skipped="0" timestamp="2026-11-20T09:54:05">\n    ${property}    <testcase `), junit.stdout);
  // GitLab and Azure DevOps show a failed testcase's text only: the window is there too, under each crossed gate's line.
  for (const gate of ['max-poor-streams', 'fail-on-poor']) {
    assert.match(junit.stdout, new RegExp(`<testcase name="${gate}" classname="gate">\\n\\s+<failure message="[^"]+" type="gate">${gate} crossed: [^\\n]+\\n${said}</failure>`), gate);
  }
  // Without a window, no property.
  assert.doesNotMatch(runCli(['summarize', 'samples', '--format', 'junit']).stdout, /<properties>/);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from '../support/run-cli.js';

/**
 * A --since/--until window in which no call read started: exit 0 (logs not arrived yet is no failure of the calls), and
 * stderr says so whatever the format, with the window as resolved and how many calls were outside it. A CSV, NDJSON
 * or JUnit report is then empty, and without a gate nothing else said why (a window written in local time, taken as
 * UTC, is the usual cause).
 */
const SAID = 'warning: no call started in the window … → 2026-11-20 00:00:00 UTC (8 calls outside it); a --since/--until time without a zone is UTC';

test('summarize: a window no call started in says so on stderr, exit 0, whatever the format', () => {
  for (const format of ['csv', 'ndjson', 'junit', 'json']) {
    const { status, stderr } = runCli(['summarize', 'samples', '--until', '2026-11-20', '--format', format]);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, `${SAID}\n`, format);
  }
  // With a gate, the gate's own line follows: it passed with nothing to judge.
  const gated = runCli(['summarize', 'samples', '--until', '2026-11-20', '--max-poor-calls', '0', '--format', 'csv']);
  assert.equal(gated.status, 0);
  assert.equal(gated.stderr, `${SAID}\nwarning: the gates passed with nothing to judge: no call in the selection\n`);
  // JUnit is never without a testcase (Jenkins' junit step fails the build on a report of none, GitLab shows nothing):
  // one, `calls`, skipped in stderr's words.
  const junit = runCli(['summarize', 'samples', '--until', '2026-11-20', '--format', 'junit']).stdout;
  const said = SAID.replace(/^warning: /, '');
  assert.ok(junit.includes(`<testcase name="calls" classname="selection">\n      <skipped message="${said}">${said}</skipped>`), junit);
  // A window some call started in says nothing of the kind.
  assert.equal(runCli(['summarize', 'samples', '--until', '2026-11-20T09:00Z', '--format', 'csv']).stderr, '');
});

test('summarize: calls that all lack a CallStartTime are said by their own line alone, not as a window no call started in', () => {
  // The fixture's two calls with no CallStartTime (a CallDiagnostics alone, a CallSummary with a participant's start only).
  const lines = readFileSync(join(ROOT, 'test/fixtures/window/without-start-time.jsonl'), 'utf8').split('\n');
  const { status, stderr } = runCli(['summarize', '-', '--since', '2020-01-01', '--format', 'csv'], { input: `${lines[2]}\n${lines[3]}\n` });
  assert.equal(status, 0, stderr);
  // None was outside the window, so "(0 calls outside it); a --since/--until time without a zone is UTC" blamed the zone wrongly.
  assert.equal(stderr, 'warning: 2 calls without a CallStartTime left out of the window (1 poor, 1 of unknown quality); run without --since/--until to judge them\n');
  // JUnit's `calls` testcase, skipped, says the same, not "no call read".
  const junit = runCli(['summarize', '-', '--since', '2020-01-01', '--format', 'junit', '--quiet'], { input: `${lines[2]}\n${lines[3]}\n` });
  assert.match(junit.stdout, /<testcase name="calls" classname="selection">\n\s+<skipped message="2 calls without a CallStartTime left out of the window \(1 poor, 1 of unknown quality\); run without --since\/--until to judge them">/);
});

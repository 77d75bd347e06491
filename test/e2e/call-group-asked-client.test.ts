import assert from 'node:assert/strict';
import { test } from 'node:test';
import { section } from '../support/report-section.js';
import { runCli } from '../support/run-cli.js';

// A group call of 47 issues: 45 stream issues of leg 5b000002, a media-stats series past its limit of 5c000003, a
// participantId that no CallSummary has (its device rejoined after leg 5a000001 left: that leg's CallSummary is not in
// the export) but whose Join logs leg 5a000001's endpoint, then a failed operation of leg 5a000001.
const FILE = 'test/fixtures/input/group-client-without-summary.jsonl';
const SERIES = '  leg 5c000003: client media stats recv audio JitterInMs from 5b000002 averaged 90 ms > 30 ms — voices sound robotic';
const OPERATION = '  leg 5a000001: CreateView Failed (500) at +10s (09:00:10 UTC)';

test("a group call's participantId of no leg, whose operations log a leg's endpoint: asking for it keeps the issues it names, not that leg's, which it does not mark either", () => {
  const { status, stdout, stderr } = runCli(['call', '5c000003', FILE]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^Asked for leg 5c000003-0000-4000-8000-000000000003$/m);
  assert.ok(!section(stdout, /^Legs/).some((l) => l.includes('▸')));
  const issues = section(stdout, /^Issues/);
  assert.equal(issues[0], 'Issues (47)');
  assert.ok(issues.includes(SERIES), issues.join('\n'));
  assert.ok(!issues.includes(OPERATION), issues.join('\n'));
  assert.equal(issues.at(-1), '  +7 more: 6 stream issues, 1 failed client operation; --all lists every one');
});

test("a group call's leg asked for keeps its own issues, not those of a participantId of no leg that logged its endpoint", () => {
  const issues = section(runCli(['call', '5a000001', FILE]).stdout, /^Issues/);
  assert.ok(issues.includes(OPERATION), issues.join('\n'));
  assert.ok(!issues.includes(SERIES), issues.join('\n'));
  assert.equal(issues.at(-1), '  +7 more: 6 stream issues, 1 client media series past its limit; --all lists every one');
});

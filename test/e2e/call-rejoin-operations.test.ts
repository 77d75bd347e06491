import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';

// A group call whose leg 6a000001 left at +4m; its device (endpoint e6000001) joined again at +4m 30s as participant
// 6c000003, whose CallSummary is not in the export, and a CreateView of that rejoin failed at +5m. Call e7e70000 is the
// same, but the device joined again 4 s after its leg 7a000001 left, as participant 7c000003.
const FILE = 'test/fixtures/input/group-rejoin-operations.jsonl';

/** A line's words, spaces squeezed, without the clock time (UTC) an event may start with or an issue end with. */
const words = (line: string) => line.trim().replace(/\s+/g, ' ').replace(/^\d{2}:\d{2}:\d{2} (?=\+)/, '').replace(/ \(\d{2}:\d{2}:\d{2} UTC\)$/, '');
const events = (text: string) => section(text, /^Events/).map(words);
const issues = (text: string) => section(text, /^Issues/).map(words);

test("a rejoined device's operations, after its earlier leg left, are shown under their own participantId, not that leg's", () => {
  const { status, stdout, stderr } = runCli(['call', '6c000003', FILE]);
  assert.equal(status, 0, stderr);
  assert.deepEqual(issues(stdout), ['Issues (1)', 'leg 6c000003: CreateView Failed (500) at +5m 00s']);
  assert.ok(events(stdout).includes('+4m 30s 6c000003 Join Succeeded 200 1100 ms'), stdout);
  assert.ok(events(stdout).includes('+4m 00s 6a000001 Hangup Succeeded 200 150 ms'), 'the leg\'s own, by its participantId');
});

test("call's JSON gives a rejoin's operations no leg, and the earlier leg's its own", () => {
  const { json } = runJson<CallDocument>(['call', 'e6e60000', FILE]);
  assert.deepEqual(
    json.operations.map((o) => [o.operationName, o.participantId?.slice(0, 8), o.leg?.participantId?.slice(0, 8) ?? null]),
    [['Join', '6a000001', '6a000001'], ['Hangup', '6a000001', '6a000001'], ['Join', '6c000003', null], ['CreateView', '6c000003', null]],
  );
});

test("a participantId of no leg whose Join logs the endpoint of a leg that left a minute before: the Join is its own", () => {
  const { stdout } = runCli(['call', '5c000003', 'test/fixtures/input/group-client-without-summary.jsonl', '--all']);
  assert.ok(events(stdout).includes('+5m 00s 5c000003 Join Succeeded 200 120 ms'), stdout);
});

test("a rejoin seconds after the device's leg left, within the clocks' skew: its operations are its own, by the participantId they log", () => {
  const { status, stdout, stderr } = runCli(['call', 'e7e70000', FILE]);
  assert.equal(status, 0, stderr);
  assert.deepEqual(issues(stdout), ['Issues (1)', 'leg 7c000003: CreateView Failed (500) at +4m 07s']);
  assert.ok(events(stdout).includes('+4m 04s 7c000003 Join Succeeded 200 1100 ms'), stdout);
});

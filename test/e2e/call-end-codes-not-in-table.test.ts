import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// Leg pa ended on 502/1234 (ungraceful to Call Diagnostics; the call-end code table has no 502 row), leg pb on
// 999/123456 with the log's ResultCategory UnexpectedServerError, leg pc on 0/0.
const PATH = 'test/fixtures/input/end-codes-not-in-table.jsonl';

test('an end code the call-end code table has no row for says so, rather than leaving its meaning blank', () => {
  const { stdout, status, stderr } = runCli(['call', 'e0dc0de0', PATH]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /│ pa +│ e-pa +│ VoIP │ - +│ \+0s +│ 2m 00s +│ 502\/1234 \(not in the call-end code +│/);
  assert.match(stdout, /│ pb +│ e-pb +│ VoIP │ - +│ \+0s +│ 5m 00s +│ 999\/123456 UnexpectedServerError \(not +│/);
  assert.match(stdout, /\n {2}leg pa: dropped at \+2m 00s \(09:02:00 UTC\) — code 502\/1234 \(not in the call-end code table\)\n/);
  assert.match(stdout, /\n {2}leg pb: ended on an unexpected error \(UnexpectedServerError\) at \+5m 00s \(09:05:00 UTC\) — code 999\/123456 \(not in the call-end code table\)\n/);
  const markdown = runCli(['call', 'e0dc0de0', PATH, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| `pa` \|.*\| 502\/1234 \(not in the call-end code table\) \*\*\(dropped\)\*\* \|/);
  const junit = runCli(['call', 'e0dc0de0', PATH, '--format', 'junit']).stdout;
  assert.match(junit, /leg pb \(VoIP\): joined \+0s, stayed 5m 00s, ended 999\/123456 UnexpectedServerError \(not in the call-end code table\) \(failed\)/);
  // JSON keeps the table's meaning as it is: none.
  const { json } = runJson<CallDocument>(['call', 'e0dc0de0', PATH]);
  assert.deepEqual(
    json.participants.map((p) => [p.participantId, p.endReason.message]),
    [
      ['pa', null],
      ['pb', null],
      ['pc', 'Call ended successfully by local participant.'],
    ],
  );
});

test("summarize's Call ends by code says a code is not in the table where it gives the meaning", () => {
  const { stdout } = runCli(['summarize', PATH]);
  assert.match(stdout, /│ 502\/1234 +│ - +│ +1 │ yes +│ not in the call-end code table +│/);
  assert.match(stdout, /│ 0\/0 +│ Success +│ +1 │ no +│ Call ended successfully by local participant\. +│/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';

// 1:1 calls to and from the phone network and Teams, as a support engineer gets them in a ticket
// (test/fixtures/pstn/): storage-account JSON Lines and a Log Analytics portal CSV.
const PSTN = 'test/fixtures/pstn/';

function endsOf(json: CallDocument): string[][] {
  return json.participants.map((p) => [p.endpointType ?? '-', `${p.endReason.code}/${p.endReason.subCode}`, p.endReason.message ?? 'null', String(p.dropped), String(p.failed)]);
}

test('ACS client to a phone number that declines (603/560603): each leg says it was declined, and that is no issue', () => {
  const { result, json } = runJson<CallDocument>(['call', 'c6030a11', PSTN]);
  assert.equal(result.status, 0, result.stderr);
  const declined = 'Call declined by the recipient, or call declined due to fraud detection.';
  assert.deepEqual(endsOf(json), [
    ['VoIP', '603/560603', declined, 'false', 'false'],
    ['PSTN', '603/560603', declined, 'false', 'false'],
  ]);
  assert.deepEqual(json.issues, []);
  const text = runCli(['call', 'c6030a11', PSTN]).stdout;
  assert.match(text, /│ 9d2e4f6a │ e1f2a3b4 │ PSTN · Outbound │ [^│]+│ \+1s +│ 12s +│ 603\/560603 ExpectedError: Call +│/);
  assert.match(text, /\+13s {2}9d2e4f6a {2}left {19}603\/560603 Call declined by the recipient/);
  assert.match(text, /\nIssues\n {2}none\n/);
});

test('a phone caller who hangs up after 30 s on a Call Automation app (0/540000): a normal end, decoded, not flagged', () => {
  const { json } = runJson<CallDocument>(['call', 'b5400b22', PSTN]);
  assert.deepEqual(endsOf(json), [
    ['PSTN', '0/540000', 'Normal PSTN call end: user ended the call, or call ended by media agent.', 'false', 'false'],
    ['Bot', '0/0', 'Call ended successfully by local participant.', 'false', 'false'],
  ]);
  assert.equal(json.durationSeconds, 31);
  assert.deepEqual([json.issueCount, json.dropped, json.failedLegs], [0, [], []]);
  const text = runCli(['call', 'b5400b22', PSTN]).stdout;
  assert.match(text, /│ a1b2c3d4 │ b2c3d4e5 │ PSTN · Inbound │ [^│]+│ \+0s +│ 30s +│ 0\/540000 Success: Normal PSTN call +│/);
  assert.match(text, /\+30s {2}a1b2c3d4 {2}left {19}0\/540000 Normal PSTN call end: user ended the call, or call ended by media agent\.\n/);
  assert.doesNotMatch(text, /not in the call-end code table/);
});

test('a PSTN leg the carrier failed (503/560503): the PSTN page\'s meaning and advice, not a Communication Services infrastructure error', () => {
  const { json } = runJson<CallDocument>(['call', 'c5030c33', PSTN]);
  for (const leg of json.participants) {
    assert.match(leg.endReason.message ?? '', /^Call failed because of an internal server error in one of the services involved in the call/);
    assert.match(leg.endReason.advice ?? '', /contact your telco provider or Microsoft support/);
    assert.doesNotMatch(leg.endReason.advice ?? '', /File a support request/);
  }
  const markdown = runCli(['call', 'c5030c33', PSTN, '--format', 'markdown']).stdout;
  assert.match(markdown, /- leg 2c3d4e5f: dropped at \+6s \(15:14:50 UTC\) — code 503\/560503 Call failed because of an internal server error/);
  assert.doesNotMatch(markdown, /infrastructure error/);
  // 408/560408: the phone did not answer the call set-up, not "Call controller timed out" (the 408 of the SDK table).
  const text = runCli(['call', 'c4080d44', PSTN]).stdout;
  assert.match(text, /leg 6e7f8091: dropped at \+33s \(15:31:35 UTC\) — code 408\/560408 The called party didn't respond to a call establishment message within the prescribed time period\./);
  assert.doesNotMatch(text, /Call controller timed out/);
});

test("summarize's Call ends by code gives the PSTN codes' meanings", () => {
  const { stdout, status } = runCli(['summarize', PSTN]);
  assert.equal(status, 0);
  assert.match(stdout, /│ 0\/540000 +│ Success +│ +1 │ no +│ Normal PSTN call end: user ended the call, or +│/);
  assert.match(stdout, /│ 603\/560603 │ ExpectedError +│ +1 │ no +│ Call declined by the recipient, or call +│/);
  assert.doesNotMatch(stdout, /not in the call-end code table/);
});

test('a phone number leg\'s Identifier is the number, whole: its last 8 digits are not the number a ticket gives', () => {
  const text = runCli(['call', 'c5030c33', PSTN]).stdout;
  assert.match(text, /│ 2c3d4e5f │ 3e4f5a6b │ PSTN · Outbound │ \+442071838750 │ \+1s +│/);
  assert.match(text, /│ 0b1c2d3e │ 7a8b9c0d │ VoIP · ACS {6}│ …0d00b201 +│/, 'an ACS id keeps its end');
  const markdown = runCli(['call', 'b5400b22', PSTN, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| `a1b2c3d4` \| `b2c3d4e5` \| PSTN · Inbound \| \+12065550148 \|/);
});

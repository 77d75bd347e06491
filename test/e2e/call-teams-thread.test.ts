import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';

/** Call 89ad9b35 (its Teams meeting's only call) and two calls of a meeting held on two days, whose CallDiagnostics log no thread. */
const FIXTURE = 'test/fixtures/input/teams-thread-calls.jsonl';
const MEETING = '19:meeting_NzRhZjM4YzEtOWI0Ny00ZmRiLWE2YjUtM2Q5ZjE0ZTg3YzIx@thread.v2';
const MEETING_CALL = '89ad9b35-73c7-41ea-9426-dff8860bf37f';
const WEEKLY = '19:meeting_ZDk4YjE1ZTEtNmM2Ny00YjRlLWI1ZTQtMjdmYTlmZjc0YzVh@thread.v2';
/** A Teams meeting link as a ticket pastes it: the thread percent-encoded, then the tenant's and organiser's GUIDs. */
const LINK = `https://teams.microsoft.com/l/meetup-join/${MEETING.replace(':', '%3a').replace('@', '%40')}/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22b2a1c3d4-0000-4000-8000-000000000001%22%7d`;

test("a Teams meeting's thread id finds its call: the whole call, its streams too, which log no thread", () => {
  const byThread = runJson<CallDocument>(['call', MEETING, FIXTURE]);
  assert.equal(byThread.result.status, 0, byThread.result.stderr);
  assert.equal(byThread.json.correlationId, MEETING_CALL);
  assert.equal(byThread.json.teamsThreadId, MEETING);
  const byId = runJson<CallDocument>(['call', MEETING_CALL, FIXTURE]);
  assert.deepEqual(byThread.json, byId.json, 'the same story as by the call id');
  assert.equal(byThread.json.streams.length, 2, 'its two CallDiagnostics records, which hold no thread id');
  assert.equal(byThread.result.stderr, `note: '${MEETING}' is the Teams thread of call ${MEETING_CALL}\n`);
});

test('a Teams meeting link finds the call by the thread it holds, not by its tenant and organiser GUIDs', () => {
  const { status, stdout, stderr } = runCli(['call', LINK, FIXTURE]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, new RegExp(`^Call ${MEETING_CALL}\n`));
  assert.equal(stderr, `note: '${LINK}' holds the Teams thread ${MEETING} of call ${MEETING_CALL}\n`);
});

test("a meeting link a mail's Safe Links wrapped (encoded once more) finds the call as the link does", () => {
  // It was "no call '…'; nearest ids seen: …" with three other calls' legs.
  const safeLink = `https://nam06.safelinks.protection.outlook.com/?url=${encodeURIComponent(LINK)}&data=05%7C02%7C&reserved=0`;
  const { status, stdout, stderr } = runCli(['call', safeLink, FIXTURE]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, new RegExp(`^Call ${MEETING_CALL}\n`));
  assert.equal(stderr, `note: '${safeLink}' holds the Teams thread ${MEETING} of call ${MEETING_CALL}\n`);
});

test('a thread several calls log names each with its start, earliest first, to pick by the ticket\'s time (exit 2)', () => {
  const { status, stdout, stderr } = runCli(['call', WEEKLY, FIXTURE]);
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    `acs-calllogs: 2 calls log the Teams thread '${WEEKLY}': 5e1f7a20-2b9c-4d8e-9f31-6a0c2d4b8e71 (2026-11-23 15:00:04 UTC), ` +
      'c4d80b13-56fa-4e27-a9c3-8b1e7d20f645 (2026-11-24 15:00:04 UTC); give the id of the one to show\n',
  );
});

test('a thread no call logs is said to be one, with where a meeting logs it, not with the nearest call ids (exit 2)', () => {
  const missing = MEETING.replace('NzRh', 'QUJD');
  const { status, stderr } = runCli(['call', missing, FIXTURE]);
  assert.equal(status, 2);
  assert.match(stderr, new RegExp(`^acs-calllogs: no call in ${FIXTURE} logs the Teams thread '${missing}' \\(a meeting's calls log it as the teamsThreadId of their CallSummary records`));
  assert.doesNotMatch(stderr, /nearest ids/);
});

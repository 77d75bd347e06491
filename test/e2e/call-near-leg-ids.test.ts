import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
const LEG = '2aaed7ee-c815-46c7-a198-9c11109f5308';
const ENDPOINT = '816d30e1-039e-49bc-889a-2bc5cf6b0de7';
const EVENT_HUBS = 'samples/event-hubs/acs-diagnostics-consumer-dump-2026-11-20.jsonl';

/** The message of `call <typo> <input>` (or the input on standard input): exit 2. */
function failure(typo: string, input: string, stdin = false): string {
  const { status, stderr } = runCli(['call', typo, stdin ? '-' : input], { input: stdin ? readFileSync(input) : undefined });
  assert.equal(status, 2, stderr);
  return stderr;
}

test('a typo of a leg id suggests that leg, said to be a leg of its call, not only the ids of calls', () => {
  for (const [input, stdin] of [['samples/', false], [EVENT_HUBS, false], [EVENT_HUBS, true]] as const) {
    const stderr = failure('2aaed7ef', input, stdin);
    assert.match(stderr, new RegExp(`^acs-calllogs: no call '2aaed7ef' in (?:\\S+|- \\(standard input\\)); nearest ids seen: ${LEG} \\(leg of call ${REJOIN}\\)(, |\\n$)`, 'm'), `${input} ${stdin}`);
  }
  // The suggestion, given back, finds the leg's call.
  const found = runCli(['call', LEG, 'samples/']);
  assert.equal(found.status, 0, found.stderr);
  assert.match(found.stdout, new RegExp(`^Call ${REJOIN}`));
});

test("an endpoint's id (of legs that have a participantId) is suggested as an endpoint of its call", () => {
  assert.match(failure('816d30e0', 'samples/'), new RegExp(`; nearest ids seen: ${ENDPOINT} \\(endpoint of call ${REJOIN}\\)`));
});

test('a call id is still named alone, and a leg id of a CSV row with its call', () => {
  assert.match(failure('a60ad5d8', 'samples/'), new RegExp(`; nearest ids seen: ${REJOIN}, `));
  const csv = 'samples/log-analytics/portal-export-acs-calls-2026-11-20.csv';
  assert.match(failure('272950c9', csv), /; nearest ids seen: 272950c8-e797-4096-9ca5-dfe06952aaca \(leg of call f794018d-ad40-410f-a885-10ebe648da20\)/);
});

test('leg ids in a properties object written as JSON text are seen, in a call whose id was seen before', () => {
  // The second record's call was seen in the first: only its leg ids, in `\"participantId\":\"…\"`, are new.
  const fixture = 'test/fixtures/input/leg-ids-in-properties-text.jsonl';
  for (const stdin of [false, true]) {
    assert.match(failure('b0b00002', fixture, stdin), /; nearest ids seen: b0b00001-0000-4000-8000-000000000001 \(leg of call c0de0001-0000-4000-8000-000000000001\), /);
    assert.match(failure('e0e00002', fixture, stdin), /; nearest ids seen: e0e00001-0000-4000-8000-000000000001 \(endpoint of call c0de0001-0000-4000-8000-000000000001\), /);
  }
});

test("an id no call or leg is near (a ticket's call whose hour was not downloaded) says so, naming none of the ids: they are no typo's", () => {
  const FAR = "; no call's or leg's id seen is near it, as a typo's would be: were the logs of the call's day and hour read?\n";
  // A whole GUID of another day: the ids of samples/ it is nearest to are as far as any random ones.
  const whole = failure('deadbeef-0000-4000-8000-000000000000', 'samples/');
  assert.equal(whole, `acs-calllogs: no call 'deadbeef-0000-4000-8000-000000000000' in samples/${FAR}`);
  assert.equal(failure('0f0f0f0f', 'samples/'), `acs-calllogs: no call '0f0f0f0f' in samples/${FAR}`);
  // Read from standard input, the ids are gathered as the lines are tested: the same message.
  assert.equal(failure('0f0f0f0f', EVENT_HUBS, true), `acs-calllogs: no call '0f0f0f0f' in - (standard input); no call's or leg's id seen is near it, as a typo's would be: were the logs of the call's day and hour read?\n`);
  // A typo, in a prefix or in a whole id, is near: the ids are named, and no such words.
  for (const typo of ['2aaed7ef', '816d30e0', 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a905']) {
    const stderr = failure(typo, 'samples/');
    assert.match(stderr, /; nearest ids seen: /);
    assert.doesNotMatch(stderr, /is near it/, typo);
  }
});

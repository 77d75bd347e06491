import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';

// A P2P call whose leg eb000002's client logged its media stats under a ParticipantId of its own (9c000009), which no
// leg has; its operations log it with the leg's EndpointId, which the media-stats log has not.
const JOINED = 'test/fixtures/input/p2p-series-asked.jsonl';
const CALL = 'c3c30000-1111-4222-8333-444455556666';
const CLIENT = '9c000009-0000-4000-8000-000000000009';
const LEG = 'eb000002-0000-4000-8000-000000000002';
// Two P2P calls whose client's series no operation ties to one leg: c4c40000's client (9c000019) logged operations
// with both legs' EndpointIds; c5c50000's client (9c000029) logged none.
const UNJOINED = 'test/fixtures/input/p2p-series-unjoined.jsonl';
const GROUP = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';

test("a P2P client's media-stats series are shown under its leg (its endpointId, as the Legs table names it), the client's participantId beside it: text", () => {
  const { status, stdout, stderr } = runCli(['call', CALL, JOINED, '--all']);
  assert.equal(status, 0, stderr);
  const issues = section(stdout, /^Issues/).filter((l) => l.includes('client media stats'));
  assert.deepEqual(issues.map((l) => l.slice(0, l.indexOf(' recv'))), [
    '  leg eb000002 (client 9c000009): client media stats',
    '  leg eb000002 (client 9c000009): client media stats',
  ]);
  const media = section(stdout, /^Media stats/).slice(1).filter((l) => !l.startsWith('   '));
  assert.deepEqual(media.map((l) => l.split(/ +[▁-█]/)[0]), [
    '  eb000002 (client 9c000009) recv audio/OPUS JitterInMs',
    '  eb000002 (client 9c000009) recv audio/OPUS RoundTripTimeInMs',
  ]);
  const events = section(stdout, /^Events/).filter((l) => l.includes('media stats'));
  assert.equal(events.length, 2);
  assert.ok(events.every((l) => /^ {2}09:01:00 {3}\+1m 00s {2}eb000002 {2}media stats /.test(l)), events.join('\n'));
  assert.ok(!stdout.includes('leg 9c000009'), 'no leg named by the client id');
});

test("a P2P client's series under its leg in the Markdown and JUnit too", () => {
  const markdown = runCli(['call', CALL, JOINED, '--format', 'markdown']).stdout;
  const rows = markdown.split('\n').filter((l) => l.includes('| recv | audio/OPUS |'));
  assert.deepEqual(rows.map((l) => l.split(' | ')[0]), ['| `eb000002` (client `9c000009`)', '| `eb000002` (client `9c000009`)']);
  assert.equal(markdown.split('\n').filter((l) => l.startsWith('- leg eb000002 (client 9c000009): client media stats recv audio ')).length, 2);
  assert.equal(markdown.split('\n').filter((l) => /^\| 09:01:00 \| \+1m 00s \| `eb000002` \| media stats \|/.test(l)).length, 2);

  const junit = runCli(['call', CALL, JOINED, '--format', 'junit']).stdout;
  assert.equal(junit.split('\n').filter((l) => l.startsWith('leg eb000002 (client 9c000009): client media stats recv audio ')).length, 2, junit);
});

test("a P2P client's series in JSON: participantId as logged, its leg added (as an operation's), and its media events name the leg's endpointId", () => {
  const { result, json } = runJson<CallDocument>(['call', CALL, JOINED]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.mediaSeries.map((s) => [s.participantId, s.leg]), [
    [CLIENT, { participantId: null, endpointId: LEG }],
    [CLIENT, { participantId: null, endpointId: LEG }],
  ]);
  assert.deepEqual(json.operations.map((o) => o.leg), [{ participantId: null, endpointId: LEG }, { participantId: null, endpointId: LEG }]);
  const media = json.timeline.filter((e) => e.kind === 'media');
  assert.deepEqual(media.map((e) => [e.participantId, e.endpointId]), [[CLIENT, LEG], [CLIENT, LEG]]);
});

test("a P2P client's participantId whose operations name both legs, or a client with no operations: its series stay under its own id, of no leg, and asking for it marks none", () => {
  const both = runCli(['call', '9c000019', UNJOINED]);
  assert.equal(both.status, 0, both.stderr);
  assert.match(both.stdout, /^Asked for leg 9c000019-0000-4000-8000-000000000019$/m);
  assert.ok(!section(both.stdout, /^Legs/).some((l) => l.includes('▸')));
  assert.ok(section(both.stdout, /^Issues/).includes('  leg 9c000019: client media stats recv audio JitterInMs averaged 90 ms > 30 ms — voices sound robotic'));
  assert.match(section(both.stdout, /^Media stats/)[1]!, /^ {2}9c000019 recv audio\/OPUS JitterInMs /);
  for (const [id, client] of [['c4c40000', '9c000019-0000-4000-8000-000000000019'], ['c5c50000', '9c000029-0000-4000-8000-000000000029']] as const) {
    const { json } = runJson<CallDocument>(['call', id, UNJOINED]);
    assert.deepEqual(json.mediaSeries.map((s) => [s.participantId, s.leg]), [[client, null]]);
    assert.deepEqual(json.timeline.filter((e) => e.kind === 'media').map((e) => [e.participantId, e.endpointId]), [[client, undefined]]);
  }
  const none = runCli(['call', 'c5c50000', UNJOINED]).stdout;
  assert.ok(section(none, /^Issues/).includes('  leg 9c000029: client media stats recv audio JitterInMs averaged 90 ms > 30 ms — voices sound robotic'));
  assert.ok(!/\(client [0-9a-f]/.test(none), none);
});

test("a group call's series stay under the participantId they log, which is their leg's own: no client id beside it; JSON's leg is that leg", () => {
  const text = runCli(['call', GROUP, 'samples/']).stdout;
  assert.ok(!/\(client [0-9a-f]/.test(text), text);
  assert.match(section(text, /^Media stats/)[1]!, /^ {2}2aaed7ee recv audio\/OPUS JitterInMs from e0dd0d03 /);
  const { json } = runJson<CallDocument>(['call', GROUP, 'samples/']);
  assert.ok(json.mediaSeries.length > 0);
  for (const s of json.mediaSeries) assert.equal(s.leg?.participantId, s.participantId);
  assert.ok(json.timeline.filter((e) => e.kind === 'media').every((e) => e.endpointId === undefined));
});

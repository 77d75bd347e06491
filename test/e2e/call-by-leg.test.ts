import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';
import { spawnCli } from '../support/spawn-cli.js';

const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
const LEG = '2aaed7ee-c815-46c7-a198-9c11109f5308'; // REJOIN's first Android leg, dropped
const DEVICE = '816d30e1-039e-49bc-889a-2bc5cf6b0de7'; // its endpoint, rejoined as leg 9d64fef3
const P2P_POOR = 'f794018d-ad40-410f-a885-10ebe648da20';
const P2P_GOOD = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
/** One JSON Lines file of envelopes: the call's third line holds none of its legs' ids, only the call's. */
const DUMP = 'samples/event-hubs/acs-diagnostics-consumer-dump-2026-11-20.jsonl';
const ACROSS = 'test/fixtures/input/leg-ids-across-calls.jsonl';
/** One call, two legs whose names begin alike: summarize cuts the one it names (the poor) only enough to tell it from itself. */
const ONE_CALL = 'test/fixtures/input/leg-prefix-one-call.jsonl';
const ONE_CALL_ID = 'abcdef04-0000-0000-0000-000000000004';

/** The story, without what says how it was asked for. */
function story(doc: CallDocument): Omit<CallDocument, 'matchedLeg'> {
  const { matchedLeg: _, ...rest } = doc;
  return rest;
}

test("a leg's prefix copied from summarize's Breaches column finds its whole call: the same story as the call's own id", () => {
  const table = runCli(['summarize', 'samples/'], { env: { NO_COLOR: '1' } }).stdout;
  const row = table.split('\n').find((line) => line.includes(REJOIN.slice(0, 8)))!;
  // Its first breach: the leg's drop, listed before the stream breaches (finding-order.ts).
  const prefix = /│ ([0-9a-f]{8}): dropped 410\/3101/.exec(row)?.[1];
  assert.equal(prefix, LEG.slice(0, 8), 'the Breaches column names the leg by its first 8 characters');

  const byCall = runJson<CallDocument>(['call', REJOIN, 'samples/']);
  const byLeg = runJson<CallDocument>(['call', prefix!, 'samples/']);
  assert.equal(byLeg.result.status, 0, byLeg.result.stderr);
  assert.equal(byLeg.json.correlationId, REJOIN);
  assert.deepEqual(byLeg.json.matchedLeg, { field: 'participantId', id: LEG });
  assert.equal(byCall.json.matchedLeg, null);
  // All its records, not only those holding the leg's id: the other legs, their streams, operations and surveys.
  assert.deepEqual(story(byLeg.json), story(byCall.json));
  assert.equal(byLeg.json.participants.length, 4);
  assert.equal(byLeg.json.streams.length, 10);
  assert.match(byLeg.result.stderr, new RegExp(`^note: '${prefix}' is leg ${LEG} of call ${REJOIN}\n$`));
});

test('the text story says which leg was asked for and marks it in the Legs table', () => {
  const { status, stdout, stderr } = runCli(['call', LEG.slice(0, 8), 'samples/'], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0, stderr);
  assert.match(stdout, new RegExp(`^Call ${REJOIN}\n(.*\n){2}Asked for leg ${LEG}, marked ▸ below\n`));
  assert.match(stdout, /│ ▸ 2aaed7ee │ 816d30e1 │/);
  assert.equal(stdout.match(/│ ▸ /g)?.length, 1, 'the one leg');
  assert.doesNotMatch(runCli(['call', REJOIN, 'samples/'], { env: { NO_COLOR: '1' } }).stdout, /Asked for|▸/);
});

test("a participant id in full, in upper case, or wrapped as pasted from a ticket finds the leg's call", () => {
  for (const query of [LEG, LEG.toUpperCase(), `{${LEG.slice(0, 13).toUpperCase()}}`]) {
    const { result, json } = runJson<CallDocument>(['call', query, 'samples/']);
    assert.equal(result.status, 0, `${query}: ${result.stderr}`);
    assert.equal(json.correlationId, REJOIN, query);
    assert.deepEqual(json.matchedLeg, { field: 'participantId', id: LEG }, query);
  }
});

test("an endpoint id finds its call: a P2P leg's (its only id), and a device's whose two legs are marked", () => {
  const p2p = runJson<CallDocument>(['call', P2P_POOR, 'samples/']).json;
  const endpoint = p2p.participants.find((p) => p.participantId === null)!.endpointId!;
  const byEndpoint = runJson<CallDocument>(['call', endpoint.slice(0, 8), 'samples/']);
  assert.equal(byEndpoint.result.status, 0, byEndpoint.result.stderr);
  assert.deepEqual(story(byEndpoint.json), story(p2p));
  assert.deepEqual(byEndpoint.json.matchedLeg, { field: 'endpointId', id: endpoint });
  assert.match(byEndpoint.result.stderr, new RegExp(`note: '${endpoint.slice(0, 8)}' is leg ${endpoint} of call ${P2P_POOR}`));

  const device = runCli(['call', DEVICE.slice(0, 8), 'samples/'], { env: { NO_COLOR: '1' } });
  assert.equal(device.status, 0, device.stderr);
  assert.match(device.stderr, new RegExp(`note: '816d30e1' is endpoint ${DEVICE} of call ${REJOIN}`));
  assert.match(device.stdout, new RegExp(`Asked for endpoint ${DEVICE}, marked ▸ below`));
  assert.deepEqual(device.stdout.match(/│ [0-9a-f]{8} +│ ▸ 816d30e1 │/g)?.map((cell) => cell.slice(2, 10)), ['2aaed7ee', '9d64fef3']);
});

test("a prefix copied from summarize that begins several legs of one call finds that call, says so, and marks no leg", () => {
  const table = runCli(['summarize', ONE_CALL], { env: { NO_COLOR: '1' } }).stdout;
  const prefix = /│ (\S+): Audio jitter/.exec(table)?.[1];
  assert.equal(prefix, 'abXcdefg', 'the Breaches column cuts the leg to 8 characters, the start of both legs');

  const shown = runCli(['call', prefix!, ONE_CALL], { env: { NO_COLOR: '1' } });
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, new RegExp(`^Call ${ONE_CALL_ID}\n`));
  assert.equal(
    shown.stderr,
    `note: 'abXcdefg' names several legs of call ${ONE_CALL_ID}: leg abXcdefghij-leg-01, leg abXcdefghij-leg-03; none is marked as asked for\n`,
  );
  assert.doesNotMatch(shown.stdout, /Asked for|▸/);
  const byLeg = runJson<CallDocument>(['call', prefix!, ONE_CALL]);
  assert.equal(byLeg.json.matchedLeg, null);
  assert.deepEqual(byLeg.json, runJson<CallDocument>(['call', ONE_CALL_ID, ONE_CALL]).json, 'the same document as by the call id');
  // The gates judge the call as ever: it is poor.
  assert.equal(runCli(['call', prefix!, ONE_CALL, '--fail-on-poor']).status, 1);
  // Read once (standard input), the call cannot be read again for its other records: the legs are named, exit 2.
  const piped = runCli(['call', prefix!, '-'], { input: readFileSync(ONE_CALL) });
  assert.equal(piped.status, 2);
  assert.match(piped.stderr, /^acs-calllogs: 'abXcdefg' names several legs of call abcdef04-\S+: leg abXcdefghij-leg-01, leg abXcdefghij-leg-03, whose other records could not be read: standard input cannot be read twice; ask for the call by its id\n$/);
});

test("a call's id wins over a leg's; a prefix of legs of several calls, or an endpoint in several calls, is ambiguous: exit 2", () => {
  const call = runJson<CallDocument>(['call', 'd0d0d0d0', ACROSS]); // also the start of a leg of call ca11aaaa
  assert.equal(call.json.correlationId, 'd0d0d0d0-0000-4000-8000-000000000003');
  assert.equal(call.json.matchedLeg, null);
  assert.doesNotMatch(call.result.stderr, /note:/);
  const leg = runJson<CallDocument>(['call', 'd0d0d0d0-1111', ACROSS]);
  assert.equal(leg.json.correlationId, 'ca11aaaa-0000-4000-8000-000000000001');

  const legs = runCli(['call', 'beefbeef', ACROSS]);
  assert.equal(legs.status, 2);
  assert.equal(legs.stdout, '');
  assert.equal(
    legs.stderr,
    "acs-calllogs: no call has the id 'beefbeef', and as a leg's it is ambiguous: " +
      'leg beefbeef-0000-4000-8000-00000000000a of call ca11aaaa-0000-4000-8000-000000000001, ' +
      'leg beefbeef-0000-4000-8000-00000000000b of call ca11bbbb-0000-4000-8000-000000000002\n',
  );
  // A native client keeps its endpointId from call to call.
  const device = runCli(['call', 'e0e0e0e0-0000-4000-8000-00000000000e', ACROSS]);
  assert.equal(device.status, 2);
  assert.match(device.stderr, /ambiguous: endpoint e0e0e0e0-\S+ of call ca11aaaa-\S+, endpoint e0e0e0e0-\S+ of call ca11bbbb-\S+\n$/);
  // Longer, the prefix names one.
  assert.equal(runJson<CallDocument>(['call', 'beefbeef-0000-4000-8000-00000000000b', ACROSS]).json.correlationId, 'ca11bbbb-0000-4000-8000-000000000002');
});

test("--fail-on-poor judges the leg's call: exit 1 for a poor one, 0 for a good one", () => {
  assert.equal(runCli(['call', LEG.slice(0, 8), 'samples/', '--fail-on-poor']).status, 1);
  const good = runJson<CallDocument>(['call', P2P_GOOD, 'samples/']).json;
  const endpoint = good.participants[0]!.endpointId!;
  const byLeg = runCli(['call', endpoint.slice(0, 8), 'samples/', '--fail-on-poor']);
  assert.equal(byLeg.status, 0, byLeg.stderr);
  assert.match(byLeg.stdout, new RegExp(`^Call ${P2P_GOOD}\n`));
});

test('a leg asked for through a named pipe, which cannot be read again: one line naming its call, exit 2', async () => {
  const fifo = join(scratchDir('leg-pipe-'), 'calls.jsonl');
  execFileSync('mkfifo', [fifo]);
  const run = spawnCli(['call', LEG.slice(0, 8), fifo]);
  createWriteStream(fifo).end(readFileSync(DUMP));
  const result = await run.done;
  assert.equal(result.killed, false);
  assert.equal(result.status, 2);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, new RegExp(`^acs-calllogs: '2aaed7ee' is leg ${LEG} of call ${REJOIN}, whose other records could not be read: .*calls\\.jsonl cannot be read twice; ask for the call by its id\n$`));
});

test('a leg asked for on standard input, which is not held to be read again: one line naming its call, exit 2', () => {
  const result = runCli(['call', LEG.slice(0, 8), '-'], { input: readFileSync(DUMP) });
  assert.equal(result.status, 2);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, `acs-calllogs: '2aaed7ee' is leg ${LEG} of call ${REJOIN}, whose other records could not be read: standard input cannot be read twice; ask for the call by its id\n`);
});

test("a leg whose id an iOS client writes in upper case (as Apple prints UUIDs) is one leg, not two of one call", () => {
  const UPPER = 'test/fixtures/input/leg-ids-in-upper-case.jsonl';
  const CALL = 'c1e7a5e0-1d5a-4b1e-9c1e-1e95c0ffee01';
  const PARTICIPANT = '9d64fef3-726a-4c24-8c1c-6796fdc6b428';
  for (const asked of ['9d64fef3', '9D64FEF3', PARTICIPANT.toUpperCase()]) {
    const byLeg = runJson<CallDocument>(['call', asked, UPPER]);
    assert.equal(byLeg.result.status, 0, `${asked}: ${byLeg.result.stderr}`);
    assert.equal(byLeg.json.correlationId, CALL);
    assert.deepEqual(byLeg.json.matchedLeg, { field: 'participantId', id: PARTICIPANT });
  }
  const doc = runJson<CallDocument>(['call', CALL, UPPER]).json;
  // The client's operation and media series name the leg the service's CallSummary does.
  assert.deepEqual(doc.operations.map((o) => o.participantId), [PARTICIPANT]);
  assert.deepEqual(doc.mediaSeries.map((s) => [s.participantId, s.remoteParticipantId]), [[PARTICIPANT, '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d']]);
  assert.deepEqual(doc.participants.map((p) => p.endpointId), ['e4d1a0b2-3c4d-4e5f-8a9b-0c1d2e3f4a5b']);
});

test("the Markdown marks the leg asked for in its Legs table too, as the text does: a ticket's reader sees which row", () => {
  const { status, stdout, stderr } = runCli(['call', LEG.slice(0, 8), 'samples/', '--format', 'markdown']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, new RegExp(`\\nAsked for leg \`${LEG}\`, marked ▸ below\\.\\n`));
  assert.match(stdout, /\n\| ▸ `2aaed7ee` \| `816d30e1` \|/);
  assert.equal(stdout.match(/\| ▸ /g)?.length, 1, 'the one leg');
  assert.doesNotMatch(runCli(['call', REJOIN, 'samples/', '--format', 'markdown']).stdout, /Asked for|▸/);
});

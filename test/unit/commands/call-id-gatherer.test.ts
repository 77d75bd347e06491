import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { idGatherer, noSeenIds, readSeenIds } from '../../../src/commands/call-id-gatherer.js';

const SAMPLES = join(fileURLToPath(new URL('../../../../', import.meta.url)), 'samples');

/** A CallSummary line of call `call` whose leg is `leg`, as JSON Lines write it. */
function line(call: number, leg: number): string {
  const id = (n: number, head: string) => `${head}${n.toString(16).padStart(4, '0')}-0000-4000-8000-000000000000`;
  return JSON.stringify({
    time: '2026-11-20T10:00:00Z',
    category: 'CallSummary',
    correlationId: id(call, 'c0de'),
    properties: { callType: 'Group', participantId: id(leg, 'b0b0'), endpointId: id(leg, 'e0e0'), endpointType: 'VoIP' },
  });
}

test('the ids gathered for "nearest ids seen" are bounded: 10,000 calls and 10,000 leg ids, whatever the input holds', () => {
  const seen = noSeenIds();
  const gather = idGatherer(seen);
  // 12,000 calls of one leg each, then more legs of a call already seen: every record is passed over.
  for (let i = 0; i < 12_000; i++) assert.equal(gather(line(i, i), undefined), false);
  for (let i = 12_000; i < 12_100; i++) gather(line(0, i), undefined);
  assert.equal(seen.calls.size, 10_000);
  assert.equal(seen.legs.size, 10_000);
  assert.deepEqual(seen.legs.get('b0b00000-0000-4000-8000-000000000000'), { field: 'participantId', id: 'b0b00000-0000-4000-8000-000000000000', callId: 'c0de0000-0000-4000-8000-000000000000', namesLeg: true });
  assert.equal(seen.legs.get('e0e00000-0000-4000-8000-000000000000')?.namesLeg, false, 'an endpoint of a leg that has a participantId');
});

test('legs of a call already seen are gathered from the records that name them', () => {
  const seen = noSeenIds();
  const gather = idGatherer(seen);
  gather(line(1, 1), undefined);
  gather(line(1, 2), undefined);
  assert.deepEqual([...seen.calls], ['c0de0001-0000-4000-8000-000000000000']);
  assert.deepEqual([...seen.legs.keys()].sort(), ['b0b00001', 'b0b00002', 'e0e00001', 'e0e00002'].map((h) => `${h}-0000-4000-8000-000000000000`));
});

test('reading the inputs again for the nearest ids, the progress line says so, not that the calls are being judged', async () => {
  // Found no call, `call` reads every file a second time: on a big folder, seconds during which the line said nothing
  // of it. A clock that moves 2 s a look draws every time bytes are told.
  const written: string[] = [];
  let clock = 0;
  const now = () => (clock += 2000);
  const seen = await readSeenIds([SAMPLES], {}, false, { isTTY: true, columns: 200, write: (text: string) => written.push(text) }, now, {});
  assert.ok(seen.calls.has('a60ad5d9-ceeb-4b7f-a165-539cb9f7a904'), 'the ids are gathered as before');
  const lines = written.filter((text) => text !== '\r\x1b[K');
  assert.ok(lines.length >= 2, JSON.stringify(written));
  for (const line of lines.slice(0, -1)) assert.match(line, /^\rno such call; reading \d+\/(\d+) files again for the nearest ids · \d+\/\d+ MB · \d+ MB\/s/);
  assert.match(lines.at(-1)!, /^\rno such call; read (\d+)\/\1 files again · \d+ MB in \d+s · naming the nearest ids\x1b\[K$/);
  assert.ok(!written.some((text) => text.includes('judging')), 'nothing is judged');
  assert.equal(written.at(-1), '\r\x1b[K', 'cleared before the message is written');

  // With --quiet, or not at a terminal, no line.
  const quiet: string[] = [];
  await readSeenIds([SAMPLES], {}, true, { isTTY: true, write: (text: string) => quiet.push(text) }, now, {});
  assert.deepEqual(quiet, []);
});

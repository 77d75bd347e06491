import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FINDING_ORDER, inFindingOrder, legEndKinds } from '../../../src/rules/finding-order.js';

test('inFindingOrder: the legs that dropped, then failed, before the media, each kind in its own order; a kind left out is none', () => {
  assert.deepEqual(FINDING_ORDER, ['dropped', 'failed', 'stream', 'series', 'operation', 'noPackets']);
  assert.deepEqual(
    inFindingOrder({ noPackets: ['n1'], operation: ['o1'], stream: ['s1', 's2'], failed: ['f1'], dropped: ['d1', 'd2'], series: ['m1'] }),
    ['d1', 'd2', 'f1', 's1', 's2', 'm1', 'o1', 'n1'],
  );
  assert.deepEqual(inFindingOrder({ stream: ['s1'] }), ['s1']);
  assert.deepEqual(inFindingOrder({}), []);
});

test('legEndKinds: summarize\'s failed legs (leg order, dropped or not) as the two kinds, each in leg order', () => {
  const legs = [
    { id: 'a', dropped: false },
    { id: 'b', dropped: true },
    { id: 'c', dropped: false },
    { id: 'd', dropped: true },
  ];
  const { dropped, failed } = legEndKinds(legs);
  assert.deepEqual(dropped.map((l) => l.id), ['b', 'd']);
  assert.deepEqual(failed.map((l) => l.id), ['a', 'c']);
  assert.deepEqual(inFindingOrder({ dropped, failed, stream: [{ id: 's', dropped: false }] }).map((l) => l.id), ['b', 'd', 'a', 'c', 's']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LegStory } from '../../../src/rules/assess-call-story.js';
import { legsInRows } from '../../../src/report/call-gantt.js';
import { REDACTED } from '../../../src/schema/values.js';

/** A leg as the chart orders it: only its ids matter. */
const leg = (participantId: string, endpointId: string | null, identifier: string | null) => ({ leg: { participantId, endpointId, identifier } }) as unknown as LegStory;
const ids = (legs: LegStory[]) => legs.map((l) => l.leg.participantId);

test('a re-join goes under the last leg of its user (identifier) or device (endpointId), marked; other legs keep their order', () => {
  const legs = [leg('a1', 'ea', 'u:alice'), leg('b1', 'eb', 'u:bob'), leg('c1', 'ec', null), leg('a2', 'ea2', 'u:alice'), leg('c2', 'ec', null), leg('a3', 'ea2', null)];
  const { legs: rows, rejoins } = legsInRows(legs);
  assert.deepEqual(ids(rows), ['a1', 'a2', 'a3', 'b1', 'c1', 'c2']);
  assert.deepEqual(ids([...rejoins]), ['a2', 'c2', 'a3']);
});

test('a redacted identifier, or none and no endpoint (a server leg), makes no re-join', () => {
  const legs = [leg('x1', 'e1', REDACTED), leg('x2', 'e2', REDACTED), leg('s1', null, null), leg('s2', null, null)];
  const { legs: rows, rejoins } = legsInRows(legs);
  assert.deepEqual(ids(rows), ['x1', 'x2', 's1', 's2']);
  assert.equal(rejoins.size, 0);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Leg } from '../../../src/model/call.js';
import type { OperationStory } from '../../../src/rules/assess-call-story.js';
import { clientLegs } from '../../../src/rules/client-legs.js';

const leg = (endpointId: string) => ({ participantId: null, endpointId }) as unknown as Leg;
const op = (participantId: string | null, of: Leg | null) => ({ operation: { participantId }, leg: of }) as unknown as OperationStory;

test("a P2P client's own participantId is of the leg its operations were joined to (in lower case); one whose operations were joined to two legs, or to none, is of none", () => {
  const [a, b] = [leg('ea'), leg('eb')];
  const legs = clientLegs([op('Client-B', b), op('client-b', b), op('client-x', a), op('client-x', b), op('client-y', null), op(null, a)]);
  assert.deepEqual([...legs.keys()], ['client-b']);
  assert.equal(legs.get('client-b'), b);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Leg } from '../../../src/model/call.js';
import type { OperationStory } from '../../../src/rules/assess-call-story.js';
import { clientLegs, p2pClientLeg, participantLeg } from '../../../src/rules/client-legs.js';

const leg = (endpointId: string) => ({ participantId: null, endpointId }) as unknown as Leg;
const op = (participantId: string | null, of: Leg | null) => ({ operation: { participantId }, leg: of }) as unknown as OperationStory;

test("a P2P client's own participantId is of the leg its operations were joined to (in lower case); one whose operations were joined to two legs, or to none, is of none", () => {
  const [a, b] = [leg('ea'), leg('eb')];
  const legs = clientLegs([op('Client-B', b), op('client-b', b), op('client-x', a), op('client-x', b), op('client-y', null), op(null, a)]);
  assert.deepEqual([...legs.keys()], ['client-b']);
  assert.equal(legs.get('client-b'), b);
});

test("a participantId a client logged (a media series', its other end's, a survey's) is of the leg whose participantId it logs (in any case), else of the P2P leg its client's operations tie it to; a group leg is never found through its endpoint's operations", () => {
  const [a, b] = [leg('ea'), leg('eb')];
  const group = { participantId: 'Group-P', endpointId: 'eg' } as unknown as Leg;
  const clients = new Map<string, Leg>([['client-b', b], ['client-g', group]]);
  assert.equal(participantLeg('group-p', [a, b, group], clients), group);
  assert.equal(participantLeg('CLIENT-B', [a, b, group], clients), b);
  assert.equal(p2pClientLeg(clients, 'Client-B'), b);
  assert.equal(participantLeg('client-g', [a, b, group], clients), null);
  assert.equal(participantLeg('client-x', [a, b, group], clients), null);
  assert.equal(participantLeg(null, [a, b, group], clients), null);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeLegId, describeLegIds, legIdsOf, matchLegId } from '../../../src/rules/match-leg-id.js';
import { call, leg, op, stream } from './breakdowns/call-builders.js';

const group = call('ca11-group', {
  legs: [leg({ participantId: 'Leg-One-0001', endpointId: 'device-0001' }), leg({ participantId: 'leg-one-0002', endpointId: 'device-0001' })],
  // A leg known only from its client records (its CallSummary in another export).
  operations: [{ ...op('Join', 'Succeeded'), participantId: 'client-only-0003', endpointId: 'device-0003' }],
});
const p2p = call('ca11-p2p', { callType: 'P2P', streams: [stream({ endpointId: 'p2p-endpoint-0004' })] });
const ids = legIdsOf([group, p2p]);

test('the ids legs go by: participantIds, and endpointIds, a P2P leg\'s its name, a device\'s of group legs not', () => {
  const described = ids.map(describeLegId).sort();
  assert.deepEqual(described, [
    'endpoint device-0001 of call ca11-group',
    'endpoint device-0003 of call ca11-group',
    'leg Leg-One-0001 of call ca11-group',
    'leg client-only-0003 of call ca11-group',
    'leg leg-one-0002 of call ca11-group',
    'leg p2p-endpoint-0004 of call ca11-p2p',
  ]);
});

test('as a call id is matched: as given, else in any case, else a prefix in any case; several ids of one call name it', () => {
  const found = (query: string) => {
    const m = matchLegId(query, ids);
    return m.kind === 'found' ? `${m.leg.field} ${m.leg.id} ${m.leg.callId}` : m.kind;
  };
  assert.equal(found('leg-one-0002'), 'participantId leg-one-0002 ca11-group');
  assert.equal(found('LEG-ONE-0001'), 'participantId Leg-One-0001 ca11-group');
  assert.equal(found('client-o'), 'participantId client-only-0003 ca11-group');
  assert.equal(found('device-0001'), 'endpointId device-0001 ca11-group', 'one device, two legs, one call');
  assert.equal(found('P2P-ENDP'), 'endpointId p2p-endpoint-0004 ca11-p2p');
  assert.equal(found('nobody-0000'), 'unknown');
  const several = matchLegId('leg-one-', ids);
  assert.equal(several.kind, 'several');
  assert.equal(several.kind === 'several' && several.callId, 'ca11-group');
  assert.deepEqual(several.kind === 'several' && several.legs.map((c) => c.id), ['Leg-One-0001', 'leg-one-0002']);
  assert.equal(several.kind === 'several' && describeLegIds(several.legs, several.callId), 'several legs of call ca11-group: leg Leg-One-0001, leg leg-one-0002');
  const endpoints = matchLegId('device-', ids);
  assert.equal(endpoints.kind === 'several' && describeLegIds(endpoints.legs, endpoints.callId), 'several endpoints of call ca11-group: endpoint device-0001, endpoint device-0003');
});

test('ids of several calls are ambiguous: the query names no one call', () => {
  const other = call('ca11-other', { legs: [leg({ participantId: 'leg-one-0009' })] });
  const ambiguous = matchLegId('leg-one-', legIdsOf([group, other]));
  assert.equal(ambiguous.kind, 'ambiguous');
  assert.deepEqual(
    ambiguous.kind === 'ambiguous' && ambiguous.candidates.map(describeLegId),
    ['leg Leg-One-0001 of call ca11-group', 'leg leg-one-0002 of call ca11-group', 'leg leg-one-0009 of call ca11-other'],
  );
});

test('a whole leg id only: found whole, never by a prefix', () => {
  assert.equal(matchLegId('DEVICE-0003', ids, true).kind, 'found');
  assert.deepEqual(matchLegId('device-000', ids, true), { kind: 'unknown' });
  assert.equal(matchLegId('client-only', ids).kind, 'found', 'as a prefix without `whole`');
  assert.deepEqual(matchLegId('client-only', ids, true), { kind: 'unknown' });
});

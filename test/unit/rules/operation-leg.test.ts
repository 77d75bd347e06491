import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Leg } from '../../../src/model/call.js';
import { operationLeg } from '../../../src/rules/operation-leg.js';
import type { OperationRecord } from '../../../src/schema/call-record.js';

const T0 = Date.UTC(2026, 10, 20, 9);

function leg(participantId: string | null, endpointId: string | null, startSeconds: number, durationSeconds: number | null): Leg {
  return {
    category: 'CallSummary', correlationId: 'c', version: null, time: null, callType: 'Group', callStartTime: T0, callDuration: 600, teamsThreadId: null,
    participantId, participantStartTime: T0 + startSeconds * 1000, participantDuration: durationSeconds, endReasonCode: 0, endReasonSubCode: 0,
    resultCategory: null, endpointId, endpointType: 'VoIP', identifier: null, sdkVersion: null, osVersion: null, participantTenantId: null,
    participantType: null, pstnParticipantCallType: null,
  };
}

function op(participantId: string | null, endpointId: string | null, atSeconds: number | null): OperationRecord {
  return {
    category: 'CallClientOperations', correlationId: 'c', version: null, time: atSeconds === null ? null : T0 + atSeconds * 1000, operationName: 'Join',
    operationType: null, operationId: null, participantId, endpointId, durationMs: null, resultType: 'Succeeded', resultSignature: '200',
    sdkVersion: null, userAgent: null, clientInstanceId: null, payload: null,
  };
}

test('an operation is of the leg its participantId names, whatever its endpointId', () => {
  const legs = [leg('pa', 'ea', 0, 600), leg('pb', 'eb', 0, 600)];
  assert.equal(operationLeg(op('pb', 'ea', 10), legs), legs[1]);
  assert.equal(operationLeg(op('PB', null, 10), legs), legs[1], 'in any case');
});

test('a participantId no leg has (a P2P client\'s own): the leg its endpointId names', () => {
  const legs = [leg(null, 'ea', 0, 600), leg(null, 'eb', 0, 600)];
  assert.equal(operationLeg(op('client-own', 'eb', 10), legs), legs[1]);
  assert.equal(operationLeg(op('client-own', 'EB', 10), legs), legs[1], 'in any case');
  assert.equal(operationLeg(op('client-own', 'ec', 10), legs), null);
  assert.equal(operationLeg(op('client-own', null, 10), legs), null);
});

test('an endpoint that rejoined: the leg it was in when the operation happened; null when that is not known', () => {
  const legs = [leg('p1', 'ea', 0, 100), leg('p2', 'ea', 200, null)];
  assert.equal(operationLeg(op('other', 'ea', 50), legs), legs[0]);
  assert.equal(operationLeg(op('other', 'ea', 300), legs), legs[1]);
  assert.equal(operationLeg(op('other', 'ea', 150), legs), null, 'between the two');
  assert.equal(operationLeg(op('other', 'ea', null), legs), null, 'no time');
});

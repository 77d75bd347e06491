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

function op(participantId: string | null, endpointId: string | null, atSeconds: number | null, durationMs: number | null = null): OperationRecord {
  return {
    category: 'CallClientOperations', correlationId: 'c', version: null, time: atSeconds === null ? null : T0 + atSeconds * 1000, operationName: 'Join',
    operationType: null, operationId: null, participantId, endpointId, durationMs, resultType: 'Succeeded', resultSignature: '200',
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

test('an endpoint that rejoined: an operation that logs no participantId is of the leg it was in when it happened; null when that is not known', () => {
  const legs = [leg('p1', 'ea', 0, 100), leg('p2', 'ea', 200, null)];
  assert.equal(operationLeg(op(null, 'ea', 50), legs), legs[0]);
  assert.equal(operationLeg(op(null, 'ea', 300), legs), legs[1]);
  assert.equal(operationLeg(op(null, 'ea', 150), legs), null, 'between the two');
  const quick = [leg('p1', 'ea', 0, 100), leg('p2', 'ea', 105, null)];
  assert.equal(operationLeg(op(null, 'ea', 102), quick), null, 'within the skew of both');
  assert.equal(operationLeg(op(null, 'ea', null), legs), null, 'no time');
});

test("a group call's leg is not the leg of an operation that logs another participantId, whatever its time: the device's rejoin", () => {
  const legs = [leg('p1', 'ea', 0, 100), leg('p2', 'eb', 0, 600)];
  assert.equal(operationLeg(op('p3', 'ea', 50), legs), null, 'while the leg was in the call');
  assert.equal(operationLeg(op('p3', 'ea', 105), legs), null, 'seconds after it left');
  assert.equal(operationLeg(op('p3', 'ea', null), legs), null, 'its time not logged');
  assert.equal(operationLeg(op(null, 'ea', 105), legs), legs[0], 'one that logs no participantId: by its endpoint');
});

test("an endpoint's only leg: the operation is of it only when its time is within the leg's span, widened by its duration and 10 s of clock skew", () => {
  // A group call's leg, and the operation logs no participantId; a P2P leg, which logs none, and the client's own.
  const legs = [leg('p1', 'ea', 60, 100), leg(null, 'eb', 60, 100)];
  for (const endpoint of ['ea', 'eb']) {
    const of = (at: number, durationMs: number | null = null) => operationLeg(op(endpoint === 'ea' ? null : 'client-own', endpoint, at, durationMs), legs);
    const mine = endpoint === 'ea' ? legs[0] : legs[1];
    assert.equal(of(60), mine, 'at its start');
    assert.equal(of(50), mine, 'a Join before it joined: within the clocks\' skew');
    assert.equal(of(48, 2500), mine, 'before the skew, by less than the Join took');
    assert.equal(of(48), null, 'before it, by more than the skew');
    assert.equal(of(170), mine, 'after it left, within the skew');
    assert.equal(of(240, 3_600_000), null, 'an operation that took an hour widens it by a minute at most');
    assert.equal(of(300, 120), null, 'a rejoin of the device, minutes after it left: of no leg in the export');
  }
});

test("an endpoint's only leg whose start or the operation's time is not logged: the operation is of it", () => {
  const one = leg(null, 'ea', 60, 100);
  assert.equal(operationLeg(op('client-own', 'ea', null), [one]), one);
  const noStart = { ...leg(null, 'ea', 0, null), participantStartTime: null };
  assert.equal(operationLeg(op('other', 'ea', 9999), [noStart]), noStart);
  const open = leg(null, 'ea', 60, null);
  assert.equal(operationLeg(op('other', 'ea', 9999), [open]), open, 'a leg whose duration is not logged has no end');
});

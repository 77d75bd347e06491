import assert from 'node:assert/strict';
import { test } from 'node:test';
import { degradedDiagnostic, userFacingDiagnostic } from '../../../src/rules/evaluate-operation.js';
import type { OperationRecord } from '../../../src/schema/call-record.js';

function op(operationName: string, payload: unknown): OperationRecord {
  return {
    category: 'CallClientOperations', correlationId: 'c', version: null, time: null, operationName, operationType: null, operationId: null,
    participantId: 'p1', endpointId: null, durationMs: null, resultType: 'Succeeded', resultSignature: '200', sdkVersion: null, userAgent: null,
    clientInstanceId: null, payload,
  };
}

test('a User Facing Diagnostic is read whatever its quality: a return to Good names what recovered; only the others are degraded', () => {
  const good = op('UserFacingDiagnostics', { DiagnosticChanged: 'networkSendQuality', DiagnosticQuality: 'Good' });
  assert.deepEqual(userFacingDiagnostic(good), { diagnostic: 'networkSendQuality', quality: 'Good' });
  assert.equal(degradedDiagnostic(good), null);
  const off = op('UserFacingDiagnostics', { DiagnosticKind: 'speakingWhileMicrophoneIsMuted', DiagnosticQuality: false });
  assert.deepEqual([userFacingDiagnostic(off), degradedDiagnostic(off)], [{ diagnostic: 'speakingWhileMicrophoneIsMuted', quality: 'false' }, null]);
  const poor = op('UserFacingDiagnostics', { DiagnosticChanged: 'networkSendQuality', DiagnosticQuality: 'Poor' });
  assert.deepEqual(degradedDiagnostic(poor), { diagnostic: 'networkSendQuality', quality: 'Poor' });
  assert.equal(userFacingDiagnostic(op('StartVideo', { DiagnosticChanged: 'x', DiagnosticQuality: 'Bad' })), null, 'another operation');
  assert.equal(userFacingDiagnostic(op('UserFacingDiagnostics', 'not JSON')), null);
});

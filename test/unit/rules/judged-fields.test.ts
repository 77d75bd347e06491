import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SUMMARIZE_METRICS, withJudgedFieldsOnly } from '../../../src/rules/judged-fields.js';
import { judgeStream } from '../../../src/rules/evaluate-stream.js';
import { RULE_METRICS, defaultThresholds } from '../../../src/rules/thresholds.js';
import type { DiagnosticsRecord, OperationRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

function stream(properties: Record<string, unknown>): DiagnosticsRecord {
  const result = normaliseRecord({ category: 'CallDiagnostics', correlationId: 'c1', time: '2026-11-20T09:00:00Z', properties });
  assert.equal(result.kind, 'record');
  return (result as { record: DiagnosticsRecord }).record;
}

test('summarize holds a stream with every rule metric and PacketUtilization (for no packets), what its listing reads and its direction (two streams of one id), nothing else', () => {
  const whole = stream({
    participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', identifier: 'acs:x', mediaType: 'Video', streamId: '7', transportType: 'UDP',
    streamDirection: 'Inbound', codecName: 'H264', roundTripTimeAvg: '600', roundTripTimeMax: '900', jitterAvg: '12', packetLossRateMax: '0.5',
    videoFrameRateAvg: '3', recvResolutionHeight: '180', videoBitRateAvg: '100000', packetUtilization: '0',
  });
  const lean = withJudgedFieldsOnly(whole) as DiagnosticsRecord;
  assert.deepEqual(Object.keys(lean.metrics), [...SUMMARIZE_METRICS]);
  assert.deepEqual(SUMMARIZE_METRICS, [...RULE_METRICS, 'packetUtilization']);
  for (const metric of SUMMARIZE_METRICS) assert.equal(lean.metrics[metric], whole.metrics[metric], metric);
  assert.equal(lean.metrics.roundTripTimeMax, undefined);
  assert.deepEqual(
    [lean.correlationId, lean.participantId, lean.endpointId, lean.endpointType, lean.mediaType, lean.streamId, lean.transportType, lean.streamDirection],
    ['c1', 'p1', 'e1', 'VoIP', 'Video', '7', 'UDP', 'Inbound'],
  );
  assert.deepEqual([lean.identifier, lean.codecName, lean.time], [null, null, null]);
  // The rules see the same stream.
  assert.deepEqual(judgeStream(lean, defaultThresholds()).issues, judgeStream(whole, defaultThresholds()).issues);
  assert.equal(judgeStream(lean, defaultThresholds()).issues.length, 3);
});

test('every other record is held whole', () => {
  const op = { category: 'CallClientOperations', correlationId: 'c1' } as OperationRecord;
  assert.equal(withJudgedFieldsOnly(op), op);
});

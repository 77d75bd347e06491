import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCalls } from '../../../src/model/build-calls.js';
import { RecordLedger } from '../../../src/model/record-ledger.js';
import type { SummaryRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

function summary(fields: Record<string, unknown>, line: number): SummaryRecord {
  const result = normaliseRecord({ Type: 'ACSCallSummaryUpdates', ...fields });
  assert.equal(result.kind, 'record');
  return (result as { record: SummaryRecord }).record;
}

test('an exact duplicate counts once, wherever it was read', () => {
  const ledger = new RecordLedger();
  const fields = { CorrelationId: 'c1', ParticipantId: 'p1', CallType: 'Group', Type: 'ACSCallSummary' };
  ledger.add(summary(fields, 1));
  ledger.add(summary(fields, 2));
  assert.equal(ledger.counts.records, 2);
  assert.equal(ledger.counts.duplicates, 1);
  assert.equal(ledger.counts.used, 1);
  assert.equal(ledger.records().length, 1);
});

test('per leg the highest CallUpdatesVersion wins, in any order, and the others count as superseded', () => {
  const ledger = new RecordLedger();
  ledger.add(summary({ CorrelationId: 'c1', ParticipantId: 'p1', CallUpdatesVersion: '2', ParticipantDuration: '60' }, 1));
  ledger.add(summary({ CorrelationId: 'c1', ParticipantId: 'p1', CallUpdatesVersion: '1', ParticipantDuration: 'None' }, 2));
  ledger.add(summary({ CorrelationId: 'c1', ParticipantId: 'p1', CallUpdatesVersion: '3', ParticipantDuration: '61' }, 3));
  ledger.add(summary({ CorrelationId: 'c1', ParticipantId: 'p2', CallUpdatesVersion: '1', ParticipantDuration: '5' }, 4));
  assert.equal(ledger.counts.superseded, 2);
  assert.equal(ledger.counts.used, 2);
  const kept = ledger.records() as SummaryRecord[];
  assert.deepEqual(kept.map((r) => [r.participantId, r.version, r.participantDuration]).sort(), [
    ['p1', 3, 61],
    ['p2', 1, 5],
  ]);
  const c = ledger.counts;
  assert.equal(c.records, c.used + c.duplicates + c.superseded + c.ignored);
});

test('an *Updates row without its version ranks below every numbered one, not as the final record', () => {
  for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2]]) {
    const rows = [
      // As a workspace writes it: a Category column (CallSummary) beside its Type (ACSCallSummaryUpdates).
      summary({ CorrelationId: 'c1', ParticipantId: 'p1', CallUpdatesVersion: 'None', ParticipantDuration: '1', Category: 'CallSummary' }, 1),
      summary({ CorrelationId: 'c1', ParticipantId: 'p1', CallUpdatesVersion: '2', ParticipantDuration: '60' }, 2),
      summary({ CorrelationId: 'c1', ParticipantId: 'p1', ParticipantDuration: '7' }, 3),
    ];
    const ledger = new RecordLedger();
    for (const i of order) ledger.add(rows[i]!);
    assert.deepEqual((ledger.records() as SummaryRecord[]).map((r) => r.participantDuration), [60], `order ${order}`);
    assert.equal(ledger.counts.superseded, 2);
  }
});

test('a call is one call whatever files its records came from; a rejoin is a second leg', () => {
  const legs = [
    summary({ CorrelationId: 'c9', ParticipantId: 'p2', EndpointId: 'e1', CallType: 'Group', ParticipantStartTime: '2026-11-20T09:05:00Z', CallStartTime: '2026-11-20T09:00:00Z', CallDuration: '600' }, 1),
    summary({ CorrelationId: 'c9', ParticipantId: 'p1', EndpointId: 'e1', CallType: 'Group', ParticipantStartTime: '2026-11-20T09:00:10Z', CallStartTime: '2026-11-20T09:00:00Z', CallDuration: '600' }, 2),
  ];
  const [call, ...rest] = buildCalls(legs);
  assert.equal(rest.length, 0);
  assert.equal(call!.legs.length, 2);
  assert.deepEqual(call!.legs.map((l) => l.participantId), ['p1', 'p2']);
  assert.equal(call!.startTime, Date.UTC(2026, 10, 20, 9, 0, 0));
  assert.equal(call!.endTime, Date.UTC(2026, 10, 20, 9, 10, 0));
  assert.equal(call!.callType, 'Group');
});

test('records of categories not kept are counted and de-duplicated, and their calls still exist', () => {
  const ledger = new RecordLedger((category) => category === 'CallSummary');
  const op = normaliseRecord({ Type: 'ACSCallClientOperations', CallId: 'only-ops', OperationName: 'Join', ResultType: 'Succeeded' });
  assert.equal(op.kind, 'record');
  const record = (op as { record: Parameters<RecordLedger['add']>[0] }).record;
  ledger.add(record, 'same fingerprint');
  ledger.add(record, 'same fingerprint');
  ledger.add(summary({ CorrelationId: 'c1', ParticipantId: 'p1', Type: 'ACSCallSummary' }, 2));
  assert.equal(ledger.counts.used, 2);
  assert.equal(ledger.counts.duplicates, 1);
  assert.equal(ledger.records().length, 1);
  const calls = buildCalls(ledger.records(), ledger.namedOnly());
  assert.deepEqual(calls.map((c) => [c.correlationId, c.legs.length, c.operations.length]).sort(), [
    ['c1', 1, 0],
    ['only-ops', 0, 0],
  ]);
});

test('a leg in both ACSCallSummary and ACSCallSummaryUpdates counts once: the final record wins, in either order', () => {
  const base = { CorrelationId: 'c1', ParticipantId: 'p1', EndpointId: 'e1', Type: 'ACSCallSummary', ParticipantDuration: '61' };
  const update = (version: string, duration: string) => ({ CorrelationId: 'c1', ParticipantId: 'p1', EndpointId: 'e1', CallUpdatesVersion: version, ParticipantDuration: duration });
  const other = { CorrelationId: 'c1', ParticipantId: 'p2', EndpointId: 'e2', CallUpdatesVersion: '1', ParticipantDuration: '5' };
  for (const order of ['updates first', 'base first', 'base between']) {
    const ledger = new RecordLedger();
    const records =
      order === 'updates first'
        ? [update('1', 'None'), update('2', '60'), base, other]
        : order === 'base first'
          ? [base, update('2', '60'), update('1', 'None'), other]
          : [update('1', 'None'), base, update('2', '60'), other];
    records.forEach((fields, i) => ledger.add(summary(fields, i + 1)));
    const kept = ledger.records() as SummaryRecord[];
    assert.deepEqual(kept.map((r) => [r.participantId, r.version, r.participantDuration]).sort(), [
      ['p1', null, 61],
      ['p2', 1, 5],
    ], order);
    const c = ledger.counts;
    assert.equal(c.used, 2, order);
    assert.equal(c.superseded, 2, order);
    assert.equal(c.records, c.used + c.duplicates + c.superseded + c.ignored, order);
  }
});

test('base-table legs that share a key without any *Updates record are all kept (nothing is superseded)', () => {
  const ledger = new RecordLedger();
  ledger.add(summary({ CorrelationId: 'c1', EndpointId: 'e1', Type: 'ACSCallSummary', ParticipantDuration: '1' }, 1));
  ledger.add(summary({ CorrelationId: 'c1', EndpointId: 'e1', Type: 'ACSCallSummary', ParticipantDuration: '2' }, 2));
  assert.equal(ledger.records().length, 2);
  assert.equal(ledger.counts.superseded, 0);
});

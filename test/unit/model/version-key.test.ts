import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecordLedger } from '../../../src/model/record-ledger.js';
import type { DiagnosticsRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

function stream(fields: Record<string, unknown>): DiagnosticsRecord {
  const result = normaliseRecord({
    Type: 'ACSCallDiagnosticsUpdates',
    CorrelationId: 'c1',
    ParticipantId: 'p1',
    EndpointId: 'e1',
    EndpointType: 'VoIP',
    MediaType: 'Audio',
    StreamId: '1000',
    ...fields,
  });
  assert.equal(result.kind, 'record');
  return (result as { record: DiagnosticsRecord }).record;
}

function kept(records: DiagnosticsRecord[]): { rtt: Array<number | undefined>; superseded: number } {
  const ledger = new RecordLedger();
  for (const record of records) ledger.add(record);
  const rtt = (ledger.records() as DiagnosticsRecord[]).map((r) => r.metrics.roundTripTimeAvg).sort();
  return { rtt, superseded: ledger.counts.superseded };
}

test('an Inbound and an Outbound stream of one leg, media type and stream id are two streams, not two versions', () => {
  const inbound = stream({ StreamDirection: 'Inbound', RoundTripTimeAvg: '620', CallUpdatesVersion: '1' });
  const outbound = stream({ StreamDirection: 'Outbound', RoundTripTimeAvg: '40', CallUpdatesVersion: '2' });
  for (const order of [[inbound, outbound], [outbound, inbound]]) assert.deepEqual(kept(order), { rtt: [40, 620], superseded: 0 });
  // The final record of one direction (base table) does not displace the other direction's version.
  const final = stream({ Type: 'ACSCallDiagnostics', StreamDirection: 'Outbound', RoundTripTimeAvg: '45' });
  for (const order of [[inbound, final], [final, inbound]]) assert.deepEqual(kept(order), { rtt: [45, 620], superseded: 0 });
});

test('versions of one stream still fold, however the direction is spelled or when it is not logged (inferred)', () => {
  // The word in any case and white space; no StreamDirection at all (an older export) is outbound for a VoIP endpoint.
  const versions = [
    stream({ StreamDirection: 'Outbound', RoundTripTimeAvg: '1', CallUpdatesVersion: '1' }),
    stream({ StreamDirection: ' OUTBOUND ', RoundTripTimeAvg: '2', CallUpdatesVersion: '2' }),
    stream({ RoundTripTimeAvg: '3', CallUpdatesVersion: '3' }),
  ];
  assert.deepEqual(kept(versions), { rtt: [3], superseded: 2 });
  // The Server endpoint's streams are the server's side, inbound: its version with no word folds with Inbound's.
  const server = [
    stream({ EndpointType: 'Server', StreamDirection: 'inbound', RoundTripTimeAvg: '4', CallUpdatesVersion: '1' }),
    stream({ EndpointType: 'Server', RoundTripTimeAvg: '5', CallUpdatesVersion: '2' }),
    stream({ EndpointType: 'Server', StreamDirection: 'Outbound', RoundTripTimeAvg: '6', CallUpdatesVersion: '1' }),
  ];
  assert.deepEqual(kept(server), { rtt: [5, 6], superseded: 1 });
});

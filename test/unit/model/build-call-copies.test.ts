import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCallChunks, buildCalls } from '../../../src/model/build-calls.js';
import { HeldStreams } from '../../../src/model/held-streams.js';
import { SUMMARIZE_HOLDS } from '../../../src/rules/judged-fields.js';
import type { CallRecord, DiagnosticsRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

function record(fields: Record<string, unknown>): CallRecord {
  const result = normaliseRecord(fields);
  assert.equal(result.kind, 'record');
  return (result as { record: CallRecord }).record;
}

// One leg and one stream as a storage blob's JSON line writes them (camelCase, numbers as strings) …
const storageLeg = { time: '2026-11-20T09:58:50.188Z', category: 'CallSummary', correlationId: 'c1', properties: { participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', callType: 'P2P', participantStartTime: '2026-11-20T09:50:00Z', participantDuration: '120' } };
const storageStream = { time: '2026-11-20T09:59:12.402Z', category: 'CallDiagnostics', correlationId: 'c1', properties: { participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', mediaType: 'Audio', streamId: '1000', transportType: 'UDP', roundTripTimeAvg: '82', jitterAvg: '1', packetLossRateAvg: '3.146336E-05' } };
// … and as a Log Analytics row (PascalCase, flat, numbers as numbers).
const analyticsLeg = { TimeGenerated: '2026-11-20T09:58:50.188Z', Type: 'ACSCallSummary', CorrelationId: 'c1', ParticipantId: 'p1', EndpointId: 'e1', EndpointType: 'VoIP', CallType: 'P2P', ParticipantStartTime: '2026-11-20T09:50:00Z', ParticipantDuration: 120 };
const analyticsStream = { TimeGenerated: '2026-11-20T09:59:12.402Z', Type: 'ACSCallDiagnostics', CorrelationId: 'c1', ParticipantId: 'p1', EndpointId: 'e1', EndpointType: 'VoIP', MediaType: 'Audio', StreamId: '1000', TransportType: 'UDP', RoundTripTimeAvg: 82, JitterAvg: 1, PacketLossRateAvg: 3.146336e-5 };

test('a leg and a stream read from two layouts are one leg and one stream, the copies counted', () => {
  const [call] = buildCalls([storageLeg, storageStream, analyticsStream, analyticsLeg].map(record));
  assert.equal(call!.legs.length, 1);
  assert.equal(call!.streams.length, 1);
  assert.equal(call!.copies, 2);
});

test('records of one leg or stream that differ in what they hold are both kept: no copies', () => {
  const otherMetric = { ...analyticsStream, RoundTripTimeAvg: 83 };
  const otherEnd = { ...analyticsLeg, ParticipantDuration: 121 };
  const [call] = buildCalls([storageLeg, storageStream, otherMetric, otherEnd].map(record));
  assert.equal(call!.legs.length, 2);
  assert.equal(call!.streams.length, 2);
  assert.equal(call!.copies, 0);
});

test('streams held in columns (summarize) drop the same copies as streams held as records', () => {
  const records = [storageLeg, storageStream, analyticsLeg, analyticsStream, { ...analyticsStream, StreamId: '1001' }].map(record);
  const held = new HeldStreams(SUMMARIZE_HOLDS.streamMetrics);
  const others: CallRecord[] = [];
  for (const r of records) (r.category === 'CallDiagnostics' ? held.add(r as DiagnosticsRecord) : others.push(r));
  const chunks = [...buildCallChunks({ records: others, streams: held, named: new Set() }, 10)];
  const call = chunks.flat()[0]!;
  assert.equal(call.streams.length, 2);
  assert.equal(call.legs.length, 1);
  assert.equal(call.copies, 2);
});

test('an inbound and an outbound stream of one id, alike in every metric, are two streams in columns too', () => {
  const inbound = { ...analyticsStream, StreamDirection: 'Inbound' };
  const outbound = { ...analyticsStream, StreamDirection: 'Outbound' };
  const held = new HeldStreams(SUMMARIZE_HOLDS.streamMetrics);
  for (const r of [inbound, outbound].map(record)) held.add(r as DiagnosticsRecord);
  const call = [...buildCallChunks({ records: [record(analyticsLeg)], streams: held, named: new Set() }, 10)].flat()[0]!;
  assert.equal(call.streams.length, 2);
  assert.equal(call.copies, 0);
  assert.deepEqual(call.streams.map((s) => s.streamDirection).sort(), ['Inbound', 'Outbound']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCalls } from '../../../src/model/build-calls.js';
import type { CallRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

function record(fields: Record<string, unknown>): CallRecord {
  const result = normaliseRecord(fields);
  assert.equal(result.kind, 'record');
  return (result as { record: CallRecord }).record;
}

/** Leg i joins i minutes into the call and stays 10 minutes; leg 0 logs P2P, the rest Group. */
function leg(i: number, participantId = `p${String(i).padStart(3, '0')}`): Record<string, unknown> {
  const start = new Date(Date.UTC(2026, 10, 20, 9, i)).toISOString();
  return { Type: 'ACSCallSummary', CorrelationId: 'c1', ParticipantId: participantId, EndpointId: `e${i}`, CallType: i === 0 ? 'P2P' : 'Group', CallStartTime: '2026-11-20T09:00:00Z', ParticipantStartTime: start, ParticipantDuration: 600 };
}

function stream(participantId: string, streamId: string): Record<string, unknown> {
  return { Type: 'ACSCallDiagnostics', CorrelationId: 'c1', ParticipantId: participantId, MediaType: 'Audio', StreamId: streamId, JitterAvg: 5 };
}

// Below and above the number of legs that settle and the breakdowns look up in place rather than in a Map.
for (const legs of [3, 40]) {
  test(`a call of ${legs} legs: streams in the order of their legs, the call's type, start and end from all of them`, () => {
    const records = Array.from({ length: legs }, (_, i) => leg(i));
    // Streams named in reverse: their order is their legs', not the order they were read in.
    for (let i = legs - 1; i >= 0; i--) records.push(stream(`p${String(i).padStart(3, '0')}`, String(1000 + i)));
    records.push(stream('nobody', '1'));
    const [call] = buildCalls(records.reverse().map(record));
    assert.deepEqual(
      call!.streams.map((s) => s.participantId),
      [...Array.from({ length: legs }, (_, i) => `p${String(i).padStart(3, '0')}`), 'nobody'],
    );
    assert.equal(call!.callType, 'Group');
    assert.equal(call!.startTime, Date.UTC(2026, 10, 20, 9, 0));
    // No callDuration logged: the last leg's end, and the duration up to it.
    assert.equal(call!.endTime, Date.UTC(2026, 10, 20, 9, legs - 1 + 10));
    assert.equal(call!.durationSeconds, (legs - 1 + 10) * 60);
  });
}

test('a participant who joins twice ranks its streams by its last leg, with few legs or many', () => {
  for (const others of [1, 30]) {
    // p-again joins first and last; a stream of another leg's id sorts between them.
    const records = [leg(0, 'p-again'), ...Array.from({ length: others }, (_, i) => leg(i + 1)), leg(others + 1, 'p-again')];
    records.push(stream('p-again', '1'), stream('p001', '2'));
    const [call] = buildCalls(records.map(record));
    assert.deepEqual(call!.streams.map((s) => s.participantId), ['p001', 'p-again'], `${others + 2} legs`);
  }
});

test("a P2P call without CallSummary: each endpoint's streams together, not interleaved by media type", () => {
  // As the schema article's P2P sample: endpoint 1 sends audio and video, endpoint 2 audio; no leg to rank them by.
  const p2p = (endpointId: string, mediaType: string, streamId: string) => ({
    Type: 'ACSCallDiagnostics', CorrelationId: 'c1', EndpointId: endpointId, EndpointType: 'VoIP', MediaType: mediaType, StreamId: streamId, JitterAvg: 1,
  });
  const [call] = buildCalls([p2p('e1', 'Audio', '1000'), p2p('e2', 'Audio', '1363841599'), p2p('e1', 'Video', '2804')].map(record));
  assert.deepEqual(
    call!.streams.map((s) => `${s.endpointId} ${s.mediaType}`),
    ['e1 Audio', 'e1 Video', 'e2 Audio'],
  );
});

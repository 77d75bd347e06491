import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCallChunks, buildCalls } from '../../../src/model/build-calls.js';
import { HeldStreams } from '../../../src/model/held-streams.js';
import { loadCalls } from '../../../src/model/load-calls.js';
import { RecordLedger } from '../../../src/model/record-ledger.js';
import { hasMetricRead } from '../../../src/rules/evaluate-call.js';
import { SUMMARIZE_HOLDS, withJudgedFieldsOnly } from '../../../src/rules/judged-fields.js';
import type { CallRecord, DiagnosticsRecord } from '../../../src/schema/call-record.js';
import { normaliseRecord } from '../../../src/schema/normalise-record.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const METRICS = SUMMARIZE_HOLDS.streamMetrics;

function diagnostics(fields: Record<string, unknown>): DiagnosticsRecord {
  const result = normaliseRecord({ Type: 'ACSCallDiagnostics', ...fields });
  assert.equal(result.kind, 'record');
  return (result as { record: DiagnosticsRecord }).record;
}

/** Every stream of the samples and fixtures, as read: the shapes, the quirks, absent and odd values. */
async function allStreams(): Promise<DiagnosticsRecord[]> {
  const { calls } = await loadCalls([join(ROOT, 'samples'), join(ROOT, 'test/fixtures')]);
  return calls.flatMap((call) => call.streams).filter((s) => s.version === null);
}

test('a stream held in columns comes back as the stream summarize would hold as an object, text for text', async () => {
  const streams = await allStreams();
  // And values at the edges: none logged, zero, negative, tiny, huge, an id of white space kept as read.
  streams.push(
    diagnostics({ CorrelationId: 'c-edge', MediaType: 'Audio' }),
    diagnostics({ CorrelationId: 'c-edge', ParticipantId: 'p', RoundTripTimeAvg: 0, JitterAvg: -3, PacketLossRateAvg: '3.146336E-05', RecvResolutionHeight: 1e300 }),
  );
  assert.ok(streams.length > 40);
  const held = new HeldStreams(METRICS);
  for (const stream of streams) held.add(stream);
  assert.equal(held.count, streams.length);
  streams.forEach((stream, i) => {
    const expected = withJudgedFieldsOnly(stream);
    assert.deepEqual(held.stream(i), expected);
    assert.equal(JSON.stringify(held.stream(i)), JSON.stringify(expected));
    assert.equal(held.correlationIdOf(i), stream.correlationId);
  });
});

test('streams past one block of columns keep their own values', () => {
  const held = new HeldStreams(METRICS);
  const n = 10_000;
  for (let i = 0; i < n; i++) held.add(diagnostics({ CorrelationId: `c${i % 97}`, StreamId: String(i), JitterAvg: i % 5 === 0 ? 'None' : i / 4 }));
  for (const i of [0, 4095, 4096, 8191, 8192, n - 1]) {
    const stream = held.stream(i);
    assert.equal(stream.streamId, String(i));
    assert.equal(stream.correlationId, `c${i % 97}`);
    assert.equal(stream.metrics.jitterAvg, i % 5 === 0 ? undefined : i / 4);
  }
});

test('a version of a stream from an *Updates table is not held in columns', () => {
  assert.throws(() => new HeldStreams(METRICS).add(diagnostics({ CorrelationId: 'c1', CallUpdatesVersion: '2' })));
});

test('calls built a chunk at a time are the calls built at once, of records and held streams together', async () => {
  const { calls } = await loadCalls([join(ROOT, 'samples')], { mediaQualityOnly: true });
  const records: CallRecord[] = calls.flatMap((c) => [...c.legs, ...c.streams, ...c.operations].map(withJudgedFieldsOnly));
  const whole = JSON.stringify(buildCalls(records).sort((a, b) => (a.correlationId < b.correlationId ? -1 : 1)));
  for (const size of [1, 3, 1000]) {
    const held = new HeldStreams(METRICS);
    const others = records.filter((r) => {
      if (r.category !== 'CallDiagnostics' || r.version !== null) return true;
      held.add(r);
      return false;
    });
    assert.ok(held.count > 40);
    const unbuilt = { records: others, streams: held, named: new Set(['only-named']) };
    const chunks = [...buildCallChunks(unbuilt, size)];
    assert.equal(unbuilt.records.length, 0, 'the records are taken');
    assert.ok(chunks.every((chunk) => chunk.length <= size));
    const built = chunks.flat();
    assert.ok(built.some((c) => c.correlationId === 'only-named' && c.legs.length === 0 && c.streams.length === 0));
    const rest = built.filter((c) => c.correlationId !== 'only-named').sort((a, b) => (a.correlationId < b.correlationId ? -1 : 1));
    assert.equal(JSON.stringify(rest), whole, `chunks of ${size}`);
  }
});

test('with reuseStreams, each chunk read before the next is asked for is the chunk built with new streams', async () => {
  const { calls } = await loadCalls([join(ROOT, 'samples')], { mediaQualityOnly: true });
  const records: CallRecord[] = calls.flatMap((c) => [...c.legs, ...c.streams, ...c.operations].map(withJudgedFieldsOnly));
  const unbuiltOf = () => {
    const held = new HeldStreams(METRICS);
    const others = records.filter((r) => {
      if (r.category !== 'CallDiagnostics' || r.version !== null) return true;
      held.add(r);
      return false;
    });
    return { records: others, streams: held, named: new Set<string>() };
  };
  for (const size of [1, 3, 1000]) {
    const fresh = [...buildCallChunks(unbuiltOf(), size)].map((chunk) => JSON.stringify(chunk));
    const reused: string[] = [];
    const streamObjects = new Set<object>();
    let streams = 0;
    for (const chunk of buildCallChunks(unbuiltOf(), size, { reuseStreams: true })) {
      reused.push(JSON.stringify(chunk));
      for (const call of chunk) for (const stream of call.streams) (streams++, streamObjects.add(stream));
    }
    assert.deepEqual(reused, fresh, `chunks of ${size}`);
    // Fewer objects than streams: a later chunk's streams were written over an earlier one's, and read the same.
    if (size < 1000) assert.ok(streamObjects.size < streams, `chunks of ${size}: ${streamObjects.size} objects for ${streams} streams`);
  }
});

test('a stream held in columns is the final record: an *Updates version of it, before or after, counts as superseded', () => {
  const final = { CorrelationId: 'c1', ParticipantId: 'p1', EndpointId: 'e1', EndpointType: 'VoIP', MediaType: 'Audio', StreamId: '1', JitterAvg: '40' };
  const update = { ...final, CallUpdatesVersion: '3', JitterAvg: '10' };
  for (const order of ['final first', 'update first']) {
    const ledger = new RecordLedger(undefined, withJudgedFieldsOnly, METRICS);
    const records = order === 'final first' ? [final, update] : [update, final];
    for (const fields of records) ledger.add(diagnostics(fields));
    const { records: kept, streams: held } = ledger.takeUnbuilt();
    assert.equal(held.count, 1, order);
    assert.equal(held.stream(0).metrics.jitterAvg, 40, order);
    assert.equal(kept.length, 0, order);
    assert.deepEqual([ledger.counts.used, ledger.counts.superseded], [1, 1], order);
  }
});

test('a stream that read only metrics not held (RTT max, bitrate) keeps the first of them: it had a metric read', () => {
  const streams = [
    diagnostics({ CorrelationId: 'c1', StreamId: '1', RoundTripTimeAvg: 'None', RoundTripTimeMax: '90', VideoBitRateAvg: '690000' }),
    diagnostics({ CorrelationId: 'c1', StreamId: '2', JitterAvg: '3', RoundTripTimeMax: '90' }),
    diagnostics({ CorrelationId: 'c2', StreamId: '3', RoundTripTimeAvg: 'None' }),
    diagnostics({ CorrelationId: 'c2', StreamId: '4', VideoBitRateAvg: '690000' }),
  ];
  const held = new HeldStreams(METRICS);
  for (const stream of streams) held.add(stream);
  streams.forEach((stream, i) => assert.equal(JSON.stringify(held.stream(i)), JSON.stringify(withJudgedFieldsOnly(stream)), `stream ${i}`));
  const kept = (i: number) => (withJudgedFieldsOnly(streams[i]!) as DiagnosticsRecord).metrics;
  assert.deepEqual(held.stream(0).metrics, { ...kept(2), roundTripTimeMax: 90 });
  assert.equal(kept(1).roundTripTimeMax, undefined, 'only when no metric held was read');
  assert.deepEqual(streams.map((_, i) => hasMetricRead(held.stream(i))), [true, true, false, true]);
  // Written over another stream's object (reuseStreams: c2's streams over c1's), a stream has its own stand-in or none.
  const read: boolean[] = [];
  for (const chunk of buildCallChunks({ records: [], streams: held, named: new Set<string>() }, 1, { reuseStreams: true })) {
    for (const call of chunk) for (const stream of call.streams) read.push(hasMetricRead(stream));
  }
  assert.deepEqual(read, [true, true, false, true]);
});

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { InputEvent } from '../../../src/input/input-event.js';
import { scratchDir } from '../../support/scratch-dir.js';
import { collect, fixture, outline, records } from './input-test-helpers.js';

const P2P_LINES = readFileSync(fixture('p2p-call.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const P2P = P2P_LINES.map((line) => JSON.parse(line) as Record<string, unknown>);
const ENVELOPE_TEXT = `{"records":[${P2P_LINES.join(',')}]}`;

/** A Capture EventData as a conversion to JSON writes it, with the Body given. */
function eventData(body: unknown, sequenceNumber = 1): Record<string, unknown> {
  return { SequenceNumber: sequenceNumber, Offset: '0', EnqueuedTimeUtc: '7/19/2021 6:47:00 PM', SystemProperties: { 'x-opt-enqueued-time': { long: 1 } }, Properties: {}, Body: body };
}

/** Avro's JSON encoding of `bytes` (avro-tools tojson): one character a byte. */
function asByteChars(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

async function read(name: string, text: string): Promise<{ events: InputEvent[]; shape: string | undefined }> {
  const path = join(scratchDir('converted-'), name);
  writeFileSync(path, text);
  const events = await collect([path]);
  const first = events[0];
  return { events, shape: first?.kind === 'file' ? first.shape : undefined };
}

test('a Capture converted to JSON Lines: Body as a string of the envelope (Python), as an object, as avro-tools\' {"bytes": …}', async () => {
  const bodies = [ENVELOPE_TEXT, JSON.parse(ENVELOPE_TEXT) as unknown, { bytes: asByteChars(ENVELOPE_TEXT) }];
  for (const body of bodies) {
    const { events, shape } = await read('capture.json', `${JSON.stringify(eventData(body))}\n`);
    assert.equal(shape, 'json-lines');
    assert.deepEqual(records(events).map((r) => r.value), P2P, JSON.stringify(body).slice(0, 40));
    assert.deepEqual(outline(events), ['record@1', 'record@1', 'record@1', 'record@1']);
  }
});

test('a Body written one character a byte (avro-tools) is read as the UTF-8 it is; other text is kept as it is', async () => {
  const record = { category: 'CallSummary', correlationId: 'c1', properties: { osVersion: 'Windows – café ☎' } };
  const text = JSON.stringify({ records: [record] });
  const lines = [eventData(asByteChars(text)), eventData(text), eventData({ bytes: asByteChars(text) })].map((e) => JSON.stringify(e));
  const { events } = await read('bytes.json', `${lines.join('\n')}\n`);
  assert.deepEqual(records(events).map((r) => r.value), [record, record, record]);
  // Characters up to U+00FF that are not UTF-8 as bytes ("Ã" alone) are text: kept.
  const latin = { category: 'CallSummary', correlationId: 'c2', properties: { osVersion: 'Ãx' } };
  const { events: kept } = await read('latin.json', `${JSON.stringify(eventData(JSON.stringify(latin)))}\n`);
  assert.deepEqual(records(kept).map((r) => r.value), [latin]);
});

test('converted EventData in an array, pretty-printed one after another (jq .), and a Body that is not JSON', async () => {
  const array = await read('array.json', JSON.stringify([eventData(ENVELOPE_TEXT, 1), eventData('not json', 2)], null, 2));
  assert.equal(array.shape, 'json-array');
  assert.deepEqual(records(array.events).map((r) => r.value), P2P);
  assert.deepEqual(array.events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : [])), ["Body not JSON: Unexpected token 'o'"]);

  const stream = await read('stream.json', `${JSON.stringify(eventData(ENVELOPE_TEXT, 1), null, 2)}\n${JSON.stringify(eventData(JSON.parse(ENVELOPE_TEXT), 2), null, 2)}\n`);
  assert.equal(stream.shape, 'json-stream');
  assert.deepEqual(records(stream.events).map((r) => r.value), [...P2P, ...P2P]);
});

test('a "records" envelope key in any case: one a line, pretty, minified in one file', async () => {
  const upper = ENVELOPE_TEXT.replace('"records"', '"Records"');
  const oneLine = await read('lines.json', `${upper}\n${ENVELOPE_TEXT.replace('"records"', '"RECORDS"')}\n`);
  assert.equal(oneLine.shape, 'json-lines');
  assert.deepEqual(records(oneLine.events).map((r) => r.value), [...P2P, ...P2P]);
  const pretty = await read('pretty.json', JSON.stringify(JSON.parse(upper), null, 2));
  assert.equal(pretty.shape, 'records-envelope');
  assert.deepEqual(records(pretty.events).map((r) => r.value), P2P);
});

test('a record with a body field beside a record\'s keys stays a record: only EventData\'s keys beside Body make an EventData', async () => {
  const record = { category: 'CallSummary', correlationId: 'c1', Body: '{"records":[]}' };
  const { events } = await read('record.json', `${JSON.stringify(record)}\n`);
  assert.deepEqual(records(events).map((r) => r.value), [record]);
});

test('a Capture converted to JSON whose Body a producer gzipped: avro-tools\' {"bytes": …} of gzip\'s bytes is inflated, then read', async () => {
  const { gzipSync } = await import('node:zlib');
  const body = { bytes: gzipSync(ENVELOPE_TEXT).toString('latin1') };
  const { events } = await read('capture-gzip.json', `${JSON.stringify(eventData(body))}\n`);
  assert.deepEqual(records(events).map((r) => r.value), P2P);
});

#!/usr/bin/env node
// Writes the Event Hubs Capture fixtures: Avro container files as Capture writes them (its EventData schema, the
// codecs of its encodings "Avro" and "AvroDeflate"), each Body an envelope {"records":[…]} as Azure Monitor sends it
// to the hub, holding the records of test/fixtures/input/p2p-call.jsonl, so that tests can expect the same call.
// Deterministic (a fixed sync marker): `node scripts/make-capture-fixture.mjs` writes the committed files again,
// byte for byte. Paths copy Capture's <namespace>/<hub>/<partition>/<yyyy>/<MM>/<dd>/<HH>/<mm>/<ss>.avro.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import avro from 'avsc';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCE = join(ROOT, 'test/fixtures/input/p2p-call.jsonl');
const OUT = join(ROOT, 'test/fixtures/input/capture/acs-contoso-ns/acs-logs');

/** Capture's writer schema, as every Capture file's header holds it. */
export const EVENT_DATA_SCHEMA = {
  type: 'record',
  name: 'EventData',
  namespace: 'Microsoft.ServiceBus.Messaging',
  fields: [
    { name: 'SequenceNumber', type: 'long' },
    { name: 'Offset', type: 'string' },
    { name: 'EnqueuedTimeUtc', type: 'string' },
    { name: 'SystemProperties', type: { type: 'map', values: ['long', 'double', 'string', 'bytes'] } },
    { name: 'Properties', type: { type: 'map', values: ['long', 'double', 'string', 'bytes', 'null'] } },
    { name: 'Body', type: ['null', 'bytes'] },
  ],
};

/** One EventData a Body, numbered from `first` (SequenceNumber), as Capture writes them (unions wrapped). */
export function eventData(bodies, first = 0) {
  return bodies.map((body, i) => ({
    SequenceNumber: first + i,
    Offset: String((first + i) * 4096),
    EnqueuedTimeUtc: `7/19/2021 6:47:0${i % 10} PM`,
    SystemProperties: { 'x-opt-sequence-number': { long: first + i }, 'x-opt-offset': { string: String((first + i) * 4096) }, 'x-opt-enqueued-time': { long: 1626720420000 + i * 1000 } },
    Properties: {},
    Body: body === null ? null : { bytes: Buffer.from(body, 'utf8') },
  }));
}

const SYNC = Buffer.from('acs-calllogs-fix'); // 16 bytes; Capture's are random
const HEADER = avro.Type.forSchema({
  type: 'record',
  name: 'org.apache.avro.file.Header',
  fields: [
    { name: 'magic', type: { type: 'fixed', name: 'Magic', size: 4 } },
    { name: 'meta', type: { type: 'map', values: 'bytes' } },
    { name: 'sync', type: { type: 'fixed', name: 'Sync', size: 16 } },
  ],
});
const LONG = avro.Type.forSchema('long');

/**
 * An Avro object container file of the EventData (the specification's "Object Container Files"), `perBlock` to a
 * block, with the codec given ('null' or 'deflate'); bytes. avsc encodes every value; the blocks are laid out here,
 * as avsc's BlockEncoder chooses its blocks by size, not by count.
 */
export function captureFile(events, codec, perBlock = Infinity) {
  const type = avro.Type.forSchema(EVENT_DATA_SCHEMA, { wrapUnions: true });
  const meta = { 'avro.codec': Buffer.from(codec), 'avro.schema': Buffer.from(JSON.stringify(EVENT_DATA_SCHEMA)) };
  const parts = [HEADER.toBuffer({ magic: Buffer.from('Obj\x01', 'latin1'), meta, sync: SYNC })];
  for (let i = 0; i < events.length; i += perBlock) {
    const block = events.slice(i, i + perBlock);
    const raw = Buffer.concat(block.map((event) => type.toBuffer(event)));
    const data = codec === 'deflate' ? deflateRawSync(raw) : raw;
    parts.push(LONG.toBuffer(block.length), LONG.toBuffer(data.length), data, SYNC);
  }
  return Buffer.concat(parts);
}

/** The records of a JSON Lines file, as Azure Monitor batches them into envelopes: `sizes` records each. */
export function envelopes(lines, sizes) {
  const bodies = [];
  let at = 0;
  for (const size of sizes) {
    bodies.push(`{"records":[${lines.slice(at, at + size).join(',')}]}`);
    at += size;
  }
  return bodies;
}

function main() {
  const lines = readFileSync(SOURCE, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const bodies = envelopes(lines, [3, 1]);
  const files = {
    // "AvroDeflate", one block
    '0/2021/07/19/18/47/00.avro': captureFile(eventData(bodies, 0), 'deflate'),
    // "Avro" (no compression), a block an EventData
    '1/2021/07/19/18/47/00.avro': captureFile(eventData(bodies, 0), 'null', 1),
  };
  for (const [path, bytes] of Object.entries(files)) {
    const file = join(OUT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    console.log(`${file}: ${bytes.length} bytes`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

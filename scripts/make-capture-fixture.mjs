#!/usr/bin/env node
// Writes the Event Hubs Capture fixtures: Avro container files as Capture writes them (its EventData schema, the
// codecs of its encodings "Avro" and "AvroDeflate"), each Body an envelope {"records":[…]} as Azure Monitor sends it
// to the hub, holding the records of test/fixtures/input/p2p-call.jsonl, so that tests can expect the same call.
// Deterministic (a fixed sync marker): `npm run build && node scripts/make-capture-fixture.mjs` writes the committed files again,
// byte for byte. Paths copy Capture's <namespace>/<hub>/<partition>/<yyyy>/<MM>/<dd>/<HH>/<mm>/<ss>.avro.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The container is written by the tests' own writer (test/support/capture-files.ts), built first: `npm run build`.
import { captureBytes } from '../dist/test/support/capture-files.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCE = join(ROOT, 'test/fixtures/input/p2p-call.jsonl');
const OUT = join(ROOT, 'test/fixtures/input/capture/acs-contoso-ns/acs-logs');

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

async function main() {
  const lines = readFileSync(SOURCE, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const bodies = envelopes(lines, [3, 1]);
  const files = {
    // "AvroDeflate", one block
    '0/2021/07/19/18/47/00.avro': await captureBytes(eventData(bodies, 0), { codec: 'deflate' }),
    // "Avro" (no compression), a block an EventData
    '1/2021/07/19/18/47/00.avro': await captureBytes(eventData(bodies, 0), { codec: 'null', blockEach: true }),
  };
  for (const [path, bytes] of Object.entries(files)) {
    const file = join(OUT, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    console.log(`${file}: ${bytes.length} bytes`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { InputEvent } from '../../../src/input/input-event.js';
import { captureBytes, eventData } from '../../support/capture-files.js';
import { scratchDir } from '../../support/scratch-dir.js';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

const DEFLATE = fixture('capture/acs-contoso-ns/acs-logs/0/2021/07/19/18/47/00.avro');
const NULL_CODEC = fixture('capture/acs-contoso-ns/acs-logs/1/2021/07/19/18/47/00.avro');
const P2P_LINES = readFileSync(fixture('p2p-call.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
const P2P = P2P_LINES.map((line) => JSON.parse(line) as unknown);

/** "record@event 2", "invalid@null"…: the kinds and places of the item events, in order. */
function places(events: InputEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'record' || e.kind === 'invalid' || e.kind === 'filtered' ? [`${e.kind}@${e.at.unit ?? 'line'} ${e.at.line}`] : []));
}

function invalidReasons(events: InputEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : []));
}

async function written(name: string, bytes: Buffer): Promise<string> {
  const path = join(scratchDir('capture-'), name);
  writeFileSync(path, bytes);
  return path;
}

test('Capture files of both codecs (AvroDeflate, Avro) hold the records of p2p-call.jsonl, placed at their EventData', async () => {
  for (const file of [DEFLATE, NULL_CODEC]) {
    const events = await collect([file]);
    assert.deepEqual(events[0], { kind: 'file', file, shape: 'eventhubs-capture', gzip: false });
    assert.deepEqual(records(events).map((r) => r.value), P2P, file);
    // The fixture's first Body is an envelope of three records, its second of one.
    assert.deepEqual(places(events), ['record@event 1', 'record@event 1', 'record@event 1', 'record@event 2'], file);
  }
});

test('a Capture file is known by its bytes whatever its name, gzipped, from standard input or handed over a byte at a time', async () => {
  const bytes = readFileSync(DEFLATE);
  const renamed = await written('PT1H.json', bytes);
  const gzipped = await written('capture.avro.gz', gzipSync(bytes));
  for (const [inputs, options, gzip] of [
    [[renamed], {}, false],
    [[gzipped], {}, true],
    [['-'], { stdin: chunkedStream(bytes, 1) }, false],
    [['-'], { stdin: chunkedStream(readFileSync(NULL_CODEC), 7) }, false],
  ] as const) {
    const events = await collect([...inputs], options);
    assert.equal(events[0]?.kind === 'file' && events[0].shape, 'eventhubs-capture', inputs[0]);
    assert.equal(events[0]?.kind === 'file' && events[0].gzip, gzip);
    assert.deepEqual(records(events).map((r) => r.value), P2P, inputs[0]);
  }
});

test('a Capture file cut off mid-write: the EventData of the blocks before the cut are read, the cut is one invalid item', async () => {
  const bytes = readFileSync(NULL_CODEC); // a block an EventData
  const whole = await collect([NULL_CODEC]);
  assert.equal(records(whole).length, 4);
  // Cut inside the second block: the first block's three records, then the break, at the first EventData it keeps
  // from being read.
  const cut = await written('cut.avro', bytes.subarray(0, bytes.length - 40));
  const events = await collect([cut]);
  assert.deepEqual(places(events), ['record@event 1', 'record@event 1', 'record@event 1', 'invalid@event 2']);
  assert.deepEqual(invalidReasons(events), ['Avro file cut off after 1 EventData; the rest of the file is not read']);
  // Cut inside the header: nothing to read, the file is skipped with the reason.
  const header = await collect([await written('header.avro', bytes.subarray(0, 30))]);
  assert.deepEqual(header.map((e) => e.kind), ['skipped']);
  assert.match(header[0]?.kind === 'skipped' ? header[0].reason : '', /cut off in its header/);
});

test('a block whose sync marker is wrong stops the file there (one invalid item); a block that does not inflate is one, and reading goes on', async () => {
  const bodies = ['{"records":[{"category":"CallSummary","correlationId":"c1"}]}', '{"records":[{"category":"CallSummary","correlationId":"c2"}]}', '{"records":[{"category":"CallSummary","correlationId":"c3"}]}'];
  const bytes = await captureBytes(eventData(bodies), { codec: 'deflate', blockEach: true });
  const sync = Buffer.from('acs-calllogs-fix');
  const syncs: number[] = [];
  for (let at = bytes.indexOf(sync); at >= 0; at = bytes.indexOf(sync, at + 1)) syncs.push(at);
  assert.equal(syncs.length, 4, 'the header and three blocks end with the marker');
  const badSync = Buffer.from(bytes);
  badSync[syncs[2]!] = 0x00; // the second block's
  const stopped = await collect([await written('sync.avro', badSync)]);
  assert.deepEqual(places(stopped), ['record@event 1', 'invalid@event 2']);
  assert.match(invalidReasons(stopped)[0]!, /^Avro file corrupt \(a sync marker is wrong\) after 1 EventData/);

  const badData = Buffer.from(bytes);
  // The second block's deflate data: after the first block's marker come its count and size (Avro longs), then its
  // data, whose first byte is made a reserved block type (3), which never inflates.
  let at = syncs[1]! + 16;
  for (let longs = 0; longs < 2; longs++) while (badData[at++]! & 0x80);
  badData[at] = 0xff;
  const skippedBlock = await collect([await written('data.avro', badData)]);
  assert.deepEqual(places(skippedBlock), ['record@event 1', 'invalid@event 2', 'record@event 3']);
  assert.match(invalidReasons(skippedBlock)[0]!, /^1 EventData not read: its block does not inflate/);
  assert.deepEqual(records(skippedBlock).map((r) => r.value.correlationId), ['c1', 'c3']);
});

test('each Body is read as an envelope (records in any case), or as one record; a Body that is not JSON or absent is one invalid item', async () => {
  const bodies: Array<string | Buffer | null> = [
    '{"Records":[{"category":"CallSummary","correlationId":"c1"},{"category":"CallDiagnostics","correlationId":"c1"}]}',
    'not json at all',
    null,
    '{"category":"CallSummary","correlationId":"c2"}',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"records":[{"category":"CallSummary","correlationId":"c3","x":"é"}]}')]),
    '[1,2]',
  ];
  const events = await collect([await written('bodies.avro', await captureBytes(eventData(bodies), { codec: 'null' }))]);
  assert.deepEqual(places(events), ['record@event 1', 'record@event 1', 'invalid@event 2', 'invalid@event 3', 'record@event 4', 'record@event 5', 'invalid@event 6']);
  assert.deepEqual(invalidReasons(events), ['Body not JSON: Unexpected token \'o\'', 'an EventData without a Body', 'Body is not an object but an array']);
  assert.deepEqual(records(events).map((r) => r.value.correlationId), ['c1', 'c1', 'c2', 'c3']);
  assert.equal(records(events)[3]?.value.x, 'é', 'the Body is UTF-8, its BOM dropped');
});

test('a prefilter tests each Body\'s text before it is parsed: a Body passed over is one filtered item', async () => {
  const bodies = ['{"records":[{"category":"CallSummary","correlationId":"wanted-1"}]}', '{"records":[{"category":"CallSummary","correlationId":"other"},{"category":"CallSummary","correlationId":"other"}]}'];
  const file = await written('filter.avro', await captureBytes(eventData(bodies)));
  const events = await collect([file], { prefilter: (raw) => raw.includes('wanted') });
  assert.deepEqual(places(events), ['record@event 1', 'filtered@event 2']);
});

test('a Body over --max-record-bytes is one invalid item, not parsed', async () => {
  const big = `{"records":[{"category":"CallSummary","correlationId":"c1","pad":"${'x'.repeat(2000)}"}]}`;
  const events = await collect([await written('big.avro', await captureBytes(eventData(['{"records":[]}', big])))], { maxRecordBytes: 1024 });
  assert.deepEqual(places(events), ['invalid@event 2']);
  assert.match(invalidReasons(events)[0]!, /^Body larger than 1 KB/);
});

test('Avro that is not Capture\'s (no Body), or of a codec Capture does not write, is skipped with the reason, never read as garbage', async () => {
  const other = await captureBytes([{ name: 'x' }], { schema: { type: 'record', name: 'Other', fields: [{ name: 'name', type: 'string' }] } as never });
  const notCapture = await collect([await written('other.avro', other)]);
  assert.deepEqual(notCapture, [{ kind: 'skipped', file: notCapture[0]!.kind === 'skipped' ? notCapture[0]!.file : '', reason: 'not call logs: an Avro file whose records have no Body (not Event Hubs Capture)' }]);

  const snappy = await captureBytes(eventData(['{"records":[]}']), { codec: 'snappy', compress: (data) => data });
  const events = await collect([await written('snappy.avro', snappy)]);
  assert.equal(events.length, 1);
  assert.deepEqual(events[0]?.kind === 'skipped' && events[0].reason, "Avro codec 'snappy' is not supported (Event Hubs Capture writes null or deflate)");
});

test('a text file that starts "Ob" is still text, and two bytes "Ob" alone are not Avro', async () => {
  const events = await collect(['-'], { stdin: chunkedStream('Ob', 1) });
  assert.deepEqual(events.map((e) => e.kind), ['skipped']);
  assert.deepEqual(outline(events), []);
});

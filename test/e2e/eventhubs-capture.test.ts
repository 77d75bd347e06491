import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { captureBytes, eventData } from '../support/capture-files.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const P2P = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
const CAPTURE = 'test/fixtures/input/capture';
const P2P_LINES = readFileSync(join(ROOT, 'test/fixtures/input/p2p-call.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');

test('summarize reads a folder of Capture files as it reads the JSON Lines they were made of: the same call, its copies duplicates', () => {
  const capture = runJson<SummaryDocument>(['summarize', CAPTURE, '--threads', '1']);
  const lines = runJson<SummaryDocument>(['summarize', 'test/fixtures/input/p2p-call.jsonl', '--threads', '1']);
  assert.equal(capture.result.status, 0, capture.result.stderr);
  assert.deepEqual(capture.json.calls, lines.json.calls);
  assert.deepEqual(capture.json.input.shapes, { 'eventhubs-capture': 2 });
  // The deflate file and the null-codec file hold the same four records: the second's are exact duplicates.
  assert.deepEqual([capture.json.input.read, capture.json.input.used, capture.json.input.duplicates], [8, 4, 4]);
  // And with the JSON Lines themselves: one call still, every copy a duplicate.
  const both = runJson<SummaryDocument>(['summarize', CAPTURE, 'test/fixtures/input/p2p-call.jsonl']);
  assert.deepEqual([both.json.input.used, both.json.input.duplicates, both.json.calls.length], [4, 8, 1]);
});

test('summarize on worker threads gives the same bytes as one thread on Capture files', () => {
  const one = runCli(['summarize', CAPTURE, 'test/fixtures/input', '--format', 'json', '--threads', '1']);
  const two = runCli(['summarize', CAPTURE, 'test/fixtures/input', '--format', 'json', '--threads', '2']);
  assert.equal(two.status, one.status);
  assert.ok(one.stdout.includes('"eventhubs-capture"'));
  assert.equal(two.stdout, one.stdout);
});

test('call <id> finds a call held in deflated Capture blocks (decoded, then filtered), also gzipped, and passes other calls over', async () => {
  const dir = scratchDir('capture-call-');
  cpSync(join(ROOT, CAPTURE), join(dir, 'capture'), { recursive: true });
  const other = `{"records":[${P2P_LINES.map((l) => l.replaceAll(P2P, 'f0f0f0f0-0000-4000-8000-000000000001')).join(',')}]}`;
  writeFileSync(join(dir, 'capture', 'other.avro.gz'), gzipSync(await captureBytes(eventData([other]))));
  const { result, json } = runJson<CallDocument>(['call', P2P, dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.correlationId, P2P);
  assert.equal(json.participants.length, 2);
  assert.equal(json.streams.length, 2);
  // The other call's EventData is one filtered item; the two files of P2P's records: 4 used, 4 duplicates.
  assert.deepEqual([json.input.read, json.input.used, json.input.duplicates, json.input.filtered], [9, 4, 4, 1]);
  const otherCall = runJson<CallDocument>(['call', 'f0f0f0f0-0000-4000-8000-000000000001', join(dir, 'capture', 'other.avro.gz')]);
  assert.equal(otherCall.result.status, 0, otherCall.result.stderr);
  assert.equal(otherCall.json.participants.length, 2);
});

test('stderr names a bad EventData by its place in the file, and a Capture cut off mid-write by the first EventData it keeps from being read', async () => {
  const dir = scratchDir('capture-bad-');
  const good = `{"records":[${P2P_LINES.join(',')}]}`;
  const file = join(dir, '00.avro');
  const bytes = await captureBytes(eventData([good, 'oops', good]), { codec: 'null', blockEach: true });
  writeFileSync(file, bytes);
  const bad = runCli(['summarize', file, '--format', 'json']);
  assert.equal(bad.status, 0);
  assert.match(bad.stderr, new RegExp(`warning: ${file.replaceAll('.', '\\.')}:event 2: invalid record: Body not JSON: Unexpected token 'o'`));

  const cut = join(dir, 'cut.avro');
  writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
  const torn = runJson<SummaryDocument>(['summarize', cut]);
  assert.equal(torn.result.status, 0);
  assert.match(torn.result.stderr, /cut\.avro:event 3: invalid record: Avro file cut off after 2 EventData; the rest of the file is not read/);
  assert.deepEqual([torn.json.input.used, torn.json.input.invalid], [4, 2]);
  // So too where its gzip stream breaks: not the file alone, with no place in it.
  const gz = gzipSync(bytes);
  const cutGz = join(dir, 'cut.avro.gz');
  writeFileSync(cutGz, gz.subarray(0, gz.length - 12));
  const tornGz = runCli(['summarize', cutGz, '--strict']);
  assert.equal(tornGz.status, 2);
  assert.match(tornGz.stderr, /^warning: .*cut\.avro\.gz:event 3: invalid record: truncated gzip stream \(unexpected end of file\); the rest of the file is not read$/m);
});

test('an Avro file of a codec Capture does not write is skipped, said in a note; alone, it is no input, said in the one error line (exit 2)', async () => {
  const dir = scratchDir('capture-snappy-');
  const file = join(dir, 'snappy.avro');
  writeFileSync(file, await captureBytes(eventData(['{"records":[]}']), { codec: 'snappy', compress: (data) => data }));
  const result = runCli(['summarize', file]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^acs-calllogs: no call-log records found in .*snappy\.avro: Avro codec 'snappy' is not supported \(Event Hubs Capture writes null or deflate\)\n$/);
  // Beside a file that holds records, it is a note of its own, and the run goes on.
  const withGood = runCli(['summarize', file, 'samples/exports/group-call-records.json']);
  assert.equal(withGood.status, 0, withGood.stderr);
  assert.match(withGood.stderr, /note: skipped .*snappy\.avro: Avro codec 'snappy' is not supported \(Event Hubs Capture writes null or deflate\)/);
});

test("call <id>: an EventData whose envelope holds records of two calls gives the call its own; the other call's are filtered", async () => {
  const dir = scratchDir('capture-mixed-');
  const other = P2P_LINES.map((l) => l.replaceAll(P2P, 'f0f0f0f0-0000-4000-8000-000000000001'));
  const mixed = `{"records":[${P2P_LINES.flatMap((l, i) => [l, other[i]!]).join(',')}]}`;
  const file = join(dir, 'mixed.avro');
  writeFileSync(file, await captureBytes(eventData([mixed])));
  const { result, json } = runJson<CallDocument>(['call', P2P, file]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([json.participants.length, json.streams.length], [2, 2]);
  assert.deepEqual([json.input.read, json.input.used, json.input.filtered, json.input.invalid], [8, 4, 4, 0]);
});

test("an EventData whose Body is an envelope with a broken record loses only that record, as a JSON line would", async () => {
  const dir = scratchDir('capture-broken-body-');
  const broken = P2P_LINES[1]!.replace('","', '" "');
  const file = join(dir, 'broken-body.avro');
  writeFileSync(file, await captureBytes(eventData([`{"records":[${[P2P_LINES[0], broken, P2P_LINES[2], P2P_LINES[3]].join(',')}]}`])));
  const { result, json } = runJson<SummaryDocument>(['summarize', file]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([json.input.read, json.input.used, json.input.invalid], [4, 3, 1]);
  assert.match(result.stderr, /broken-body\.avro:event 1: invalid record: not JSON: Expected ',' or '}' after property value/);
});

test("an EventData whose Body a producer gzipped is inflated and read as the envelope it holds; call finds its call in it; one that does not inflate is one invalid item", async () => {
  const dir = scratchDir('capture-gzip-body-');
  const envelope = `{"records":[${P2P_LINES.join(',')}]}`;
  const cut = gzipSync(envelope).subarray(0, 40);
  const file = join(dir, 'gzip-body.avro');
  writeFileSync(file, await captureBytes(eventData([gzipSync(envelope), cut]), { blockEach: true }));
  const { result, json } = runJson<SummaryDocument>(['summarize', file]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([json.input.read, json.input.used, json.input.invalid], [5, 4, 1]);
  assert.equal(result.stderr, `warning: ${file}:event 2: invalid record: Body is gzip that does not inflate (unexpected end of file)\n`);
  const call = runJson<CallDocument>(['call', P2P, file]);
  assert.equal(call.result.status, 0, call.result.stderr);
  assert.deepEqual([call.json.participants.length, call.json.streams.length], [2, 2]);
});

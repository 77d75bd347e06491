import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type Detection, detectShape } from '../../../src/input/detect-shape.js';
import { CSV_COLUMNS } from '../../../src/report/render-csv.js';

/** dist/test/unit/input/ → the repository root → test/fixtures/own-reports/: reports the built CLI wrote of samples/. */
const REPORTS = new URL('../../../../test/fixtures/own-reports/', import.meta.url);

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function detectionOf(bytes: Buffer, size = 1 << 20): Promise<Detection> {
  const { detection, bytes: all } = await detectShape(chunks(bytes, size));
  await all.return(undefined);
  return detection;
}

const EXPECTED: Record<string, string> = {
  'summary.csv': 'csv',
  'summary.ndjson': 'ndjson',
  'summary.json': 'json',
  'call.json': 'call json',
  'summary.xml': 'junit',
  'call.xml': 'junit',
  'summary.md': 'markdown',
  'call.md': 'markdown',
  'summary.github.txt': 'github',
};

test('every report the tool writes is skipped as its own, not read as call logs, whatever the chunks it arrives in', async () => {
  const files = readdirSync(REPORTS).sort();
  assert.deepEqual(files, Object.keys(EXPECTED).sort());
  for (const file of files) {
    const bytes = readFileSync(new URL(file, REPORTS));
    for (const size of [1 << 20, 4096, 7]) {
      assert.deepEqual(await detectionOf(bytes, size), { kind: 'skip', reason: `not call logs: an acs-calllogs ${EXPECTED[file]} report` }, `${file}, chunks of ${size}`);
    }
  }
});

test('a github report that starts with a gate crossed is known by its first annotation', async () => {
  const report = '::error title=Gate max-poor-calls crossed::max-poor-calls crossed: 4 poor calls > 0 allowed — over by 4\n::notice title=ACS call quality::4 calls: 4 poor, 0 unknown\n';
  for (const size of [1 << 20, 7]) {
    assert.deepEqual(await detectionOf(Buffer.from(report), size), { kind: 'skip', reason: 'not call logs: an acs-calllogs github report' }, `chunks of ${size}`);
  }
});

test('a github report that starts with --strict\'s invalid records, or with the calls a window left out, is known by its first annotation', async () => {
  for (const first of ['::error title=Invalid input (--strict)::--strict: 1 invalid record (at x.jsonl:1: not JSON)', '::warning title=Calls left out of the window::3 calls without a CallStartTime left out of the window (1 poor)']) {
    const report = `${first}\n::notice title=ACS call quality::2 calls: 0 poor, 0 unknown\n`;
    assert.deepEqual(await detectionOf(Buffer.from(report)), { kind: 'skip', reason: 'not call logs: an acs-calllogs github report' }, first);
  }
});

test('a CSV report is known by its header whatever the delimiter or line ending, an earlier release\'s shorter header too', async () => {
  const skip = { kind: 'skip', reason: 'not call logs: an acs-calllogs csv report' };
  const row = '\r\nc1,good,P2P,2026-11-20T09:54:05.113Z,6,2,4,0,0,,0,0\r\n';
  assert.deepEqual(await detectionOf(Buffer.from(`${CSV_COLUMNS.join(',')}${row}`)), skip);
  assert.deepEqual(await detectionOf(Buffer.from(`\uFEFF${CSV_COLUMNS.join(';')}\n`)), skip, 'a spreadsheet\'s ; and BOM');
  assert.deepEqual(await detectionOf(Buffer.from(`${CSV_COLUMNS.slice(0, 10).join(',')}${row}`)), skip, 'before failedLegs and unknownStreams');
  assert.deepEqual(await detectionOf(Buffer.from(`${CSV_COLUMNS.slice(0, -1).join(',')}${row}`)), skip, 'before streamsWithoutPackets');
});

test('call logs that share a name or two with the reports are still read', async () => {
  const shapeOf = async (text: string) => {
    const detection = await detectionOf(Buffer.from(text));
    return detection.kind === 'shape' ? detection.shape : detection.reason;
  };
  // A Log Analytics export with a column or two of the CSV report's names, or its first columns in another order.
  assert.equal(await shapeOf('CorrelationId,CallType,TimeGenerated\nc1,P2P,2026-11-20T09:54:05Z\n'), 'csv');
  assert.equal(await shapeOf(`${CSV_COLUMNS.slice(0, 9).join(',')}\nc1,good,P2P,,,,,,\n`), 'csv');
  assert.equal(await shapeOf(`quality,${CSV_COLUMNS.filter((c) => c !== 'quality').join(',')}\n`), 'csv');
  // A record with the NDJSON report's keys, and a category: a record.
  const record = { category: 'CallSummary', correlationId: 'c1', quality: 'poor', poorStreams: 1, issues: [] };
  assert.equal(await shapeOf(`${JSON.stringify(record)}\n`), 'json-lines');
  assert.equal(await shapeOf(`${JSON.stringify({ time: '2026-11-20T09:54:05Z', correlationId: 'c1', quality: 'poor', poorStreams: 1, issues: [] })}\n`), 'json-lines');
  // A pretty record whose first key is schemaVersion is a record still, unless the next is the report's.
  assert.equal(await shapeOf('{\n  "schemaVersion": 1,\n  "category": "CallSummary",\n  "correlationId": "c1"\n}\n'), 'json-stream');
});

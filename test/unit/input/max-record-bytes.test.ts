import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { collect, fixture, outline } from './input-test-helpers.js';
import { chunkedStream } from './input-test-helpers.js';

const LIMIT = 2048;
const REASON = 'larger than 2 KB (--max-record-bytes), not read';

function invalidReasons(events: Awaited<ReturnType<typeof collect>>): string[] {
  return events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : []));
}

test('JSON Lines: a line over --max-record-bytes is one invalid record at its line; the others are read', async () => {
  const events = await collect([fixture('oversized-line.jsonl')], { maxRecordBytes: LIMIT });
  assert.deepEqual(outline(events), ['record@1', 'invalid@2', 'record@3', 'record@4']);
  assert.deepEqual(invalidReasons(events), [REASON]);
  // Without the limit (default 16 MB) the same line is a record.
  assert.deepEqual(outline(await collect([fixture('oversized-line.jsonl')])), ['record@1', 'record@2', 'record@3', 'record@4']);
});

test('JSON Lines: an oversized line spanning many small chunks is not held, and line numbers stay right', async () => {
  const bytes = readFileSync(fixture('oversized-line.jsonl'));
  const events = await collect(['-'], { maxRecordBytes: LIMIT, stdin: chunkedStream(bytes, 100), batchBytes: 512 });
  assert.deepEqual(outline(events), ['record@1', 'invalid@2', 'record@3', 'record@4']);
});

test('JSON Lines in UTF-16 (read as text): the same limit, the same verdict', async () => {
  const text = readFileSync(fixture('oversized-line.jsonl'), 'utf8');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const events = await collect(['-'], { maxRecordBytes: LIMIT, stdin: chunkedStream(utf16, 700) });
  assert.deepEqual(outline(events), ['record@1', 'invalid@2', 'record@3', 'record@4']);
});

test('arrays, envelopes, query-API rows and CSV rows over the limit are invalid; the rest are read', async () => {
  const lines = readFileSync(fixture('oversized-line.jsonl'), 'utf8').trim().split('\n');
  const array = `[\n${lines.join(',\n')}\n]\n`;
  const pretty = JSON.stringify(lines.map((l) => JSON.parse(l)), null, 2);
  const envelope = JSON.stringify({ records: lines.map((l) => JSON.parse(l)) }, null, 2);
  const row = (fill: string) => `["c1","CallSummary","${fill}"]`;
  const queryApi = `{"tables":[{"name":"T","columns":[{"name":"CorrelationId"},{"name":"Type"},{"name":"Note"}],"rows":[\n${row('a')},\n${row('x'.repeat(3000))},\n${row('b')}\n]}]}`;
  const csv = `CorrelationId,Type,Note\nc1,ACSCallSummary,a\nc2,ACSCallSummary,${'x'.repeat(3000)}\nc3,ACSCallSummary,b\n`;
  for (const [name, text, expected] of [
    ['array', array, ['record@2', 'invalid@3', 'record@4', 'record@5']],
    ['pretty array', pretty, ['record@2', 'invalid@', 'record@', 'record@']],
    ['envelope', envelope, ['record@3', 'invalid@', 'record@', 'record@']],
    ['query API', queryApi, ['record@2', 'invalid@3', 'record@4']],
    ['CSV', csv, ['record@2', 'invalid@3', 'record@4']],
  ] as const) {
    const events = await collect(['-'], { maxRecordBytes: LIMIT, stdin: chunkedStream(text, 512) });
    const got = outline(events).map((o, i) => (expected[i]?.endsWith('@') ? o.replace(/\d+$/, '') : o));
    assert.deepEqual(got, expected, name);
    assert.ok(invalidReasons(events).every((r) => r.includes('larger than 2 KB') || r.startsWith('CSV:')), `${name}: ${invalidReasons(events)}`);
  }
});

test('JSON Lines: a long line under the limit, spanning many small chunks and batches, is read whole at its line', async () => {
  const lines = readFileSync(fixture('oversized-line.jsonl'), 'utf8').trim().split('\n');
  const text = `${lines[0]}\n${lines[1]}${' '.repeat(50_000)}\n${lines[2]}\n`;
  const events = await collect(['-'], { stdin: chunkedStream(text, 100), batchBytes: 512 });
  assert.deepEqual(outline(events), ['record@1', 'record@2', 'record@3']);
  const over = await collect(['-'], { stdin: chunkedStream(text, 100), batchBytes: 512, maxRecordBytes: 20_000 });
  assert.deepEqual(outline(over), ['record@1', 'invalid@2', 'record@3']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Detection, detectShape } from '../../../src/input/detect-shape.js';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function shapeOf(text: string, size: number): Promise<{ detection: Detection; replayed: Buffer }> {
  const bytes = Buffer.from(text, 'utf8');
  const { detection, bytes: all } = await detectShape(chunks(bytes, size));
  const parts: Uint8Array[] = [];
  for await (const part of all) parts.push(part);
  return { detection, replayed: Buffer.concat(parts) };
}

const record = (pad: number) => JSON.stringify({ category: 'CallSummary', correlationId: 'c1', properties: { note: 'x'.repeat(pad) } });

test('a read of 1 MiB is decoded a piece at a time: the same shape whatever the chunks, long first records too, and every byte handed back', async () => {
  const cases: [string, Detection['kind'] | string][] = [
    [`${record(10)}\n${record(10)}\n`, 'json-lines'],
    [`${record(200_000)}\n${record(10)}\n`, 'json-lines'], // a first line longer than a piece
    [`[\n  ${record(200_000)},\n  ${record(10)}\n]\n`, 'json-array'],
    [`{"records": [\n  ${record(100_000)}\n]}\n`, 'records-envelope'],
    [`${' '.repeat(300_000)}\n${record(10)}\n`, 'json-lines'], // blank before the first record
    ['é'.repeat(200_000), 'skip'], // two-byte characters cut between pieces
  ];
  for (const [text, expected] of cases) {
    for (const size of [1 << 20, 4096, 7]) {
      const { detection, replayed } = await shapeOf(text, size);
      assert.equal(detection.kind === 'shape' ? detection.shape : detection.kind, expected, `${expected}, chunks of ${size}`);
      assert.equal(replayed.toString('utf8'), text);
    }
  }
});

test('a first line torn or garbled, then a JSON object a line, is JSON Lines (the good lines are read); then text is not', async () => {
  for (const size of [7, 1 << 20]) {
    const torn = `streamId":"1","roundTripTimeAvg":90}}\n${record(10)}\n${record(20)}\n`;
    assert.deepEqual((await shapeOf(torn, size)).detection, { kind: 'shape', shape: 'json-lines' }, `torn, chunks of ${size}`);
    assert.deepEqual((await shapeOf(`oops\n\n${record(5000)}\n`, size)).detection, { kind: 'shape', shape: 'json-lines' }, `garbled, chunks of ${size}`);
    const notes = (await shapeOf('hello world\nsecond line {not json}\n', size)).detection;
    assert.equal(notes.kind, 'skip', `text, chunks of ${size}`);
    // A program's own JSON log after a banner is not call logs; nor is binary data, unless call-log lines follow it
    // (a blob whose start was overwritten: its binary lines are invalid records, the rest is read); an array is still an array.
    assert.equal((await shapeOf('Starting consumer v1.2\n{"level":"info","msg":"x"}\n', size)).detection.kind, 'skip', `own log, chunks of ${size}`);
    assert.deepEqual((await shapeOf(`\u0000\u0001\n${record(1)}\n`, size)).detection, { kind: 'shape', shape: 'json-lines' });
    assert.deepEqual((await shapeOf(`\u0000\u0001\n\u0002\n\u0000{\n${record(1)}\n`, size)).detection, { kind: 'shape', shape: 'json-lines' });
    assert.deepEqual((await shapeOf('\u0000\u0001\n{"level":"info"}\nPNG\n', size)).detection, { kind: 'skip', reason: 'not call logs: binary data' });
    for (const array of [`[\n  ${record(1)}\n]\n`, `[${record(1)},\n${record(2)}]\n`]) {
      const detection = (await shapeOf(array, size)).detection;
      assert.equal(detection.kind === 'shape' && detection.shape, 'json-array', `${array.slice(0, 12)}…, chunks of ${size}`);
    }
    // An envelope line cut inside its records array: `[{…}]}`, then whole lines.
    const envelope = JSON.stringify({ records: [JSON.parse(record(1))] });
    assert.deepEqual((await shapeOf(`${envelope.slice(11)}\n${envelope}\n`, size)).detection, { kind: 'shape', shape: 'json-lines' }, `cut envelope, chunks of ${size}`);
  }
});

test('pretty records one after another (jq . of JSON Lines) are a JSON stream; other pretty JSON keeps its shape', async () => {
  const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const summary = { time: '2026-11-20T09:58:50.188Z', category: 'CallSummary', correlationId: 'c1', properties: { callType: 'P2P' } };
  const row = { TenantId: 't', TimeGenerated: '2026-11-20T09:58:50.188Z', Type: 'ACSCallSummary', CallType: 'P2P' };
  const cases: [string, string][] = [
    [pretty(summary) + pretty(summary), 'json-stream'],
    [pretty(summary), 'json-stream'], // jq . of a one-line export
    [`\ufeff${(pretty(row) + pretty(row)).replaceAll('\n', '\r\n')}`, 'json-stream'], // jq '.[]' of az monitor's rows
    [JSON.stringify(summary, null, '\t') + '\n' + JSON.stringify(summary, null, '\t'), 'json-stream'], // jq --tab
    [`${pretty(summary)}oops\n`, 'json-stream'], // the text after a record is read as an invalid item
    [pretty({ name: 'app', type: 'module' }) + pretty({ name: 'app' }), 'skip'], // not records: "type" alone is not enough
    [pretty({ level: 'info', msg: 'started' }), 'skip'],
    [pretty([summary, summary]), 'json-array'],
    [pretty({ records: [summary] }) + pretty({ records: [summary] }), 'records-envelope'],
    [pretty({ tables: [{ name: 'PrimaryResult', columns: [], rows: [] }] }), 'query-api'],
    [`Starting consumer v1.2\n${pretty(summary)}`, 'skip'], // a program's own log after a banner
    [`"TimeGenerated [UTC]","CorrelationId"\n"11/20/2026, 9:01:05.113 AM","c1"\n`, 'csv'],
    [`\u0000\u0001${pretty(summary)}`, 'skip'],
  ];
  for (const [text, expected] of cases) {
    for (const size of [1 << 20, 7]) {
      const { detection } = await shapeOf(text, size);
      assert.equal(detection.kind === 'shape' ? detection.shape : detection.kind, expected, `${JSON.stringify(text.slice(0, 30))}…, chunks of ${size}`);
    }
  }
});

test('"[" followed by what begins no JSON value is no array: an INI section, skipped as a file that holds no logs would be', async () => {
  const notJson = ['[.ShellClassInfo]\r\nIconResource=C:\\x.dll,4\r\n', '[section]\nkey=value\n', '  [network]\nproxy=x\n', '[nullable]\n', '[ true_colour ]\n', '[=]', '[section]'];
  const arrays = ['[]', '[\n  {"category":"CallSummary"}\n]\n', '[[1]]', '["x"]', '[ -1 ]', '[7]', '[null]', '[true,false]', '[\n  false\n]\n', '[nul'];
  for (const size of [1 << 20, 3]) {
    for (const text of notJson) {
      const { detection, replayed } = await shapeOf(text, size);
      assert.equal(detection.kind, 'skip', `${JSON.stringify(text)}, chunks of ${size}`);
      assert.match(detection.reason, /^not call logs: "\[" followed by no JSON value \(starts "/);
      assert.equal(replayed.toString('utf8'), text);
    }
    for (const text of arrays) {
      const { detection } = await shapeOf(text, size);
      assert.deepEqual(detection.kind === 'shape' && detection.shape, 'json-array', `${JSON.stringify(text)}, chunks of ${size}`);
    }
    // A broken first line before a record a line is still JSON Lines, whatever follows its bracket.
    assert.deepEqual((await shapeOf(`[garbled\n${record(1)}\n`, size)).detection, { kind: 'shape', shape: 'json-lines' });
  }
});

test("a table with no header (`az monitor log-analytics query -o tsv`) is skipped saying so, not as text that names no column", async () => {
  const tsv = '8bad49e0-885c-48e0-9cee-6a477ecaaab2\t2026-11-20T11:37:02.0312345Z\tCallSummary\tf794018d-ad40-410f-a885-10ebe648da20\n';
  const { detection } = await shapeOf(tsv, 1 << 20);
  assert.equal(
    detection.kind === 'skip' && detection.reason,
    'not call logs: a table with no header, its first line a row (starts "8bad49e0-885c-48e0-9cee-6a477ecaaab2?202…"): `az monitor log-analytics query -o tsv` writes none; query with -o json',
  );
  for (const text of ['TimeGenerated [UTC],Name,Size\n', 'a,b\n', 'id 8bad49e0-885c-48e0-9cee-6a477ecaaab2\n']) {
    const { detection: other } = await shapeOf(text, 1 << 20);
    assert.match(other.kind === 'skip' ? other.reason : '', /^not call logs: neither JSON nor a CSV header/, text);
  }
});

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { callSearch } from '../../../src/commands/call-search.js';
import { textEndsInsideValue, tornItemStart } from '../../../src/input/torn-tail.js';
import { itemsRead } from '../../../src/model/file-tally.js';
import { loadCalls } from '../../../src/model/load-calls.js';
import { processLineBatch } from '../../../src/model/process-line-batch.js';
import { scratchDir } from '../../support/scratch-dir.js';
import { chunkedStream } from './input-test-helpers.js';

const A = 'a1000000-0000-4000-8000-000000000001';
const B = 'b2000000-0000-4000-8000-000000000002';
const record = (id: string, endpoint: string) => ({ category: 'CallSummary', correlationId: id, properties: { endpointId: endpoint, callType: 'P2P' } });
const RECORDS = [record(A, 'e1'), record(B, 'e2'), record(A, 'e3')];
/** Cut inside the last record, before its id: its text no longer names a call. */
const cut = (text: string) => text.slice(0, text.lastIndexOf('"correlationId"'));
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

test('endsInsideValue: a string or a bracket left open; whole text, or text broken in its middle, does not', () => {
  const inside = ['{"a":1', '{"a":"b', '{"a":"b\\', '{"a":"b\\"}', '{"a":{"b":1}', '[{"a":1},', '{"records":[{"a":1},', '{"a":"}]"'];
  const not = ['{"a":1}', '{"a":"\\\\"}', '{"a":"{["}', '{"a":1,}', '{"a":1}}', '', '   ', 'true'];
  for (const text of inside) assert.equal(textEndsInsideValue(text), true, text);
  for (const text of not) assert.equal(textEndsInsideValue(text), false, text);
});

test("tornItemStart: the last item of the last line, when the file ends inside it (an array's element, a record after a BOM join)", () => {
  const at = (text: string, arrayElements = false) => tornItemStart(Buffer.from(text), arrayElements);
  assert.equal(at('{"a":1}'), -1);
  assert.equal(at('{"a":1'), 0);
  assert.equal(at('  {"a":"x'), 0, "the line's start");
  assert.equal(at('{"a":1},', true), -1, "an element-a-line array's whole element and its comma");
  assert.equal(at('{"a":1,', true), 0, 'the comma of a torn element is not the one after it');
  assert.equal(at('[{"a":1}', true), -1, 'a whole element after the bracket: the array never closes, a cut between elements');
  const joined = Buffer.concat([Buffer.from('{"a":1}'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"b":"x')]);
  assert.equal(tornItemStart(joined, false), 10, 'the record after the BOM, not the whole one before it');
  assert.equal(at(' \u0000 '), -1);
});

/** The layouts, each torn inside its last record (which is A's, and no longer holds an id). */
const TORN: Record<string, string> = {
  'json-lines.jsonl': cut(RECORDS.map((r) => JSON.stringify(r)).join('\n')),
  'array-a-line.json': cut(`[\n${RECORDS.map((r) => JSON.stringify(r)).join(',\n')}\n]`),
  'array-pretty.json': cut(pretty(RECORDS)),
  'array-compact.json': cut(JSON.stringify(RECORDS)),
  'envelope-pretty.json': cut(pretty({ records: RECORDS })),
  'envelope-lines.jsonl': cut(`${JSON.stringify({ records: RECORDS.slice(0, 1) })}\n${JSON.stringify({ records: RECORDS.slice(1) })}`),
  'jq-stream.json': cut(RECORDS.map((r) => pretty(r)).join('\n')),
};

test("call's search never passes over a record the file ends inside: one invalid item that ends the file, in every layout, reading and batch size", async () => {
  const dir = scratchDir();
  for (const [name, text] of Object.entries(TORN)) {
    const file = join(dir, name);
    writeFileSync(file, text);
    writeFileSync(`${file}.gz`, gzipSync(text));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const readings = [
      { how: 'file', inputs: [file] },
      { how: 'gzip', inputs: [`${file}.gz`] },
      { how: 'file, small batches', inputs: [file], batchBytes: 16 },
      { how: 'stdin', inputs: ['-'], stdin: () => chunkedStream(text, 7) },
      { how: 'stdin, UTF-16', inputs: ['-'], stdin: () => chunkedStream(utf16, 64) },
    ];
    for (const { how, inputs, batchBytes, stdin } of readings) {
      for (const search of [callSearch([A], null), callSearch([A], () => false)]) {
        const what = `${name} (${how}${search.needles === undefined ? ', tested line by line' : ''})`;
        const loaded = await loadCalls(inputs, { ...search, ...(batchBytes === undefined ? {} : { batchBytes }), ...(stdin === undefined ? {} : { stdin: stdin() }) });
        assert.deepEqual([loaded.counts.used, loaded.counts.filtered, loaded.counts.invalid], [1, 1, 1], what);
        assert.equal(itemsRead(loaded.counts), 3, `${what}: the counts add up`);
        assert.equal(loaded.invalidSamples[0]?.endsFile, true, `${what}: ${loaded.invalidSamples[0]?.reason}`);
        assert.equal(loaded.invalidMatched, 0, `${what}: the torn text held no id`);
      }
    }
    // Without a search (summarize) it is the same one invalid item, the file's own failure.
    const whole = await loadCalls([file]);
    assert.deepEqual([whole.counts.used, whole.counts.invalid], [2, 1], name);
    assert.equal(whole.invalidSamples[0]?.endsFile, true, name);
  }
});

test('a whole last line with no line end, and a line broken in its middle, are not torn: the search passes over them as before', async () => {
  const settings = { held: null, maxRecordBytes: 1 << 20, needles: [A.slice(0, 8)] };
  const whole = processLineBatch(Buffer.from(JSON.stringify(record(B, 'e'))), { file: 'f', line: 1 }, settings, false, true);
  assert.deepEqual([whole.items.length, whole.filtered], [0, 1]);
  // Only the last item is looked at: a broken line before it is another call's, passed over.
  const broken = processLineBatch(Buffer.from(`{"correlationId":"${B}" "x":1}\n{"correlationId":"${B}","a":"`), { file: 'f', line: 1 }, settings, false, true);
  assert.equal(broken.filtered, 1);
  assert.deepEqual(broken.items, [{ kind: 'invalid', at: { file: 'f', line: 2 }, reason: 'the text ends inside this value (truncated?)', endsFile: true }]);
  // A broken last line that a line end follows was written so, not cut off: another call's, passed over.
  const dir = scratchDir();
  const text = `${JSON.stringify(record(A, 'e'))}\n{"correlationId":"${B}","a":"\n`;
  writeFileSync(join(dir, 'ends.jsonl'), text);
  writeFileSync(join(dir, 'ends.jsonl.gz'), gzipSync(text));
  for (const input of ['ends.jsonl', 'ends.jsonl.gz']) {
    const loaded = await loadCalls([join(dir, input)], callSearch([A], null));
    assert.deepEqual([loaded.counts.used, loaded.counts.filtered, loaded.counts.invalid], [1, 1, 0], input);
  }
});

test('an invalid record read for holding the id is marked matched; one over the size limit read for it too; a torn one ends the file instead', async () => {
  const dir = scratchDir();
  const file = join(dir, 'mixed.jsonl');
  const lines = [`{"category":"CallSummary","correlationId":"${A}","properties":"{broken"}`, `{"category":"CallSummary","correlationId":"${A}","x":"${'y'.repeat(300)}"}`, JSON.stringify(record(B, 'e'))];
  writeFileSync(file, `${lines.join('\n')}\n{"category":"CallSummary","correlationId":"${A}`);
  const loaded = await loadCalls([file], { ...callSearch([A], null), maxRecordBytes: 200 });
  assert.deepEqual([loaded.counts.invalid, loaded.counts.filtered, loaded.invalidMatched], [3, 1, 2]);
  assert.deepEqual(
    loaded.invalidSamples.map((s) => [s.at.line, s.endsFile === true]),
    [
      [1, false],
      [2, false],
      [4, true],
    ],
  );
});

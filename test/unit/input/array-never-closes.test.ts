import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { InputEvent } from '../../../src/input/input-event.js';
import { itemsRead } from '../../../src/model/file-tally.js';
import { loadCalls } from '../../../src/model/load-calls.js';
import { scratchDir } from '../../support/scratch-dir.js';
import { chunkedStream, collect, outline } from './input-test-helpers.js';

const A = { category: 'CallSummary', correlationId: 'torn0000-0000-0000-0000-000000000001', properties: { endpointId: 'e1' } };
const B = { category: 'CallSummary', correlationId: 'torn0000-0000-0000-0000-000000000001', properties: { endpointId: 'e2' } };
const a = JSON.stringify(A);
const b = JSON.stringify(B);
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const prettyArray = pretty([A, B]);
const prettyEnvelope = pretty({ records: [A, B] });
const UNCLOSED = /^the (file|text) ends before the (array|object) closes: it may be truncated$/;

/**
 * Files cut between two elements (or after the last one, before the brackets close), in every layout that is read
 * its own way: each has every record before the cut, and one invalid item at its last line that says so.
 */
const CUT: { name: string; text: string; line: number }[] = [
  { name: 'one-line array cut after a comma', text: `[${a},`, line: 1 },
  { name: 'one-line array cut after an element', text: `[${a}`, line: 1 },
  { name: 'element-a-line array cut after a comma', text: `[\n${a},\n${b},\n`, line: 3 },
  { name: 'element-a-line array cut after its last element', text: `[\n${a},\n${b}\n\n`, line: 3 },
  { name: 'element-a-line array, first element on the bracket line', text: `[${a},\n${b},\n`, line: 2 },
  { name: 'pretty array cut after a comma', text: `${prettyArray.slice(0, prettyArray.lastIndexOf('}') + 1)},\n`, line: 15 },
  { name: 'pretty array cut before its bracket', text: `${prettyArray.slice(0, prettyArray.lastIndexOf(']'))}`, line: 15 },
  { name: 'one-line envelope cut after a comma', text: `{"records":[${a},`, line: 1 },
  { name: 'one-line envelope cut before its brace', text: `{"records":[${a},${b}]`, line: 1 },
  { name: 'pretty envelope cut after a comma', text: `${prettyEnvelope.slice(0, prettyEnvelope.lastIndexOf('}', prettyEnvelope.length - 3) + 1)},\n`, line: 16 },
  { name: 'JSON Lines of envelopes, the last one cut', text: `{"records":[${a}]}\n{"records":[${b},\n`, line: 2 },
];

function items(events: InputEvent[]): { records: number; invalid: string[] } {
  return {
    records: events.filter((e) => e.kind === 'record').length,
    invalid: events.flatMap((e) => (e.kind === 'invalid' ? [`${e.reason}@${e.at.line}`] : [])),
  };
}

test('an array or envelope cut between elements: the records before the cut are read and the cut is one invalid item at the last line', async () => {
  const dir = scratchDir();
  for (const c of CUT) {
    const records = c.text.split('"endpointId"').length - 1;
    const file = join(dir, `${c.name.replaceAll(' ', '-')}.json`);
    writeFileSync(file, c.text);
    const gz = `${file}.gz`;
    writeFileSync(gz, gzipSync(c.text));
    const readings = {
      file: await collect([file]),
      'file, lines batched': await collect([file], { lineBatches: true }),
      gzip: await collect([gz]),
      stdin: await collect(['-'], { stdin: chunkedStream(c.text, 7) }),
      'stdin, gzip': await collect(['-'], { stdin: chunkedStream(gzipSync(c.text), 5) }),
      'UTF-16': await collect(['-'], { stdin: chunkedStream(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.text, 'utf16le')]), 64) }),
    };
    for (const [how, read] of Object.entries(readings)) {
      const events = read.flatMap((e) => (e.kind === 'events' ? e.events : [e]));
      const lines = events.flatMap((e) => (e.kind === 'lines' ? [e] : []));
      if (lines.length > 0) continue; // raw batches: the records are parsed by the caller (see loadCalls below)
      const got = items(events);
      assert.equal(got.records, records, `${c.name} (${how}): the records before the cut`);
      assert.equal(got.invalid.length, 1, `${c.name} (${how}): ${got.invalid.join(', ')}`);
      const [reason, line] = got.invalid[0]!.split('@');
      assert.match(reason!, UNCLOSED, `${c.name} (${how})`);
      assert.equal(Number(line), c.line, `${c.name} (${how}): at its last line`);
    }
    for (const input of [file, gz]) {
      const loaded = await loadCalls([input]);
      assert.equal(loaded.counts.used, records, `${c.name}: used`);
      assert.equal(loaded.counts.invalid, 1, `${c.name}: invalid`);
      assert.equal(itemsRead(loaded.counts), records + 1, `${c.name}: the counts add up`);
      assert.match(loaded.invalidSamples[0]!.reason, UNCLOSED);
    }
  }
});

test('a whole array or envelope, and one cut inside an element, have no such item; nor have an array body without brackets and a stream', async () => {
  const whole = [`[${a},${b}]`, `[\n${a},\n${b}\n]\n`, prettyArray, prettyEnvelope, `{"records":[${a},${b}]}\n`, `${a},\n${b},\n`, `${pretty(A)}\n${pretty(B)}\n`];
  for (const text of whole) {
    const events = await collect(['-'], { stdin: chunkedStream(text, 11) });
    assert.deepEqual(items(events), { records: 2, invalid: [] }, text);
  }
  // Cut inside the last element: that element is the one invalid item, as before.
  for (const text of [`[${a},${b.slice(0, 30)}`, `[\n${a},\n${b.slice(0, 30)}`, prettyArray.slice(0, prettyArray.length - 20)]) {
    const got = items(await collect(['-'], { stdin: chunkedStream(text, 11) }));
    assert.equal(got.records, 1, text);
    assert.equal(got.invalid.length, 1, text);
    assert.doesNotMatch(got.invalid[0]!, /before the array closes/, text);
  }
  // A broken element that swallows the array's end (a bracket of the wrong kind) is invalid itself: one item, not two.
  const swallowed = items(await collect(['-'], { stdin: chunkedStream(`[${a},{"x":[1,2},${b}]`, 11) }));
  assert.equal(swallowed.invalid.length, 1);
  assert.doesNotMatch(swallowed.invalid[0]!, /before the array closes/);
  assert.deepEqual(outline(await collect(['-'], { stdin: chunkedStream(`[\n${a},\n{"x":[1,2}\n`, 11) })).length, 2);
});

test('`{…},` lines after an element-a-line array\'s `]` (a second export pasted) are read, with no "array closes" item; a second array cut is told', async () => {
  const dir = scratchDir();
  const [c, d, e] = ['e3', 'e4', 'e5'].map((endpointId) => JSON.stringify({ ...A, properties: { endpointId } }));
  const cases = [
    // Before, the end check looked at the line before the last only: a `},` there, or the last line's comma, was a cut.
    { name: 'after-with-commas', text: `[\n${a},\n${b}\n]\n${c},\n${d},\n${e},\n`, records: 5, invalid: 0 },
    { name: 'after-last-without-comma', text: `[\n${a},\n${b}\n]\r\n${c},\r\n${d}`, records: 4, invalid: 0 },
    { name: 'bracket-on-element-lines', text: `[${a},\n${b}]\n${c},\n${d},\n`, records: 4, invalid: 0 },
    { name: 'second-array-cut', text: `[\n${a},\n${b}\n]\n[\n${c},\n${d},\n`, records: 4, invalid: 1 },
    { name: 'second-array-whole', text: `[\n${a},\n${b}\n]\n[\n${c},\n${d}\n]\n`, records: 4, invalid: 0 },
  ];
  for (const t of cases) {
    const file = join(dir, `${t.name}.json`);
    writeFileSync(file, t.text);
    writeFileSync(`${file}.gz`, gzipSync(t.text));
    // Batches of a few bytes too, so that a bracket line is at a batch's start or end.
    for (const batchBytes of [undefined, 1, 40]) {
      for (const [how, loaded] of [
        ['file', await loadCalls([file], { batchBytes })],
        ['gzip', await loadCalls([`${file}.gz`], { batchBytes })],
        ['stdin', await loadCalls(['-'], { batchBytes, stdin: chunkedStream(t.text, 7) })],
      ] as const) {
        const at = `${t.name} (${how}, batches of ${batchBytes ?? 'default'} bytes)`;
        assert.equal(loaded.counts.used, t.records, `${at}: used`);
        assert.equal(loaded.counts.invalid, t.invalid, `${at}: ${loaded.invalidSamples.map((s) => s.reason).join(', ')}`);
        if (t.invalid > 0) assert.match(loaded.invalidSamples[0]!.reason, UNCLOSED, at);
      }
    }
  }
});

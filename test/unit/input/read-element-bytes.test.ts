import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeText } from '../../../src/input/decode-text.js';
import type { InputEvent } from '../../../src/input/input-event.js';
import { isWholeValue, PrettyElementCutter } from '../../../src/input/pretty-element-cut.js';
import { readElementBytes } from '../../../src/input/read-element-bytes.js';
import { readJsonElements } from '../../../src/input/read-json-elements.js';
import { textPieceEnd } from '../../../src/input/text-piece-end.js';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

const BROKEN_CRLF = 'pretty-array-bom-crlf.json';

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

function chunksOf(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}

/** The events of the text scanner alone, over the whole text: what the byte reader must give. */
async function scannerEvents(bytes: Buffer, path: string[]): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const event of readJsonElements(decodeText(each([bytes])), 'f', path, undefined)) events.push(event);
  return events;
}

async function byteEvents(bytes: Buffer, path: string[], chunk: number, batch: number): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const batchEvents of readElementBytes(each(chunksOf(bytes, chunk)), 'f', path, undefined, 16 << 20, batch)) events.push(...batchEvents);
  return events;
}

test('a pretty array with a BOM, CRLF line ends, multibyte text and broken elements: each broken one costs itself, at its line', async () => {
  const events = await collect([fixture(BROKEN_CRLF)]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture(BROKEN_CRLF), shape: 'json-array', gzip: false });
  assert.deepEqual(outline(events), ['record@2', 'invalid@21', 'record@34', 'invalid@50', 'record@66', 'invalid@82', 'record@97', 'record@113']);
  assert.deepEqual(
    events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : [])),
    ["not JSON: Expected ',' or '}' after property value, in the record that starts on line 18", 'a string is not closed on line 53', 'a closing bracket is missing'],
  );
  const read = records(events).map((r) => r.value);
  assert.deepEqual(read.map((r) => r.ParticipantId), ['p-1', 'p-3', 'p-5', 'p-7', 'p-8']);
  assert.ok(read.every((r) => r.OsVersion === 'Windows 10 日本語版 🎧 [x64] {build}'));
});

test('the same file in any chunking and batch size, multibyte characters and CRLFs split: the same events as the scanner over the whole text', async () => {
  const bytes = readFileSync(fixture(BROKEN_CRLF));
  const expected = await scannerEvents(bytes, []);
  assert.equal(expected.length, 8);
  for (const chunk of [1, 2, 3, 5, 7, 64, 1000, bytes.length]) {
    for (const batch of [1, 100, 700, 1 << 20]) assert.deepEqual(await byteEvents(bytes, [], chunk, batch), expected, `chunk ${chunk}, batch ${batch}`);
  }
  // Through readInputs too (standard input in 3-byte chunks, batches of 50 bytes): records split across both.
  const piped = await collect(['-'], { stdin: chunkedStream(bytes, 3), batchBytes: 50 });
  assert.deepEqual(outline(piped), outline(await collect([fixture(BROKEN_CRLF)])));
});

test('a pretty Event Hubs envelope: its records, read as bytes in any chunking, as the scanner reads them', async () => {
  const bytes = readFileSync(fixture('pretty-envelope.json'));
  const expected = await scannerEvents(bytes, ['records']);
  assert.ok(expected.length > 0 && expected.every((e) => e.kind === 'record'));
  for (const chunk of [1, 13, 4096]) assert.deepEqual(await byteEvents(bytes, ['records'], chunk, 200), expected, `chunk ${chunk}`);
});

test('the cutter finds an element of the pretty layout by its own closing line, and the line after its comma', () => {
  const text = '[\n  {\n    "a": [\n      1\n    ],\n    "b": "}"\n  },\n  {\n    "c": 2\n  }\n]\n';
  const bytes = Buffer.from(text);
  const cutter = new PrettyElementCutter(bytes, 1000);
  const first = cutter.cut(2, false);
  assert.notEqual(typeof first, 'string');
  if (typeof first === 'string') return;
  assert.equal(bytes.toString('utf8', first.start, first.end), '{\n    "a": [\n      1\n    ],\n    "b": "}"\n  }');
  assert.equal(first.lines, 6);
  assert.equal(bytes.toString('utf8', first.next, first.next + 3), '  {');
  // The last element has no comma after it: the scanner reads it and the end of the array.
  assert.equal(cutter.cut(first.next, true), 'no');
});

test('the cutter leaves to the scanner what is out of the layout, and asks for more bytes when the element goes on', () => {
  const cut = (text: string, final = false) => new PrettyElementCutter(Buffer.from(text), 1000).cut(0, final);
  assert.deepEqual(cut('  {\n    "a": 1\n  },\n'), { start: 2, end: 18, next: 20, lines: 3 });
  assert.equal(cut('  {\n    "a": 1\n'), 'more');
  assert.equal(cut('  {\n    "a": 1\n', true), 'no');
  assert.equal(cut('  {"a": 1},\n'), 'no'); // not alone on its lines
  assert.equal(cut('  {\n    "a": 1\n  {\n    "b": 1\n  },\n'), 'no'); // a line at its own indentation opens a value
  assert.equal(cut('  {\n    "a":\n  [1]\n  },\n'), 'no');
  assert.equal(cut('  {\n\t"a": 1\n  },\n'), 'no'); // a tab
  assert.equal(cut('  {\n    "a": 1,\r    "b": 2\n  },\n'), 'no'); // a lone CR
  assert.notEqual(typeof cut('  {\r\n    "a": 1\r\n  },\r\n'), 'string'); // CRLF is fine
  assert.equal(cut('  {\n    "a": 1\n  } x,\n'), 'no'); // something after the element
  assert.equal(cut('  {\n    "a": 1\n  },  {\n'), 'no'); // the next element on the same line
  assert.equal(new PrettyElementCutter(Buffer.from('{\n  "a": "long"\n},\n'), 10).cut(0, false), 'no'); // over the size limit
});

test('isWholeValue: the brackets back to depth 0 exactly at the end, strings closed on their own line', () => {
  const whole = (text: string) => isWholeValue(Buffer.from(text), 0, Buffer.byteLength(text));
  assert.equal(whole('{"a": [1, {"b": "}]"}], "c": "\\"{"}'), true);
  assert.equal(whole('{"a": 1}}'), false); // ends before its end
  assert.equal(whole('{"a": {"b": 1}'), false); // does not end
  assert.equal(whole('{"a": "open\n}'), false); // a string left open at its line end
  assert.equal(whole('{"a": "x\\\n"}'), false); // an escape before a line end
});

test('text pieces end after a line end, or before an ASCII byte in a long line, never inside a character', () => {
  const long = Buffer.from('a日'.repeat(30000));
  const end = textPieceEnd(long, 0, false);
  assert.ok(end > 0 && end < long.length && long[end]! < 0x80);
  const noAscii = Buffer.from('日'.repeat(40000));
  const cut = textPieceEnd(noAscii, 1, false);
  assert.ok(cut > 1 && (noAscii[cut]! & 0xc0) !== 0x80, 'at the start of a character');
  assert.equal(textPieceEnd(Buffer.from('ab\ncd'), 0, false), 3);
  assert.equal(textPieceEnd(Buffer.from('abcd'), 0, false), 0);
  assert.equal(textPieceEnd(Buffer.from('abcd'), 0, true), 4);
});

test('a stream that breaks off: the elements that end before the break are read, as the scanner reads them, then the error', async () => {
  const bytes = readFileSync(fixture(BROKEN_CRLF));
  const broken = new Error('unexpected end of file');
  async function* tornAt(cut: number, size: number): AsyncGenerator<Buffer> {
    yield* chunksOf(bytes.subarray(0, cut), size);
    throw broken;
  }
  for (const cut of [0, 5, 700, 1500, 2400, bytes.length - 3]) {
    for (const size of [1, 64, 1 << 20]) {
      const expected: InputEvent[] = [];
      await assert.rejects(async () => {
        for await (const event of readJsonElements(decodeText(tornAt(cut, size)), 'f', [], undefined)) expected.push(event);
      }, broken);
      const actual: InputEvent[] = [];
      await assert.rejects(async () => {
        for await (const events of readElementBytes(tornAt(cut, size), 'f', [], undefined, 16 << 20, 100)) actual.push(...events);
      }, broken);
      assert.deepEqual(actual, expected, `cut at ${cut}, chunks of ${size}`);
      if (cut > 2400) assert.ok(expected.length >= 5, 'the elements before the break are read');
    }
  }
});

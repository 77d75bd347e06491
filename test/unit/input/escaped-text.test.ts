import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUnicodeEscapes, EscapedLines, escapedTextHolds, needleCharacters, needlesPattern } from '../../../src/input/escaped-text.js';
import { processLineBatch } from '../../../src/model/process-line-batch.js';

const ID = 'abc12345-0000-4000-8000-00000000c0de';
const record = (id: string) => `{"category":"CallSummary","correlationId":"${id}","properties":{"participantId":"p1","callType":"P2P"}}`;

test('decodeUnicodeEscapes decodes \\uXXXX in either case of hex and keeps every other escape as written', () => {
  assert.equal(decodeUnicodeEscapes('"\\u0061bc\\u002D\\u002d"'), '"abc--"');
  assert.equal(decodeUnicodeEscapes('"\\\\u0061 \\" \\/ \\n"'), '"\\\\u0061 \\" \\/ \\n"', 'an escaped backslash then u0061 is no escape');
  assert.equal(decodeUnicodeEscapes('\\u00e9\\ud83d\\ude00'), 'é😀');
  assert.equal(decodeUnicodeEscapes('\\u12'), '\\u12', 'too short: kept');
});

test('escapedTextHolds: only text with a \\u is tested again, decoded', () => {
  const pattern = needlesPattern([ID.slice(0, 8)]);
  const characters = needleCharacters([ID.slice(0, 8)]);
  assert.equal(escapedTextHolds(record(`\\u0041${ID.slice(1)}`), pattern, characters), true, 'in any case');
  assert.equal(escapedTextHolds(record(`abc1234\\u0035`), pattern, characters), true, 'an escaped digit');
  assert.equal(escapedTextHolds(record(`+1 \\u002B \\u00e9 \\u0041${ID.slice(1)}`), pattern, characters), true, 'after escapes of other characters');
  assert.equal(escapedTextHolds(record(ID), pattern, characters), false, 'no \\u: the caller tested it as written');
  assert.equal(escapedTextHolds(record('\\u0062bc12345'), pattern, characters), false);
  assert.equal(escapedTextHolds(record('+1 \\u002B \\u00e9 ffff0000'), pattern, characters), false, 'escapes of no character of the id');
});

test('processLineBatch with needles: a line whose id is written with escapes is parsed, one with escapes and another id is filtered', () => {
  const escaped = `\\u0061bc12345\\u002d${ID.slice(9)}`;
  const other = `\\u0064ef12345${ID.slice(8)}`;
  const lines = [record(ID), record(escaped), record(other), record('ffff0000' + ID.slice(8)), `[${record(escaped)}]`];
  for (const arrayElements of [false, true]) {
    const text = arrayElements ? `[\n${lines.slice(0, 4).join(',\n')}\n]\n` : `${lines.join('\n')}\n`;
    const result = processLineBatch(Buffer.from(text), { file: 'f', line: 1 }, { held: null, maxRecordBytes: 1 << 20, needles: [ID.slice(0, 8), ID.slice(0, 8).toUpperCase()] }, arrayElements);
    const ids = result.items.map((item) => (item.kind === 'record' ? item.record.correlationId : item.kind));
    assert.deepEqual(ids, arrayElements ? [ID, ID] : [ID, ID, 'invalid'], `arrayElements ${arrayElements}`);
    assert.equal(result.filtered, 2);
  }
});

test('EscapedLines: a batch without \\u has none; lines are asked about in order, each only when a \\u lies in it', () => {
  assert.equal(new EscapedLines(Buffer.from(`${record(ID)}\n${record(ID)}\n`), [ID]).none, true);
  const text = `${record('x')}\n${record(`\\u0061${ID.slice(1)}`)}\n${record('\\u0078')}\n`;
  const buffer = Buffer.from(text);
  const escaped = new EscapedLines(buffer, [ID.toUpperCase()]);
  assert.equal(escaped.none, false);
  const bounds: Array<[number, number]> = [];
  for (let start = 0; start < buffer.length; ) {
    const end = buffer.indexOf(0x0a, start);
    bounds.push([start, end]);
    start = end + 1;
  }
  assert.deepEqual(bounds.map(([s, e]) => escaped.hold(s, e)), [false, true, false]);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decide } from '../../../src/input/decide-shape.js';
import { elementsOf } from '../../../src/input/elements-plan.js';
import { JsonElementScanner } from '../../../src/input/json-element-scanner.js';
import { elementScanner } from '../../../src/input/read-json-elements.js';
import type { ScannedValue } from '../../../src/input/scanned-value.js';
import { fixture } from './input-test-helpers.js';

function scan(text: string, chunk: number, path: string[] = []): ScannedValue[] {
  const scanner = new JsonElementScanner(elementsOf(path));
  const out: ScannedValue[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...scanner.push(text.slice(i, i + chunk)));
  out.push(...scanner.end());
  return out;
}

test('the scanner gives the same elements and lines whatever the chunk size', () => {
  const text = readFileSync(fixture('pretty-array-broken.json'), 'utf8');
  const whole = scan(text, text.length);
  assert.equal(whole.length, 7);
  for (const size of [1, 2, 3, 5, 7, 64, 1000]) assert.deepEqual(scan(text, size), whole, `chunk size ${size}`);
});

test('commas, brackets, quotes and escapes inside strings do not end an element', () => {
  const text = '[{"a":"x,]}{[","b":"q\\"uote\\\\","c":[1,{"d":"}"}]} , {"e":"\\u005d"}]';
  const values = scan(text, 4);
  assert.deepEqual(values.map((v) => JSON.parse(v.raw)), [{ a: 'x,]}{[', b: 'q"uote\\', c: [1, { d: '}' }] }, { e: ']' }]);
});

test('only the array at the requested path is streamed; other members are passed over', () => {
  const text = '{"meta": {"records": [{"no": 1}]}, "records": [{"yes": 1}, {"yes": 2}], "after": [{"no": 2}]}';
  assert.deepEqual(scan(text, 3, ['records']).map((v) => [v.path, v.raw]), [
    [['records', 0], '{"yes": 1}'],
    [['records', 1], '{"yes": 2}'],
  ]);
});

test('a string left open at the end of its line is closed there, so the next element is still found', () => {
  const text = '[\n  {"a": "open},\n  {"b": 2}\n]';
  const values = scan(text, 5);
  assert.equal(values.length, 2);
  assert.equal(values[0]?.line, 2);
  assert.match(values[0]?.problem ?? '', /not closed on line 2/);
  assert.deepEqual([values[1]?.line, values[1]?.raw, values[1]?.problem], [3, '{"b": 2}', undefined]);
});

test('a stream of values (jq .): each ends where its brackets close; damage costs only the value it is in', () => {
  const text = [
    '{\n  "a": 1\n}', // whole
    '{\n  "b": 1\n  "c": 2\n}', // a comma missing inside: cut out whole, JSON.parse rejects it
    '{\n  "d": {\n    "e": 1\n  }', // its closing bracket missing: ends where a "{" starts a line at its indentation
    '{\n  "f": "open\n}', // a string left open at its line's end
    'oops', // text between records: one bad value, up to its line's end
    '}', // a stray closing bracket likewise
    '{"g":1} {"h":2}', // one after another on a line
    '{\n  "i": [\n', // cut off
  ].join('\n');
  for (const size of [1, 3, 1000]) {
    const scanner = elementScanner('stream');
    const values: ScannedValue[] = [];
    for (let i = 0; i < text.length; i += size) values.push(...scanner.push(text.slice(i, i + size)));
    values.push(...scanner.end());
    assert.deepEqual(
      values.map((v) => [v.line, v.problem ?? v.raw.replace(/\s+/g, '')]),
      [
        [1, '{"a":1}'],
        [4, '{"b":1"c":2}'],
        [8, 'a closing bracket is missing'],
        [12, 'a string is not closed on line 13'],
        [15, 'oops'],
        [16, '}'],
        [17, '{"g":1}'],
        [17, '{"h":2}'],
        [18, 'the text ends inside this value (truncated?)'],
      ],
      `chunks of ${size}`,
    );
  }
});

test('shape detection reads the content: first line, first key and layout', () => {
  const shape = (text: string, final = true) => {
    const d = decide(text, final);
    return d === null ? null : d.kind === 'shape' ? d.shape : `skip: ${d.reason}`;
  };
  assert.equal(shape('  \n[{"a":1}]'), 'json-array');
  assert.equal(shape('{"a":1}\n{"a":2}\n'), 'json-lines');
  assert.equal(shape('{"records":[{"a":1}]}\n{"records":[]}\n'), 'json-lines');
  assert.equal(shape('{\n  "records": [\n    {"a": 1}'), 'records-envelope');
  assert.equal(shape('{\n  "tables": [\n'), 'query-api');
  assert.equal(shape('{"tables":[{"name":"PrimaryResult","columns":[],"rows":[]}]}'), 'query-api');
  assert.equal(shape('{"statistics":{"query":{}},"tables":[{"columns":[],"name":"PrimaryResult","rows":[]}]}\n'), 'query-api'); // jq -cS
  assert.equal(shape('{"statistics":{"query":{}},"tables":[{"columns":[],"name":"PrimaryResult","rows":[["c1",'), 'query-api'); // cut off
  assert.equal(shape('{"a": 1, "b": "broken\n{"a": 2}\n'), 'json-lines'); // a broken first line of JSON Lines
  assert.equal(shape('{\n  "time": "2021-07-19T18:46:50.188Z"\n}\n'), 'skip: not call logs: a JSON object without a "records" or "tables" array');
  assert.equal(shape('{\n  "records": [', false), 'records-envelope');
  assert.equal(shape('{\n  "other": 1,', false), null); // needs more text
  assert.equal(shape('"TimeGenerated [UTC]","CallId"\r\n'), 'csv');
  assert.equal(shape('TimeGenerated [UTC],Name\n'), 'skip: not call logs: neither JSON nor a CSV header naming a call-log column (starts "TimeGenerated [UTC],Name")');
  assert.equal(shape(' \r\n '), 'skip: empty file');
  assert.equal(shape('[[[[[[\n{"a":1}\n'), 'json-lines'); // a broken first line of JSON Lines
  assert.equal(shape('[\n{"a":1}\n]'), 'json-array');
  assert.equal(shape('[[1, 2]]'), 'json-array');
  assert.equal(shape('[[1,', false), null); // needs more text
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { arrayLayout } from '../../../src/input/array-layout.js';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

test('an array of one element a line is told from a pretty-printed or one-line array', () => {
  assert.equal(arrayLayout('[\n{"a":1},\n{"a":2}\n]\n', 0), 'lines');
  assert.equal(arrayLayout('[{"a":1},\n{"a":2}]\n', 0), 'lines');
  assert.equal(arrayLayout('[\n  {\n    "a": 1\n  }\n]\n', 0), 'other');
  assert.equal(arrayLayout('[{"a":1},{"a":2}]\n', 0), 'other');
  assert.equal(arrayLayout('[{"a":1},{"a":2},\n{"a":3}]\n', 0), 'other');
  assert.equal(arrayLayout('[\n{"a":1},\n{"a"', 0), null);
});

test('an element-a-line array reads the same records at the same lines as JSON Lines; a broken element is invalid at its line', async () => {
  const jsonl = records(await collect([fixture('p2p-call.jsonl')]));
  const events = await collect([fixture('array-element-a-line.json')]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture('array-element-a-line.json'), shape: 'json-array', gzip: false });
  assert.deepEqual(outline(events), ['record@2', 'record@3', 'invalid@4', 'record@5']);
  assert.deepEqual(
    records(events).map((r) => r.value),
    [jsonl[0]!.value, jsonl[1]!.value, jsonl[3]!.value],
  );
  const compact = await collect([fixture('array-element-a-line-compact.json')]);
  assert.deepEqual(outline(compact), ['record@1', 'record@2', 'record@3', 'record@4']);
  assert.deepEqual(records(compact).map((r) => r.value), jsonl.map((r) => r.value));
});

test('`{…},` a line, an array\'s elements without its brackets, reads as the array would: not a line invalid for its comma', async () => {
  const jsonl = records(await collect([fixture('p2p-call.jsonl')]));
  const events = await collect([fixture('array-body-without-brackets.json')]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture('array-body-without-brackets.json'), shape: 'json-array', gzip: false });
  assert.deepEqual(outline(events), ['record@1', 'record@2', 'record@3', 'record@4']);
  assert.deepEqual(records(events).map((r) => r.value), jsonl.map((r) => r.value));
});

test('the same array, pretty-printed and read by the streaming scanner, gives the same records', async () => {
  const lines = readFileSync(fixture('p2p-call.jsonl'), 'utf8').trim().split('\n');
  const pretty = JSON.stringify(lines.map((l) => JSON.parse(l)), null, 2);
  const fromPretty = records(await collect(['-'], { stdin: chunkedStream(pretty, 300) }));
  const fromLines = records(await collect([fixture('array-element-a-line-compact.json')]));
  assert.deepEqual(fromPretty.map((r) => r.value), fromLines.map((r) => r.value));
});

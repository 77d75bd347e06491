import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli, runJson } from '../support/run-cli.js';

// Two exports joined by `cat`: an array, then more JSON after its `]`. What comes after is more records.
const THEN_OBJECTS = 'test/fixtures/input/array-then-pretty-objects.json'; // p2p-call's array, then failed-leg's records as `jq .` writes them
const LINES = 'test/fixtures/input/array-lines-then-json-lines.json'; // the same records: an array one element a line, then JSON Lines
// The same, the lines after the `]` ending in commas, as when the lines of another export's array are pasted after it.
const LINES_WITH_COMMAS = 'test/fixtures/input/array-lines-then-lines-with-commas.json';
const AFTER_ONLY = 'eeeeeeee-0000-4000-8000-000000000005'; // the call whose records are all after the first `]`

for (const file of [THEN_OBJECTS, LINES, LINES_WITH_COMMAS]) {
  test(`${file}: every record after the first array's end is read, and counted (summarize; one and two threads)`, () => {
    for (const threads of ['1', '2']) {
      const { result, json } = runJson(['summarize', file, '--threads', threads]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr.includes('invalid'), false, result.stderr);
      assert.equal(json.input.read, 7);
      assert.equal(json.input.used, 7);
      assert.equal(json.input.invalid, 0);
      assert.deepEqual(json.input.shapes, { 'json-array': 1 });
    }
  });

  test(`${file}: call finds a call whose records are only after the first array's end`, () => {
    const result = runCli(['call', AFTER_ONLY, file, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.equal(json.correlationId, AFTER_ONLY);
    assert.deepEqual([json.input.used, json.input.filtered, json.input.invalid], [3, 4, 0]);
  });
}

test('the fixtures are an array and more JSON after it', () => {
  const text = readFileSync(join(ROOT, THEN_OBJECTS), 'utf8');
  assert.match(text, /^\[\n[\s\S]*\n\]\n\{\n/);
});

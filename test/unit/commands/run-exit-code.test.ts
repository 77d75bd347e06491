import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strictLine } from '../../../src/commands/run-exit-code.js';
import { type InvalidRecord, invalidRecord } from '../../../src/model/input-counts.js';

function loaded(invalid: number, invalidSamples: InvalidRecord[]) {
  const counts = { files: 1, records: 0, used: 0, invalid, duplicates: 0, superseded: 0, ignored: 0, filtered: 0, copies: 0, byCategory: {} };
  return { counts, invalidSamples };
}

test("--strict's last line counts the invalid records and names where the first is and why", () => {
  const first = invalidRecord({ file: 'f.json', line: 2 }, "not JSON: Expected property name or '}'");
  assert.equal(strictLine(loaded(1, [first])), "acs-calllogs: --strict: 1 invalid record (at f.json:2: not JSON: Expected property name or '}'), so exit 2");
  const later = invalidRecord({ file: 'f.json', line: 5 }, 'not an object but an array');
  assert.equal(
    strictLine(loaded(3, [first, later])),
    "acs-calllogs: --strict: 3 invalid records (first at f.json:2: not JSON: Expected property name or '}'), so exit 2",
  );
  const event = invalidRecord({ file: '00.avro', line: 4, unit: 'event' }, 'Body not JSON');
  assert.equal(strictLine(loaded(1, [event])), 'acs-calllogs: --strict: 1 invalid record (at 00.avro:event 4: Body not JSON), so exit 2');
});

test('--strict with no invalid record kept to name: the count alone; the text of a record is made safe for a CI log', () => {
  assert.equal(strictLine(loaded(2, [])), 'acs-calllogs: --strict: 2 invalid records, so exit 2');
  const hostile = invalidRecord({ file: 'f.json', line: 1 }, 'not JSON: Unexpected token \u001b[31m##vso[task.complete]');
  assert.doesNotMatch(strictLine(loaded(1, [hostile])), /\u001b|##vso/);
});

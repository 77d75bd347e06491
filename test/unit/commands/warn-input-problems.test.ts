import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notReadLine } from '../../../src/commands/warn-input-problems.js';

test('a number out of range is warned as a number not read, saying how the first is out of range; one that is no number is not', () => {
  assert.equal(
    notReadLine({ kind: 'number', file: 't9.jsonl', count: 1, line: 3, text: '-5', field: 'callDuration', outOfRange: 'below 0' }),
    "warning: t9.jsonl: 1 number not read (at line 3: '-5' in callDuration, out of range: below 0); it counts as absent",
  );
  assert.equal(
    notReadLine({ kind: 'number', file: 'f.csv', count: 2, line: 5, text: '1,000', field: 'roundTripTimeAvg' }),
    "warning: f.csv: 2 numbers not read (first at line 5: '1,000' in roundTripTimeAvg); they count as absent",
  );
});

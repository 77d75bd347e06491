import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeTimesNotRead, TimesNotReadTally } from '../../../src/model/times-not-read.js';

test('times not read: counted per file, the first the one of the lowest line, a long text cut', () => {
  const tally = new TimesNotReadTally();
  tally.add({ file: 'a.csv', line: 9 }, 2, '20.13.2026, 10:31');
  tally.add({ file: 'a.csv', line: 4 }, 1, '31/11/2026, 13:59');
  tally.add({ file: 'a.csv', line: null }, 1, 'x');
  tally.add({ file: 'b.jsonl', line: null }, 1, 'y'.repeat(500));
  tally.add({ file: 'b.jsonl', line: 3 }, 1, 'z');
  assert.deepEqual(tally.files(), [
    { file: 'a.csv', count: 4, line: 4, text: '31/11/2026, 13:59' },
    { file: 'b.jsonl', count: 2, line: 3, text: 'z' },
  ]);
  const cut = new TimesNotReadTally();
  cut.add({ file: 'c', line: 1 }, 1, 'y'.repeat(500));
  assert.equal(cut.files()[0]!.text, `${'y'.repeat(60)}…`);
});

test('times not read: the tallies of several threads merge into one a file, in the order the files were read', () => {
  const one = new TimesNotReadTally();
  one.add({ file: 'b', line: 7 }, 1, 'b7');
  one.add({ file: 'a', line: 5 }, 2, 'a5');
  const two = new TimesNotReadTally();
  two.add({ file: 'a', line: 2 }, 1, 'a2');
  const merged = mergeTimesNotRead([one.files(), two.files()], ['a', 'b']);
  assert.deepEqual(merged, [
    { file: 'a', count: 3, line: 2, text: 'a2' },
    { file: 'b', count: 1, line: 7, text: 'b7' },
  ]);
  assert.deepEqual(mergeTimesNotRead([merged], ['b', 'a']).map((f) => f.file), ['b', 'a']);
});

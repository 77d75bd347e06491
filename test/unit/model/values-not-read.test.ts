import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeValuesNotRead, notReadOf, totalNotRead, ValuesNotReadTally } from '../../../src/model/values-not-read.js';

test('times not read: counted per file, the first (with its field) the one of the lowest line, a long text cut', () => {
  const tally = new ValuesNotReadTally();
  tally.add({ file: 'a.csv', line: 9 }, 'time', 2, '20.13.2026, 10:31', 'callStartTime');
  tally.add({ file: 'a.csv', line: 4 }, 'time', 1, '31/11/2026, 13:59', 'participantStartTime');
  tally.add({ file: 'a.csv', line: null }, 'time', 1, 'x', 'time');
  tally.add({ file: 'b.jsonl', line: null }, 'time', 1, 'y'.repeat(500), 'time');
  tally.add({ file: 'b.jsonl', line: 3 }, 'time', 1, 'z', 'timeGenerated');
  assert.deepEqual(tally.files(), [
    { kind: 'time', file: 'a.csv', count: 4, line: 4, text: '31/11/2026, 13:59', field: 'participantStartTime' },
    { kind: 'time', file: 'b.jsonl', count: 2, line: 3, text: 'z', field: 'timeGenerated' },
  ]);
  const cut = new ValuesNotReadTally();
  cut.add({ file: 'c', line: 1 }, 'time', 1, 'y'.repeat(500), 'time');
  assert.equal(cut.files()[0]!.text, `${'y'.repeat(60)}…`);
});

test('numbers not read are a tally of their own beside the times, each first value with its field', () => {
  const tally = new ValuesNotReadTally();
  tally.add({ file: 'a.csv', line: 7 }, 'number', 1, '15%', 'packetLossRateAvg');
  tally.add({ file: 'a.csv', line: 5 }, 'time', 1, '31/11/2026', 'callStartTime');
  tally.add({ file: 'a.csv', line: 3 }, 'number', 2, '1,000', 'jitterAvg');
  assert.deepEqual(tally.files(), [
    { kind: 'time', file: 'a.csv', count: 1, line: 5, text: '31/11/2026', field: 'callStartTime' },
    { kind: 'number', file: 'a.csv', count: 3, line: 3, text: '1,000', field: 'jitterAvg' },
  ]);
  assert.equal(totalNotRead(tally.files(), 'number'), 3);
  assert.equal(totalNotRead(tally.files(), 'time'), 1);
  assert.deepEqual(notReadOf(tally.files(), 'number').map((f) => f.text), ['1,000']);
});

test('values not read: the tallies of several threads merge into one a kind and file, times first, in the order the files were read', () => {
  const one = new ValuesNotReadTally();
  one.add({ file: 'b', line: 7 }, 'time', 1, 'b7', 'time');
  one.add({ file: 'a', line: 5 }, 'time', 2, 'a5', 'callStartTime');
  one.add({ file: 'b', line: 2 }, 'number', 1, 'n-b2', 'jitterAvg');
  const two = new ValuesNotReadTally();
  two.add({ file: 'a', line: 2 }, 'time', 1, 'a2', 'participantStartTime');
  two.add({ file: 'b', line: 1 }, 'number', 4, 'n-b1', 'roundTripTimeAvg');
  two.add({ file: 'a', line: 9 }, 'number', 1, 'n-a9', 'count');
  const merged = mergeValuesNotRead([one.files(), two.files()], ['a', 'b']);
  assert.deepEqual(merged, [
    { kind: 'time', file: 'a', count: 3, line: 2, text: 'a2', field: 'participantStartTime' },
    { kind: 'time', file: 'b', count: 1, line: 7, text: 'b7', field: 'time' },
    { kind: 'number', file: 'a', count: 1, line: 9, text: 'n-a9', field: 'count' },
    { kind: 'number', file: 'b', count: 5, line: 1, text: 'n-b1', field: 'roundTripTimeAvg' },
  ]);
  assert.deepEqual(mergeValuesNotRead([merged], ['b', 'a']).map((f) => `${f.kind} ${f.file}`), ['time b', 'time a', 'number b', 'number a']);
  assert.deepEqual(mergeValuesNotRead([two.files(), one.files()], ['a', 'b']), merged, 'in whichever order the tallies come');
});

test('numbers out of range are numbers not read, one count; how the first is out of range goes with it, through a merge too', () => {
  const one = new ValuesNotReadTally();
  one.add({ file: 'a', line: 9 }, 'number', 1, '-5', 'callDuration', 'below 0');
  assert.deepEqual(one.files(), [{ kind: 'number', file: 'a', count: 1, line: 9, text: '-5', field: 'callDuration', outOfRange: 'below 0' }]);
  const two = new ValuesNotReadTally();
  two.add({ file: 'a', line: 4 }, 'number', 2, '1,000', 'jitterAvg');
  two.add({ file: 'b', line: 2 }, 'number', 1, '2764800', 'participantDuration', 'over 31 days');
  const merged = mergeValuesNotRead([one.files(), two.files()], ['a', 'b']);
  assert.deepEqual(merged, [
    { kind: 'number', file: 'a', count: 3, line: 4, text: '1,000', field: 'jitterAvg' },
    { kind: 'number', file: 'b', count: 1, line: 2, text: '2764800', field: 'participantDuration', outOfRange: 'over 31 days' },
  ]);
  assert.deepEqual(mergeValuesNotRead([two.files(), one.files()], ['a', 'b']), merged, 'an earlier value that is no number takes the range away');
  assert.equal(totalNotRead(merged, 'number'), 4);
});

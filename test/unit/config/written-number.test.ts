import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { JSON_NUMBER, readWholeNumber, readWrittenNumber, ValueProblem } from '../../../src/config/written-number.js';

const E = 'a number';

/** What JSON.parse takes as a number, with no white space around it: the grammar the README promises. */
function jsonReads(text: string): number | null {
  if (text.trim() !== text || text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

function read(text: string, form: Parameters<typeof readWrittenNumber>[2] = { exponent: true }): number | string {
  try {
    return readWrittenNumber(text, E, form).value;
  } catch (error) {
    assert.ok(error instanceof ValueProblem);
    return error.problem;
  }
}

test('a number as JSON writes one is read; every other spelling is refused, saying why', () => {
  for (const [text, value] of [['0', 0], ['5', 5], ['-2', -2], ['0.5', 0.5], ['12.50', 12.5], ['2.5e1', 25], ['1E-2', 0.01], ['1e+2', 100], ['-0.0', -0]] as const) {
    assert.equal(read(text), value, text);
  }
  const refused: Array<[string, string]> = [
    ['.5', 'has no digit before its point'],
    ['+5', 'has a + sign'],
    ['05', 'has a leading zero'],
    ['-05', 'has a leading zero'],
    ['5.', 'has no digit after its point'],
    ['5.e1', 'has no digit after its point'],
    [' 5', 'has white space around the number'],
    ['5\n', 'has white space around the number'],
    ['   ', 'is only white space'],
    ['', 'is empty'],
    ['0x10', 'is not in decimal digits'],
    ['0b1', 'is not in decimal digits'],
    ['Infinity', 'is not a finite number'],
    ['-Infinity', 'is not a finite number'],
    ['NaN', 'is not a finite number'],
    ['1e999', 'is too large'],
    ['1,000', 'has a separator in it (no decimal comma or thousands separator)'],
    ['0,5', 'has a separator in it (no decimal comma or thousands separator)'],
    ['1_000', 'has a separator in it (no decimal comma or thousands separator)'],
    ['1e', 'is not a number'],
    ['200ms', "has a unit, 'ms': write the number alone (200)"],
    ['7 fps', "has a unit, 'fps': write the number alone (7)"],
    ['240p', "has a unit, 'p': write the number alone (240)"],
    // A time limit is in ms: seconds and minutes are not taken as ms; a percentage keeps its %.
    ['0.5s', "has a unit, 's': write it in milliseconds, alone (500)"],
    ['0.1s', "has a unit, 's': write it in milliseconds, alone (100)"],
    ['1min', "has a unit, 'min': write it in milliseconds, alone (60000)"],
    ['10pct', "has a unit, 'pct': write it with % (10%)"],
    ['3calls', "has a unit, 'calls': write the number alone (3)"],
    ['200mss', 'is not a number'],
    ['ten', 'is not a number'],
    ['5%', 'is not a number'],
  ];
  for (const [text, problem] of refused) assert.equal(read(text), problem, JSON.stringify(text));
});

test('the grammar is JSON.parse\'s for numbers, on any text of number characters', () => {
  const chars = fc.constantFrom(...'0123456789.eE+- x,%'.split(''));
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 8 }).map((a) => a.join('')), (text) => {
      const json = jsonReads(text);
      assert.equal(JSON_NUMBER.test(text) && Number.isFinite(Number(text)), json !== null, text);
      const got = read(text);
      assert.equal(typeof got === 'number' ? got : null, json, text);
    }),
    { numRuns: 5000 },
  );
});

test('counts and gates are written in digits: no exponent; a percentage only where one is taken', () => {
  assert.equal(read('1e1', {}), 'has an exponent: write it in digits');
  assert.equal(read('10', {}), 10);
  assert.deepEqual(readWrittenNumber('12.5%', E, { percent: true }), { value: 12.5, percent: true, fraction: 0.125 });
  assert.deepEqual(readWrittenNumber('12.5', E, { percent: true }), { value: 12.5, percent: false, fraction: 12.5 });
  assert.equal(read('1.5e1%', { percent: true, exponent: true }), 15);
  assert.equal(read('5 %', { percent: true }), 'has white space around the number');
  assert.equal(read('5%%', { percent: true }), 'is not a number');
});

test('a whole number: fractions, negatives, too small and too large refused', () => {
  assert.equal(readWholeNumber('16777216', 1), 16777216);
  assert.equal(readWholeNumber('2.0', 1), 2, 'JSON writes 2 as 2.0 too: a whole number');
  for (const [text, problem] of [['1.5', 'is not a whole number'], ['-1', 'is negative'], ['-0', 'is negative'], ['0', 'is less than 1'], ['9007199254740993', 'is too large'], ['1e3', 'has an exponent: write it in digits']] as const) {
    assert.throws(() => readWholeNumber(text, 1), (e: unknown) => e instanceof ValueProblem && e.problem === problem && e.expected === 'a whole number of at least 1, in digits (4)', text);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { kqlCommentText, kqlNumber, kqlString } from '../../../src/kql/kql-literal.js';
import { plainDecimal } from '../../../src/schema/plain-decimal.js';

test('numbers print in plain decimal, never in exponent form', () => {
  assert.equal(kqlNumber(0.1), '0.1');
  assert.equal(kqlNumber(500), '500');
  assert.equal(kqlNumber(-0.25), '-0.25');
  assert.equal(kqlNumber(1e-7), '0.0000001');
  assert.equal(kqlNumber(1.25e-7), '0.000000125');
  assert.equal(kqlNumber(1.5e21), '1500000000000000000000.0', 'too large for long: a real');
  assert.equal(kqlNumber(2 ** 53 - 1), '9007199254740991');
  assert.throws(() => kqlNumber(Number.NaN), RangeError);
});

test('any finite number reads back as itself and has no exponent', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      const text = plainDecimal(n);
      assert.doesNotMatch(text, /e/i);
      assert.equal(Number(text), n === 0 ? 0 : n);
      assert.equal(Number(kqlNumber(n)), n === 0 ? 0 : n);
    }),
    { numRuns: 2000 },
  );
});

test('strings are quoted and escaped; comment text stays on one line', () => {
  assert.equal(kqlString('Video'), '"Video"');
  assert.equal(kqlString('a"b\\c\nd'), '"a\\"b\\\\c\\nd"');
  assert.equal(kqlCommentText('cfg.json\n| take 1\r\u202e'), 'cfg.json | take 1 ');
});

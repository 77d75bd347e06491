import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ABSENT_TEXTS, DECIMAL_NOTATION, isAbsent, isUnreadNumber, toCallId, toEndpointType, toMediaType, toNumber, toText, toTransportType, unreadText } from '../../../src/schema/values.js';

test('absent values: null, undefined, "", "null", "None" (az CLI), white space', () => {
  for (const v of [null, undefined, '', 'null', 'NULL', 'None', 'none', '  ']) assert.equal(isAbsent(v), true, String(v));
  for (const v of ['0', 0, 'Redacted', false]) assert.equal(isAbsent(v), false, String(v));
});

test('numbers arrive as numbers or strings, with E-notation', () => {
  assert.equal(toNumber('82'), 82);
  assert.equal(toNumber(' 82 '), 82);
  assert.equal(toNumber(46), 46);
  assert.equal(toNumber('3.146336E-05'), 3.146336e-5);
  assert.equal(toNumber('0.001769911'), 0.001769911);
  assert.equal(toNumber('-1.5e+2'), -150);
  assert.equal(toNumber('null'), null);
  assert.equal(toNumber('None'), null);
  assert.equal(toNumber('12abc'), null);
  assert.equal(toNumber('0x10'), null);
  assert.equal(toNumber(Number.NaN), null);
});

test('a number past a double\'s range (JSON.parse reads 1e309 as Infinity) is no text either, and is quoted as what it is past', () => {
  assert.equal(toNumber(JSON.parse('1e309')), null);
  assert.equal(toText(JSON.parse('1e309')), null);
  assert.equal(toText(JSON.parse('-1e999')), null);
  assert.equal(toText(1e308), '1e+308');
  assert.equal(unreadText(JSON.parse('1e309')), '> 1.8e308');
  assert.equal(unreadText(JSON.parse('-1e999')), '< -1.8e308');
  assert.equal(unreadText('1,000'), '1,000');
  assert.equal(unreadText({ a: 1 }), '{"a":1}');
});

test('a text of digits alone is read as Number() reads it, at every length, and anything else takes the full path', () => {
  // The fast reading takes 1 to 15 digits; sixteen and more, signs, points, white space and non-ASCII digits do not.
  for (const text of ['0', '007', '82', '999999999999999', '123456789012345', '1234567890123456', '98765432109876543210', '123456789012345678901234567890', '+5', '-0', '5.', ' 7', '٣', '1e3']) {
    const expected = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : null;
    assert.equal(toNumber(text), expected, text);
  }
});

test('DECIMAL_NOTATION (which the KQL uses) is what toNumber reads, after trim(), of any text without a comma', () => {
  const text = fc.string({ unit: fc.constantFrom(...'0123456789+-.eE x\u00a0n'.split('')), maxLength: 8 });
  fc.assert(
    fc.property(text, (s) => {
      const t = s.trim();
      const expected = !ABSENT_TEXTS.has(t.toLowerCase()) && DECIMAL_NOTATION.test(t) && Number.isFinite(Number(t)) ? Number(t) : null;
      assert.equal(toNumber(s), expected, JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
  assert.equal(toNumber('1e999'), null, 'past a double: not finite, not a number');
});

test('ids lose stray white space; Redacted is kept as a value', () => {
  assert.equal(toText(' b25cf111-73df-4e0a-a888-640000abe34d'), 'b25cf111-73df-4e0a-a888-640000abe34d');
  assert.equal(toText('Redacted'), 'Redacted');
  assert.equal(toText(5), '5');
});

test('endpointType VoIP and VOIP are one spelling; media types too', () => {
  assert.equal(toEndpointType('VOIP'), 'VoIP');
  assert.equal(toEndpointType('VoIP'), 'VoIP');
  assert.equal(toEndpointType('BOT'), 'Bot');
  assert.equal(toEndpointType('server'), 'Server');
  assert.equal(toEndpointType('Teams'), 'Teams');
  assert.equal(toMediaType('vbss'), 'VBSS');
  assert.equal(toMediaType('audio'), 'Audio');
});

test('transportType udp and UDP are one spelling, tcp and TCP too; another value is kept as logged', () => {
  assert.equal(toTransportType('udp'), 'UDP');
  assert.equal(toTransportType(' Udp '), 'UDP');
  assert.equal(toTransportType('UDP'), 'UDP');
  assert.equal(toTransportType('tcp'), 'TCP');
  assert.equal(toTransportType('UNRECOGNIZED'), 'Unrecognized');
  assert.equal(toTransportType('TLS'), 'TLS');
  assert.equal(toTransportType('quic'), 'quic');
  assert.equal(toTransportType('None'), null);
});

test('absent and numeric text: the hand-written checks match the rules they replace', () => {
  assert.equal(isAbsent('\u3000null'), true);
  assert.equal(isAbsent(' None'), true);
  assert.equal(isAbsent('UNDEFINED'), true);
  assert.equal(isAbsent('nul'), false);
  assert.equal(isAbsent('n'), false);
  assert.equal(toNumber('+.5'), 0.5);
  assert.equal(toNumber('5.'), 5);
  assert.equal(toNumber('1E3'), 1000);
  for (const text of ['.', '+', '-', '1e', '1e+', 'e5', '.e1', '1.2.3', '--1', 'Infinity', '-Infinity', '1_000', '0b11', '0o7', '١٢']) {
    assert.equal(toNumber(text), null, text);
  }
});

test('a call id: a GUID in lower case whatever its case; other text as it is; an object, array or boolean is no id', () => {
  assert.equal(toCallId('FA11CA5E-AAAA-BBBB-CCCC-DDDDEEEEFFFF'), 'fa11ca5e-aaaa-bbbb-cccc-ddddeeeeffff');
  assert.equal(toCallId(' Fa11Ca5e-aaaa-bbbb-cccc-ddddeeeeffff '), 'fa11ca5e-aaaa-bbbb-cccc-ddddeeeeffff');
  assert.equal(toCallId('fa11ca5e-aaaa-bbbb-cccc-ddddeeeeffff'), 'fa11ca5e-aaaa-bbbb-cccc-ddddeeeeffff');
  assert.equal(toCallId('NOT-A-GUID-CASE-KEPT'), 'NOT-A-GUID-CASE-KEPT');
  assert.equal(toCallId('FA11CA5E-AAAA-BBBB-CCCC-DDDDEEEEFFFG'), 'FA11CA5E-AAAA-BBBB-CCCC-DDDDEEEEFFFG');
  assert.equal(toCallId(12345), '12345');
  for (const no of [{ a: 1 }, ['x'], true, null, 'null', '']) assert.equal(toCallId(no), null, JSON.stringify(no));
});

test('a decimal comma is read: digits, one comma, digits, maybe signed, maybe with an exponent', () => {
  const read: Array<[string, number]> = [
    ['0,25', 0.25],
    ['600,5', 600.5],
    ['0,250', 0.25],
    ['12,5', 12.5],
    [' 0,25 ', 0.25],
    ['-0,5', -0.5],
    ['+1,5', 1.5],
    ['3,146336E-05', 3.146336e-5],
    ['1,000E3', 1000],
    ['1,0001', 1.0001],
    ['1,00', 1],
    ['1234,567', 1234.567],
    ['00,125', 0.125],
  ];
  for (const [text, value] of read) assert.equal(toNumber(text), value, text);
});

test('a comma that may group thousands is not read, nor percentages, units, hex, NaN, Infinity, two separators', () => {
  // 1 to 3 digits not starting with 0, a comma, exactly 3 digits: 1000 in en-US, 1.0 in de. No guess is made.
  for (const text of ['1,000', '7,200', '-1,000', '+999,999', '100,250', '1,000,000', '1.000,5', '1,5,0', ',5', '5,', '1,e3', '1,5e',
    '15%', '0,25%', '600 ms', '600,5 ms', '0x10', '0x1,5', 'NaN', 'Infinity', '1 ,5', '1, 5', '1,5e999']) {
    assert.equal(toNumber(text), null, text);
  }
});

test('a decimal comma is read as the same number with a point, the thousands form alone excepted', () => {
  const part = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 1, maxLength: max });
  fc.assert(
    fc.property(fc.constantFrom('', '-', '+'), part(5), part(5), fc.constantFrom('', 'e3', 'E-05', 'e+2'), (sign, int, frac, exp) => {
      const grouping = int.length <= 3 && !int.startsWith('0') && frac.length === 3 && exp === '';
      assert.equal(toNumber(`${sign}${int},${frac}${exp}`), grouping ? null : Number(`${sign}${int}.${frac}${exp}`));
    }),
    { numRuns: 2000 },
  );
});

test('a value not read as a number: present (not an absent spelling) and not read', () => {
  for (const value of ['1,000', '15%', '600 ms', 'abc', 'NaN', { v: 1 }, [1], true]) assert.equal(isUnreadNumber(value, toNumber(value)), true, JSON.stringify(value));
  for (const value of [undefined, null, '', ' ', 'null', 'None', 'undefined', '82', '0,25', 7, 'Redacted', ' Redacted ', 'redacted', 'REDACTED', ' rEdAcTeD\t']) assert.equal(isUnreadNumber(value, toNumber(value)), false, JSON.stringify(value));
  // Redacted as a word among others is no withheld value: not read.
  for (const value of ['Redacted value', 'not redacted']) assert.equal(isUnreadNumber(value, toNumber(value)), true, value);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskPhoneNumbersInText } from '../../../src/model/phone-in-text.js';

test('a + number written with spaces, dashes, dots or parentheses is masked whole, as E.164 digits are', () => {
  const cases: [string, string][] = [
    ['+1 425-555-0123', '+1…23'],
    ['+44 20 7183 8750', '+44…50'],
    ['+1 (425) 555-0123', '+1…23'],
    ['+1(425)555-0123', '+1…23'],
    ['+44 (0)20 7183 8750', '+44…50'],
    ['+1.425.555.0123', '+1…23'],
    ['+1-425-555-0123', '+1…23'],
    ['+49 30 12345678', '+49…78'],
    ['+33 1 23 45 67 89', '+33…89'],
    ['+34 612 345 678', '+34…78'],
    ['+353 1 234 5678', '+353…78'],
    ['+14255550123', '+1…23'],
  ];
  for (const [text, masked] of cases) assert.equal(maskPhoneNumbersInText(text), masked, text);
  // In a sentence, after a scheme's colon, in a SIP URI: only the number changes.
  assert.equal(maskPhoneNumbersInText('Call to +1 (425) 555-0123 failed: busy.'), 'Call to +1…23 failed: busy.');
  assert.equal(maskPhoneNumbersInText('tel:+1-425-555-0123'), 'tel:+1…23');
  assert.equal(maskPhoneNumbersInText('target=4:+1 425-555-0123;'), 'target=4:+1…23;');
  assert.equal(maskPhoneNumbersInText('sip:+442071838750@sip.pstnhub.microsoft.com;user=phone'), 'sip:+44…50@sip.pstnhub.microsoft.com;user=phone');
  assert.equal(maskPhoneNumbersInText('from +44 20 7183 8750, to +1 425 555 0123.'), 'from +44…50, to +1…23.');
});

test('a number after tel: is one with or without +; a leg identifier 4: with or without + as before', () => {
  assert.equal(maskPhoneNumbersInText('tel:4255550123'), 'tel:…23');
  assert.equal(maskPhoneNumbersInText('TEL:425-555-0123;phone-context=+1'), 'TEL:…23;phone-context=+1');
  assert.equal(maskPhoneNumbersInText('tel:911'), 'tel:…');
  assert.equal(maskPhoneNumbersInText('4:+14255550123'), '4:+1…23');
  assert.equal(maskPhoneNumbersInText('4:14255550123'), '4:…23');
});

test('digits after an E.164 number and a space are not its: a number of one group has no country code to group after', () => {
  assert.equal(maskPhoneNumbersInText('+14255550123 10 times'), '+1…23 10 times');
  assert.equal(maskPhoneNumbersInText('dialled +442071838750 3 times in 20 s'), 'dialled +44…50 3 times in 20 s');
});

test('counts, durations, times, versions, ranges, codes and ids with a + are no phone numbers: left exactly as they were', () => {
  const kept = [
    '+5 more',
    '+5 more, +12 others',
    '+3m 33s',
    '+50s',
    '+12 ms',
    '+10 - 20',
    '+100-200 ms',
    '+1.5 dB',
    '+12.5%',
    '2026-11-20 08:31:07',
    '2026-11-20T08:31:07.220+01:00',
    '2026-11-20 08:31:07 +0100 2026',
    '08:31:07 +01:00',
    'UTC+05:30',
    'GMT+1',
    '1.31.2.1',
    '1.0.0+20241120.1',
    'azsdk-js-communication-calling/1.31.2-beta.1+build.20241120',
    '52.112.3.4:3478',
    'udp://10.0.0.4:3478',
    'sbc-4:5060',
    '410/3101',
    'T14:0212345',
    'C++ 17',
    '+1 234',
    '+1234567890123456',
    '(425) 555-0123',
    '425-555-0123',
    '020 7183 8750',
    '10 - 20',
    '12 ms',
  ];
  for (const text of kept) assert.equal(maskPhoneNumbersInText(text), text, text);
});

test('a number whose groups are split by a no-break space or a Unicode dash, as word processors and web pages write them, is masked whole', () => {
  const cases: [string, string][] = [
    ['+33\u00a01\u00a023\u00a045\u00a067\u00a089', '+33…89'],
    ['+44 20 7183\u202f8750', '+44…50'],
    ['+49\u200930\u200912345678', '+49…78'],
    ['+1\u2011425\u2011555\u20110123', '+1…23'],
    ['+1\u2013425\u2013555\u20130123', '+1…23'],
    ['+1\u00a0(425)\u00a0555-0123', '+1…23'],
  ];
  for (const [text, masked] of cases) assert.equal(maskPhoneNumbersInText(text), masked, JSON.stringify(text));
  // A range or a count so written stays one: too few digits for a number.
  for (const kept of ['+10\u201320', '+100\u2013200 ms', '+5\u00a0more']) assert.equal(maskPhoneNumbersInText(kept), kept, JSON.stringify(kept));
});

test("a URL's percent-encoded + (%2B) begins a number as + does, and is written back as it was", () => {
  assert.equal(maskPhoneNumbersInText('https://contoso.com/dial?to=%2B14255550123&x=1'), 'https://contoso.com/dial?to=%2B1…23&x=1');
  assert.equal(maskPhoneNumbersInText('to=%2b442071838750'), 'to=%2b44…50');
  assert.equal(maskPhoneNumbersInText('tel%3A%2B1-425-555-0123'), 'tel%3A%2B1…23');
  assert.equal(maskPhoneNumbersInText('sip%3A%2B14255550123%40sip.pstnhub.microsoft.com'), 'sip%3A%2B1…23%40sip.pstnhub.microsoft.com');
  // After a word's letter or digit it is a build's, as a + is; a short one is a count.
  for (const kept of ['1.0.0%2B20241120', 'abc%2B14255550123', '?n=%2B5']) assert.equal(maskPhoneNumbersInText(kept), kept, kept);
});

test("a count or a time after a number written in groups is not its end: no more digits than the country's numbers have", () => {
  // Each was taken into the number, and its mask showed the count's digits as the number's last: `+1…32 times`.
  const cases: [string, string][] = [
    ['call +1 425 555 0123 2 times in 20 s', 'call +1…23 2 times in 20 s'],
    ['+1 425 555 0123 10:32', '+1…23 10:32'],
    ['dialled +44 20 7183 8750 3 times', 'dialled +44…50 3 times'],
    ['from +33 1 23 45 67 89 12 calls', 'from +33…89 12 calls'],
    ['+61 2 9876 5432 5 s', '+61…32 5 s'],
    // A trunk prefix (0) is no digit of the number's: the rest is all masked.
    ['+44 (0)20 7183 8750 3 times', '+44…50 3 times'],
    // So is one written without its brackets, as many do: the number is still masked whole.
    ['+44 020 7183 8750', '+44…50'],
    ['+33 01 23 45 67 89 12 calls', '+33…89 12 calls'],
    ['+61 02 9876 5432', '+61…32'],
  ];
  for (const [text, masked] of cases) assert.equal(maskPhoneNumbersInText(text), masked, text);
});

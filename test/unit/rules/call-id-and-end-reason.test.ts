import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEndReason, lookupEndCode } from '../../../src/rules/decode-end-reason.js';
import { isUsableQuery, matchCallId } from '../../../src/rules/match-call-id.js';

const ids = ['341acde7-8aa5-445b-a3da-2ddadca47d22', '341acde7-9bb5-445b-a3da-2ddadca47d22', '8d1a8374-344d-4502-b54b-ba2d6daaf0ae'];

test('a full id matches, case-insensitively', () => {
  assert.deepEqual(matchCallId('8D1A8374-344D-4502-B54B-BA2D6DAAF0AE', ids), { kind: 'found', id: ids[2] });
});

test('a unique prefix of 8 or more characters matches; a shorter one is refused', () => {
  assert.deepEqual(matchCallId('8d1a8374', ids), { kind: 'found', id: ids[2] });
  assert.deepEqual(matchCallId('341acde7-8a', ids), { kind: 'found', id: ids[0] });
  assert.equal(isUsableQuery('8d1a837'), false);
  assert.equal(isUsableQuery(' 8d1a8374 '), true);
});

test('an id pasted from a ticket matches without what wraps it: {GUID}, quotes, brackets, a sentence\'s end', () => {
  for (const pasted of ['{8d1a8374-344d-4502-b54b-ba2d6daaf0ae}', '"8D1A8374"', "'8d1a8374'", '<8d1a8374>', '(8d1a8374).', '[8d1a8374],', '«8d1a8374»', ' `8d1a8374` ']) {
    assert.deepEqual(matchCallId(pasted, ids), { kind: 'found', id: ids[2] }, pasted);
  }
  assert.equal(isUsableQuery('{8d1a837}'), false, 'the braces do not count toward the 8 characters');
});

test('ids that differ only in case (not GUIDs, kept as logged) are each found by their own spelling; another is ambiguous', () => {
  const cased = ['Synthetic-Call-0001', 'synthetic-call-0001', 'synthetic-call-0002'];
  assert.deepEqual(matchCallId('Synthetic-Call-0001', cased), { kind: 'found', id: cased[0] });
  assert.deepEqual(matchCallId('"synthetic-call-0001"', cased), { kind: 'found', id: cased[1] });
  assert.deepEqual(matchCallId('SYNTHETIC-CALL-0001', cased), { kind: 'ambiguous', candidates: [cased[0], cased[1]] });
  assert.deepEqual(matchCallId('SYNTHETIC-CALL-0002', cased), { kind: 'found', id: cased[2] });
});

test('an ambiguous prefix lists the candidates', () => {
  assert.deepEqual(matchCallId('341acde7', ids), { kind: 'ambiguous', candidates: [ids[0], ids[1]] });
});

test('an unknown id names the nearest ids seen', () => {
  const result = matchCallId('8d1a8375-344d', ids);
  assert.equal(result.kind, 'unknown');
  assert.equal(result.kind === 'unknown' && result.nearest[0], ids[2]);
});

test('end codes decode with their subcode, fall back to the code alone, and mark ungraceful drops', () => {
  const dropped = decodeEndReason(410, 3101, null);
  assert.equal(dropped.resultCategory, 'UnexpectedClientError');
  assert.match(dropped.message ?? '', /dropped.*network problem on the client/i);
  assert.equal(dropped.dropped, true);

  const codeOnly = decodeEndReason(503, 9999, null);
  assert.equal(codeOnly.message, 'Communication Services infrastructure error.');
  assert.equal(codeOnly.dropped, true);

  const ok = decodeEndReason(0, 0, null);
  assert.equal(ok.resultCategory, 'Success');
  assert.equal(ok.dropped, false);
  // Without a subcode, code 0 says the call ended, not who ended it (0/0 is "by local participant").
  const zero = decodeEndReason(0, null, null);
  assert.deepEqual([zero.resultCategory, zero.message, zero.dropped, zero.failed], ['Success', 'Call ended (no subcode logged to say how or by whom).', false, false]);
  assert.equal(decodeEndReason(0, null, 'UnexpectedServerError').failed, true);
  assert.match(decodeEndReason(487, null, null).message ?? '', /caller canceled/, 'another code without a subcode still reads as its /0');

  // The log's own ResultCategory wins over the table's.
  assert.equal(decodeEndReason(0, 0, 'ExpectedError').resultCategory, 'ExpectedError');
  // 487 ends a call gracefully (a cancel), 404 is not in the portal's list.
  assert.equal(decodeEndReason(487, 0, null).dropped, false);
  assert.equal(lookupEndCode(12345, 1), null);
  assert.equal(decodeEndReason(null, null, null).dropped, false);
});

test('a leg failed when it dropped or its result category, the log\'s own else the table\'s, is an unexpected error', () => {
  const token = decodeEndReason(495, 4507, null);
  assert.equal(token.resultCategory, 'UnexpectedClientError');
  assert.deepEqual([token.dropped, token.failed], [false, true], 'a call that never connected (no valid token) did not drop, it failed');
  assert.equal(decodeEndReason(0, 5000, 'UnexpectedServerError').failed, true, 'the log says so, whatever the code');
  assert.equal(decodeEndReason(null, null, 'unexpectedClientError').failed, true, 'in any case, without a code');
  assert.equal(decodeEndReason(410, 3101, null).failed, true, 'dropped');
  assert.equal(decodeEndReason(0, 0, null).failed, false);
  assert.equal(decodeEndReason(487, 0, 'ExpectedError').failed, false, 'a cancel or a decline is expected');
  assert.equal(decodeEndReason(null, null, null).failed, false);
});

test('a whole id only (a query shorter than a prefix may be): found whole in any case, never by a prefix', () => {
  const short = ['abc', 'abcdefgh-long', 'Ab', 'aB'];
  assert.deepEqual(matchCallId('abc', short, true), { kind: 'found', id: 'abc' });
  assert.deepEqual(matchCallId('ABC', short, true), { kind: 'found', id: 'abc' });
  assert.deepEqual(matchCallId('abcdef', short, true), { kind: 'unknown', nearest: [] }, 'a prefix of abcdefgh-long: not whole');
  assert.deepEqual(matchCallId('ab', short, true), { kind: 'ambiguous', candidates: ['Ab', 'aB'] }, 'two ids alike but for case, neither as given');
  assert.deepEqual(matchCallId('Ab', short, true), { kind: 'found', id: 'Ab' });
});

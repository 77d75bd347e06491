import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callIdSpellings, cleanCallId } from '../../../src/rules/clean-call-id.js';
import { isUsableQuery, matchCallId } from '../../../src/rules/match-call-id.js';
import { matchLegId } from '../../../src/rules/match-leg-id.js';

const GROUP = '341acde7-8aa5-445b-a3da-2ddadca47d22';
const ids = [GROUP, '8d1a8374-344d-4502-b54b-ba2d6daaf0ae'];

test('what shows as nothing is not part of a pasted id: zero-width space, word joiner, BOM, bidi marks, soft hyphen', () => {
  for (const pasted of [`\u200b${GROUP}`, `${GROUP}\u200b`, `\ufeff${GROUP}`, `\u2060${GROUP}\u2060`, `\u200e${GROUP}\u200f`, `341acde7\u00ad-8aa5-445b-a3da-2ddadca47d22`, `\u202a${GROUP}\u202c`]) {
    assert.equal(cleanCallId(pasted), GROUP, JSON.stringify(pasted));
    assert.deepEqual(matchCallId(pasted, ids), { kind: 'found', id: GROUP }, JSON.stringify(pasted));
  }
  // Zero-width joiners show as nothing in a GUID, where no letter can need them.
  assert.equal(cleanCallId(`341acde7\u200d-8aa5\u200c-445b-a3da-2ddadca47d22`), GROUP);
  assert.equal(isUsableQuery('\u200b\u200b\u200b\u200b8d1a837'), false, 'invisible characters do not count toward the 8');
});

test('typographic quotes wrap an id as straight ones do', () => {
  for (const pasted of [`“${GROUP}”`, `‘${GROUP}’`, `„${GROUP}“`, `‚${GROUP}‘`, `«${GROUP}»`, `“${GROUP}”.`, ` ‘341acde7’ `]) {
    assert.deepEqual(matchCallId(pasted, ids), { kind: 'found', id: GROUP }, pasted);
  }
});

test('dash look-alikes in a GUID or its start are read as "-": hyphen, en and em dash, minus, small and full-width hyphen-minus', () => {
  for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']) {
    assert.equal(cleanCallId(GROUP.replaceAll('-', dash)), GROUP, `U+${dash.codePointAt(0)!.toString(16)}`);
    assert.deepEqual(matchCallId(`341acde7${dash}8aa5`, ids), { kind: 'found', id: GROUP });
  }
});

test('an id that is no GUID keeps its dashes and joiners as typed: they may be its own letters', () => {
  assert.equal(cleanCallId('call–2024–0001'), 'call–2024–0001');
  assert.equal(cleanCallId('“call–2024–0001”'), 'call–2024–0001');
  assert.equal(cleanCallId('👩\u200d💻-test-call'), '👩\u200d💻-test-call');
  const noGuids = ['call–2024–0001', 'call-2024-0001'];
  assert.deepEqual(matchCallId('call–2024–0001', noGuids), { kind: 'found', id: noGuids[0] });
  assert.deepEqual(matchCallId('call-2024-0001', noGuids), { kind: 'found', id: noGuids[1] });
});

test('a GUID without dashes ("N" form) or as a URN is the dashed GUID in lower case', () => {
  assert.deepEqual(callIdSpellings('341ACDE78AA5445BA3DA2DDADCA47D22'), [GROUP, '341acde78aa5445ba3da2ddadca47d22']);
  for (const pasted of ['341acde78aa5445ba3da2ddadca47d22', 'urn:uuid:341acde7-8aa5-445b-a3da-2ddadca47d22', 'URN:UUID:341ACDE7-8AA5-445B-A3DA-2DDADCA47D22', '<urn:uuid:341acde7>', '{341ACDE78AA5445BA3DA2DDADCA47D22}']) {
    assert.deepEqual(matchCallId(pasted, ids), { kind: 'found', id: GROUP }, pasted);
  }
  // A log that writes its ids in the "N" form (kept as logged: not a GUID to the normaliser) is found by it too.
  const plain = ['341acde78aa5445ba3da2ddadca47d22'];
  assert.deepEqual(matchCallId('341acde78aa5445ba3da2ddadca47d22', plain), { kind: 'found', id: plain[0] });
  // Hex digits too many for a GUID are not one; fewer, past the first group, are the start of one.
  assert.deepEqual(callIdSpellings('341acde78aa5445ba3da2ddadca47d22f'), ['341acde78aa5445ba3da2ddadca47d22f']);
  assert.deepEqual(callIdSpellings('341ACDE78AA5'), ['341acde7-8aa5', '341acde78aa5']);
  assert.deepEqual(callIdSpellings('341acde78'), ['341acde7-8', '341acde78']);
  assert.deepEqual(matchCallId('341acde78aa5445b', ids), { kind: 'found', id: GROUP });
  assert.deepEqual(matchCallId('341acde7', ids), { kind: 'found', id: GROUP }, '8 digits: a prefix as typed, no dash to add');
});

test('an id that is no GUID is found by its own spelling, even one whose lower case is longer (İ)', () => {
  const names = ['İstanbul-call-01', 'straße-call-0001', 'STRASSE-CALL-0001'];
  for (const id of names) assert.deepEqual(matchCallId(id, names), { kind: 'found', id });
  assert.deepEqual(matchCallId('\u200bİstanbul-call-01', names), { kind: 'found', id: names[0] });
});

test('a leg id pasted from rich text is cleaned as a call id is', () => {
  const legs = [{ field: 'participantId' as const, id: '2aaed7ee-c815-46c7-a198-9c11109f5308', callId: GROUP, namesLeg: true }];
  assert.equal(matchLegId('“2aaed7ee–c815\u200b”', legs).kind, 'found');
  assert.equal(matchLegId('2aaed7eec81546c7a1989c11109f5308', legs).kind, 'found');
});

test('an id typed with control characters (a script, of a log whose ids hold them) is also matched as typed, exact or as a prefix', () => {
  const hostile = 'evil\u001b]0;title\u0007\u001b[2J-4000-8000-000000000002';
  const ids = [hostile, GROUP];
  assert.deepEqual(matchCallId(hostile, ids), { kind: 'found', id: hostile });
  assert.deepEqual(matchCallId('evil\u001b]0;title\u0007', ids), { kind: 'found', id: hostile });
  assert.equal(isUsableQuery('evil\u001b]0;title'), true, 'as typed it has 8 characters and more');
  assert.deepEqual(callIdSpellings(`\u200b${GROUP}`), [GROUP], 'what a paste brings is not kept as typed');
});

test('an id that is no GUID and looks wrapped is also its own spelling as shown: every id the reports show can be asked for', () => {
  const wrapped = ['(paren-call-01)', '{brace-call-01}', '[bracket-call]', '`tick-call-001`'];
  for (const id of wrapped) assert.deepEqual(matchCallId(id, [...wrapped, 'paren-call-02']), { kind: 'found', id }, id);
  assert.deepEqual(callIdSpellings(' (paren-call-01) '), ['paren-call-01', '(paren-call-01)']);
  assert.deepEqual(callIdSpellings(`{${GROUP}}`), [GROUP], 'a GUID in braces is only the GUID');
});

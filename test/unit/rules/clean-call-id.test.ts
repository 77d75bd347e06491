import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { callIdSpellings, cleanCallId, guidsInText, startsWithEllipsis } from '../../../src/rules/clean-call-id.js';
import { isUsableQuery, matchCallId } from '../../../src/rules/match-call-id.js';
import { matchLegId } from '../../../src/rules/match-leg-id.js';
import { visibleId } from '../../../src/schema/visible-id.js';
import { safeText } from '../../../src/schema/visible-text.js';

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

test("an id cut short with an ellipsis, as a UI or a ticket shows it, is its start: a prefix; Markdown's emphasis wraps it as quotes do", () => {
  for (const pasted of ['341acde7…', '341acde7-8aa5…', '341acde7...', '341acde78aa5…', '**341acde7**', '*341acde7*', '_341acde7_', '__341acde7__', '**341acde7…**', '“341acde7…”', '`341acde7…`']) {
    assert.deepEqual(matchCallId(pasted, ids), { kind: 'found', id: GROUP }, pasted);
    assert.equal(isUsableQuery(pasted), true, pasted);
  }
  assert.equal(cleanCallId('341acde7-8aa5…'), '341acde7-8aa5');
  assert.equal(isUsableQuery('341acde…'), false, 'the ellipsis does not count toward the 8');
  // An id that is no GUID with `_` or `*` at its ends is still found by its own spelling, as shown.
  const marked = ['_lab-call_', '*star-call*', 'lab-call-02'];
  for (const id of marked) assert.deepEqual(matchCallId(id, marked), { kind: 'found', id }, id);
});

test('an id with a leading ellipsis is the end of one, cut at its start: told apart, not unwrapped as a start', () => {
  for (const pasted of ['…2ddadca47d22', '...2ddadca47d22', '“…341acde7”', '**…341acde7**', '`...341acde7…`', '\u200b…341acde7']) {
    assert.equal(startsWithEllipsis(pasted), true, pasted);
    assert.equal(matchCallId(pasted, ids).kind, 'unknown', pasted);
  }
  for (const pasted of ['341acde7…', '341acde7...', '**341acde7…**', GROUP, '.341acde7', 'a…b-call']) assert.equal(startsWithEllipsis(pasted), false, pasted);
  // An id whose own spelling starts with one is still found by it.
  assert.deepEqual(matchCallId('...lab-call', ['...lab-call']), { kind: 'found', id: '...lab-call' });
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

test('a GUID copied from a URL is read with its percent escapes decoded: braces, dashes, a stray space', () => {
  for (const pasted of [`%7B${GROUP}%7D`, GROUP.replaceAll('-', '%2D'), `${GROUP}%20`, '%7B341ACDE7', '%E2%80%9C341acde7-8aa5%E2%80%9D']) {
    assert.deepEqual(matchCallId(pasted, ids), { kind: 'found', id: GROUP }, pasted);
  }
  // Only a GUID is read so; the text as typed stays a spelling, after it: an id may hold `%` as its own letter.
  assert.deepEqual(callIdSpellings('lab%20call%2001'), ['lab%20call%2001']);
  assert.deepEqual(callIdSpellings('%7B341acde7%7D'), ['341acde7', '%7B341acde7%7D']);
  assert.deepEqual(matchCallId('%7Babcdef12', ['%7Babcdef12-lab']), { kind: 'found', id: '%7Babcdef12-lab' });
  // An escape that is not UTF-8 is no GUID's: the text is kept as typed.
  assert.deepEqual(callIdSpellings('%E2%80341acde7'), ['%E2%80341acde7']);
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

test('an id as the reports name it (visible-id.ts) is read back first: what would not show as its \\u escapes, a doubled backslash as one', () => {
  assert.deepEqual(callIdSpellings('a\\u0001b'), ['a\u0001b', 'a\\u0001b']);
  assert.deepEqual(callIdSpellings('\\u200bcall-7'), ['\u200bcall-7', '\\u200bcall-7']);
  assert.deepEqual(callIdSpellings('tab\\u0009id'), ['tab\tid', 'tab\\u0009id']);
  assert.deepEqual(callIdSpellings('a\\\\u0001b'), ['a\\u0001b', 'a\\\\u0001b'], 'the name of an id that holds `\\u0001` as text');
  // Pasted from a ticket in quotes, or as the text heading shows an id with a leading `::`: unwrapped and unspaced, then read back.
  assert.deepEqual(callIdSpellings('“a\\u0001b”'), ['a\u0001b', '“a\u0001b”', 'a\\u0001b', '“a\\u0001b”']);
  assert.deepEqual(callIdSpellings(': :x\\u0001'), [': :x\u0001', '::x\u0001', ': :x\\u0001', '::x\\u0001']);
  // Nothing to read back: the spellings are as before.
  assert.deepEqual(callIdSpellings('DOMAIN\\user'), ['DOMAIN\\user']);
  assert.deepEqual(callIdSpellings('a\\u00'), ['a\\u00']);
  assert.deepEqual(callIdSpellings(GROUP), [GROUP]);
});

test('a name read back finds its call, even beside a call whose id is that name as text, and as a prefix the table cuts it to', () => {
  const ids = ['a\u0001b', 'a\\u0001b', 'ab', 'a\u00adb', '\u200bcall-7', 'call-7', 'tab\tid', 'tab id'];
  for (const id of ids) assert.deepEqual(matchCallId(visibleId(id), ids), { kind: 'found', id }, visibleId(id));
  assert.deepEqual(matchCallId('a\\u0001b', ids), { kind: 'found', id: 'a\u0001b' });
  assert.deepEqual(matchCallId('a\\\\u0001b', ids), { kind: 'found', id: 'a\\u0001b' });
  // The 8 of a prefix are counted on the name as typed: the table shows `\u200bca`, whose id read back is 3 units long.
  assert.equal(isUsableQuery('\\u200bca'), true);
  assert.deepEqual(matchCallId('\\u200bca', ids), { kind: 'found', id: '\u200bcall-7' });
  assert.deepEqual(matchCallId('\\u200BCALL', ids), { kind: 'found', id: '\u200bcall-7' }, 'in any case, as any prefix');
  // A name shorter than 8 is still a whole id: `\u0001` is too short for a prefix, and finds the call whose id it names.
  assert.equal(isUsableQuery('\\u0001'), false);
  assert.deepEqual(matchCallId('\\u0001', ['\u0001', '\u0001x'], true), { kind: 'found', id: '\u0001' });
  assert.deepEqual(matchCallId('\\u0002', ['\u0001', '\u0001x'], true), { kind: 'unknown', nearest: [] });
  // A leg's id is read back too.
  const legs = [{ field: 'participantId' as const, id: 'leg\u200b-01', callId: GROUP, namesLeg: true }];
  assert.equal(matchLegId('leg\\u200b-01', legs).kind, 'found');
});

test('every id, whatever it holds, is found by its name as the reports write it (JUnit, CSV, Markdown: visibleId; the text heading and GitHub: safeText of it)', () => {
  // `x-` … `-x` around each: no GUID, nothing that unwraps (those have spellings of their own, tested above).
  const odd = fc
    .string({ unit: fc.constantFrom('a', 'B', 'u', '0', '1', ' ', '\\', '\\\\', '\\u0001', 'u0041', '\u0001', '\t', '\n', '\u001b[2J', '\u00ad', '\u200b', '\u202e', '\ufffe', '\ud800', '\udc00', '😀', '👩\u200d💻', '::', '##vso['), maxLength: 8 })
    .map((s) => `x-${s}-x`);
  fc.assert(
    fc.property(fc.uniqueArray(odd, { minLength: 1, maxLength: 6 }), (some) => {
      // Beside each call, one whose id is the other's name as text (a log may hold `a\u0001b` so): each is found by its own.
      const ids = [...new Set([...some, ...some.map(visibleId)])];
      for (const id of ids) {
        assert.deepEqual(matchCallId(visibleId(id), ids), { kind: 'found', id });
        assert.deepEqual(matchCallId(safeText(visibleId(id)), ids), { kind: 'found', id });
      }
    }),
    { numRuns: 1000 },
  );
});

test('the GUIDs a pasted text holds: in a label, braces, a URL path or query string (escaped or not), a log line', () => {
  const leg = '2aaed7ee-c815-46c7-a198-9c11109f5308';
  for (const pasted of [
    `correlationId: ${GROUP}`,
    `Call ID = {${GROUP}}`,
    `https://portal.azure.com/#view/Microsoft_Azure_Communication/CallDiagnostics/callId/${GROUP}`,
    `https://example.invalid/troubleshoot?correlationId=${GROUP}&tab=legs`,
    `https://example.invalid/troubleshoot?correlationId=%7B${GROUP}%7D&tab=legs`,
    `https://example.invalid/t?id=${GROUP.replaceAll('-', '%2D')}`,
    `"correlationId": "${GROUP}",`,
    `Call ID ${GROUP.replaceAll('-', '\u2013')}`,
    `${GROUP} (${GROUP.toUpperCase()}) and a8`,
  ]) {
    assert.deepEqual(guidsInText(pasted), [GROUP.replaceAll('\u2013', '-')], JSON.stringify(pasted));
  }
  assert.deepEqual(guidsInText(`callId=${GROUP}&participantId=${leg}`), [GROUP, leg]);
  // A text that is a GUID, or one as other tools write it, is its own id: its spellings say so (callIdSpellings).
  for (const id of [GROUP, `{${GROUP}}`, `%7B${GROUP}%7D`, `urn:uuid:${GROUP}`, `“${GROUP}”.`]) assert.deepEqual(guidsInText(id), [], id);
  // No GUID taken apart or put together: split by spaces, within longer hex, or joined to other letters by a dash.
  for (const text of [GROUP.replaceAll('-', ' '), GROUP.replace('-', ' - '), `0${GROUP}`, `${GROUP}0`, `call-${GROUP}`, `${GROUP}-b`, 'call-2024-0001']) {
    assert.deepEqual(guidsInText(`id: ${text}`), [], text);
  }
});

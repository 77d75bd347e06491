import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { xmlText } from '../../../src/report/render-junit.js';
import { decodeVisibleId, escapedHidden, visibleId, visibleIdStart } from '../../../src/schema/visible-id.js';
import { safeText } from '../../../src/schema/visible-text.js';

/** What ids hold that the reports clean away or that could read as an escape, in pieces. */
const oddId = fc.string({
  unit: fc.constantFrom('a', 'b', 'u', '0', '1', 'A', ' ', '\\', '\\\\', '\\u0001', '\\u0041', 'u0041', 'u00AD', 'u00ad', '\u0001', '\t', '\n', '\r', '\u001b[2J', '\u00ad', '\u200b', '\u202e', '\u2066', '\u2028', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udc00', '\u{e0041}', '😀', '👩\u200d💻', '\ufe0f', 'é', '::', '##vso[', '[', '[[ATTACHMENT|'),
  maxLength: 10,
});

test('visibleId: the id reads back from its name, so no two ids share one; nothing in it is cleaned away, whatever the format', () => {
  fc.assert(
    fc.property(oddId, (id) => {
      const name = visibleId(id);
      assert.equal(decodeVisibleId(name), id);
      // What every format writes text through changes nothing of it (a runner's command is escaped, not parted by a
      // space as safeText parts other text): a name stays apart from every other.
      assert.equal(safeText(name), name);
      assert.equal(xmlText(name), name);
      if (id !== '') assert.notEqual(name, '');
    }),
    { numRuns: 3000 },
  );
});

test('visibleId: the ids QA found alike once cleaned each have a name of their own; a GUID or a plain id is its own name', () => {
  const ids = ['a\u0001b', 'a\u00adb', 'ab', '\u200b', '\u202e', 'zw\u200bsp', 'zwsp', 'tab\tid', 'tab id', 'x\n::y', 'x ::y', 'abc\u202edcba\u2066x', 'abcdcbax'];
  const names = ids.map(visibleId);
  assert.deepEqual(names, ['a\\u0001b', 'a\\u00adb', 'ab', '\\u200b', '\\u202e', 'zw\\u200bsp', 'zwsp', 'tab\\u0009id', 'tab id', 'x\\u000a::y', 'x ::y', 'abc\\u202edcba\\u2066x', 'abcdcbax']);
  assert.equal(new Set(names).size, ids.length);
  assert.equal(visibleId('f794018d-ad40-410f-a885-10ebe648da20'), 'f794018d-ad40-410f-a885-10ebe648da20');
  // A tag character (two UTF-16 units) as the JSON report writes it; a backslash doubled only before an escape or another.
  assert.equal(visibleId('t\u{e0041}'), 't\\udb40\\udc41');
  assert.equal(visibleId('a\\u0001b'), 'a\\\\u0001b');
  assert.equal(visibleId('a\\u00ADb'), 'a\\\\u00ADb');
  assert.equal(visibleId('DOMAIN\\user'), 'DOMAIN\\user');
  assert.equal(visibleId('C:\\x'), 'C:\\x');
  // What a CI runner would run is escaped, not parted by a space: an id that holds the space has a name of its own.
  // So is the `[[ATTACHMENT|` GitLab's JUnit reader makes a link of (as written: GitLab's pattern is of that case).
  const runners = ['##vso[x', '# #vso[x', '##[e', '::w::', ' ::w', ': :w', 'a::b', '\\##[e', '[[ATTACHMENT|x]]', 'a[[[ATTACHMENT|', '\\[[ATTACHMENT|x]]', '[[attachment|x]]'];
  assert.deepEqual(runners.map(visibleId), ['\\u0023#vso[x', '# #vso[x', '\\u0023#[e', '\\u003a:w::', ' \\u003a:w', ': :w', 'a::b', '\\\\\\u0023#[e', '\\u005b[ATTACHMENT|x]]', 'a[\\u005b[ATTACHMENT|', '\\\\\\u005b[ATTACHMENT|x]]', '[[attachment|x]]']);
  assert.deepEqual(runners.map(visibleId).map(decodeVisibleId), runners);
});

test('decodeVisibleId: any id, any UTF-16 units at all (lone surrogates, backslashes, `u` and hex digits), reads back from its name', () => {
  const anyUnits = fc.string({ unit: fc.oneof(fc.constantFrom('\\', 'u', '0', '4', '1', 'a', 'A', 'F'), fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))), maxLength: 16 });
  fc.assert(
    fc.property(fc.oneof(anyUnits, fc.string({ unit: 'binary', maxLength: 8 })), (id) => assert.equal(decodeVisibleId(visibleId(id)), id)),
    { numRuns: 5000 },
  );
});

test('decodeVisibleId: the tricky ids, each named and read back', () => {
  const cases: [id: string, name: string][] = [
    // A backslash before `u0041` in a log, and one before a hidden character: doubled, so neither reads as an escape.
    ['x\\u0041', 'x\\\\u0041'],
    ['\\u0041\\u0041', '\\\\u0041\\\\u0041'],
    ['a\\\u0001b', 'a\\\\\\u0001b'],
    // Two backslashes: the first doubled (another follows), the last kept (nothing that reads as an escape follows).
    ['a\\\\b', 'a\\\\\\b'],
    ['a\\\\u0041', 'a\\\\\\\\u0041'],
    ['end\\', 'end\\'],
    ['\\\\', '\\\\\\'],
    // Lone surrogates, each unit its escape; a pair (an emoji) is no lone surrogate.
    ['x\ud800y\udc00', 'x\\ud800y\\udc00'],
    ['\udc00\ud800', '\\udc00\\ud800'],
    ['😀\ud83d', '😀\\ud83d'],
    // Emoji with a zero-width joiner and a variation selector show as they are: not escaped.
    ['👩\u200d💻-call', '👩\u200d💻-call'],
    ['❤\ufe0f-call', '❤\ufe0f-call'],
    ['\u200bcall-7', '\\u200bcall-7'],
    ['tab\tid', 'tab\\u0009id'],
    ['a\u0001b', 'a\\u0001b'],
  ];
  for (const [id, name] of cases) {
    assert.equal(visibleId(id), name, JSON.stringify(id));
    assert.equal(decodeVisibleId(name), id, JSON.stringify(name));
  }
});

test('decodeVisibleId: what visibleId never writes is read as typed would be: hex in upper case, any unit escaped, a backslash before anything else kept', () => {
  assert.equal(decodeVisibleId('a\\u00ADb'), 'a\u00adb');
  assert.equal(decodeVisibleId('call-\\u0041'), 'call-A');
  assert.equal(decodeVisibleId('DOMAIN\\user'), 'DOMAIN\\user');
  assert.equal(decodeVisibleId('C:\\x'), 'C:\\x');
  assert.equal(decodeVisibleId('a\\u00'), 'a\\u00', 'an escape cut short is no escape');
  assert.equal(decodeVisibleId('a\\u00g1'), 'a\\u00g1');
  assert.equal(decodeVisibleId('f794018d-ad40-410f-a885-10ebe648da20'), 'f794018d-ad40-410f-a885-10ebe648da20');
});

test('visibleIdStart: a name cut to its first characters never ends inside an escape, so it reads back as the start of its id', () => {
  assert.equal(visibleIdStart('tab\tid', 8), 'tab\\u0009');
  assert.equal(visibleIdStart('\u200bcall-7', 8), '\\u200bca');
  assert.equal(visibleIdStart('a\\\u0001b', 3), 'a\\\\', 'a doubled backslash is not cut in two');
  assert.equal(visibleIdStart('a\\\u0001b', 4), 'a\\\\\\u0001');
  assert.equal(visibleIdStart('😀😀😀', 2), '😀😀');
  assert.equal(visibleIdStart('f794018d-ad40-410f-a885-10ebe648da20', 8), 'f794018d');
  fc.assert(
    fc.property(oddId, fc.integer({ min: 1, max: 40 }), (id, count) => {
      const name = visibleId(id);
      const start = visibleIdStart(id, count);
      assert.ok(name.startsWith(start));
      assert.ok(id.startsWith(decodeVisibleId(start)), JSON.stringify({ start, id }));
      assert.ok(start.length >= Math.min(count, [...name].length) && [...start].length < count + 6);
    }),
    { numRuns: 3000 },
  );
});

test('escapedHidden: what visibleId escapes, escaped as it escapes it, never removed; a backslash kept as it is (a path reads as typed)', () => {
  assert.equal(escapedHidden('evil\u001b[31mname.jsonl'), 'evil\\u001b[31mname.jsonl');
  assert.equal(escapedHidden('a\u0001b'), visibleId('a\u0001b'));
  assert.equal(escapedHidden('no\ncall\t\u200b\u202e-id'), 'no\\u000acall\\u0009\\u200b\\u202e-id');
  assert.equal(escapedHidden('1.2 ##vso[task.complete]'), '1.2 \\u0023#vso[task.complete]');
  // Paths: a Windows drive or share, and a folder named u and four hex digits, as typed (visibleId would double them).
  for (const path of ['C:\\logs\\x.jsonl', '\\\\server\\share\\x.jsonl', 'D:\\u2026\\x.jsonl']) assert.equal(escapedHidden(path), path);
  // A message of the tool's own, and one that holds names of visibleId's already (a call id, a value quoted): unchanged.
  for (const line of ["warning: f.csv: 2 numbers not read (first at line 5: '1,000' in roundTripTimeAvg); they count as absent", `no call 'x' in a.jsonl; nearest ids seen: ${visibleId('a\\u0001\u0001b')}, ${visibleId('::x')}`]) {
    assert.equal(escapedHidden(line), line);
  }
});

test('escapedHidden: idempotent, so a line whose parts were escaped can be escaped again whole; it leaves the names of visibleId as they are', () => {
  fc.assert(
    fc.property(oddId, oddId, (a, b) => {
      const once = escapedHidden(a);
      assert.equal(escapedHidden(once), once);
      // Nothing is left that the terminal's text would remove or part: what safeText leaves shows it all.
      assert.equal(safeText(once), once);
      assert.equal(escapedHidden(`warning: ${visibleId(a)}: '${visibleId(b)}'`), `warning: ${visibleId(a)}: '${visibleId(b)}'`);
      // Only hidden characters became escapes: with no backslash in the text, the escapes read back as the text.
      if (!a.includes('\\')) assert.equal(decodeVisibleId(once), a);
    }),
    { numRuns: 3000 },
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { xmlText } from '../../../src/report/render-junit.js';
import { visibleId } from '../../../src/schema/visible-id.js';
import { safeText, visibleText, withoutRunnerSpaces } from '../../../src/schema/visible-text.js';

/** The id back from its name: `\\` a backslash, `\uXXXX` a UTF-16 unit, any other character itself. */
function idOf(name: string): string {
  return name.replace(/\\\\|\\u([0-9a-f]{4})/g, (all, hex: string | undefined) => (hex === undefined ? '\\' : String.fromCharCode(parseInt(hex, 16))));
}

/** What ids hold that the reports clean away or that could read as an escape, in pieces. */
const oddId = fc.string({
  unit: fc.constantFrom('a', 'b', 'u', '0', '1', ' ', '\\', '\\u0001', 'u00AD', '\u0001', '\t', '\n', '\r', '\u001b[2J', '\u00ad', '\u200b', '\u202e', '\u2066', '\u2028', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udc00', '\u{e0041}', '😀', 'é', '::', '##vso['),
  maxLength: 10,
});

test('visibleId: the id reads back from its name, so no two ids share one; nothing in it is cleaned away, whatever the format', () => {
  fc.assert(
    fc.property(oddId, (id) => {
      const name = visibleId(id);
      assert.equal(idOf(name), id);
      // What every format writes text through removes nothing of it, and adds only the spaces that keep a CI runner's
      // command from acting (safeText: `# #vso[`, `: :`), which `call` takes out again: a name stays apart from every other.
      assert.equal(visibleText(name), name);
      assert.equal(withoutRunnerSpaces(safeText(name)), name);
      assert.equal(withoutRunnerSpaces(xmlText(name)), name);
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
});

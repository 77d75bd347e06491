import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stdinHint } from '../../../src/commands/stdin-hint.js';

test('the hint is said only when "-" is read from a terminal, without --quiet; Windows ends input with Ctrl-Z then Enter', () => {
  const hint = stdinHint(['-'], true, false, 'linux');
  assert.equal(hint, 'note: reading standard input from the terminal: paste the records, then Ctrl-D at the start of a line (or name the files to read instead of -)');
  assert.equal(stdinHint(['logs/', '-'], true, undefined, 'darwin'), hint);
  assert.match(stdinHint(['-'], true, false, 'win32')!, /then Ctrl-Z then Enter \(/);
  assert.equal(stdinHint(['-'], false, false, 'linux'), null, 'piped or redirected');
  assert.equal(stdinHint(['-'], undefined, false, 'linux'), null);
  assert.equal(stdinHint(['-'], true, true, 'linux'), null, '--quiet');
  assert.equal(stdinHint(['logs/'], true, false, 'linux'), null, 'no "-"');
});

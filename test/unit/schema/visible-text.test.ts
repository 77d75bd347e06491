import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeText, visibleText, withoutRunnerSpaces } from '../../../src/schema/visible-text.js';

test('safeText parts what a CI runner would run: ##vso[ and ##[ anywhere, :: at the start', () => {
  assert.equal(safeText('1.2 ##vso[task.setvariable variable=X]1'), '1.2 # #vso[task.setvariable variable=X]1');
  assert.equal(safeText('##VSO[task.complete]'), '# #VSO[task.complete]');
  assert.equal(safeText('a ##[error]b ##[group]c'), 'a # #[error]b # #[group]c');
  assert.equal(safeText('  ::add-mask::x'), '  : :add-mask::x', 'spaces before :: do not hide it from the runner');
  assert.equal(safeText('::\u200b::x'), ': :::x', 'nor does what shows as nothing between the colons');
  // What no runner acts on is left as it is.
  for (const text of ['a::b', 'fe80::1', '#1 #vso[', '## heading', '#vso[x]', 'x :: y']) assert.equal(safeText(text), text);
  // Cleaning twice gives the same: the reports clean parts, then lines made of them.
  for (const text of ['##vso[x]', '::a::b', '###[x]']) assert.equal(safeText(safeText(text)), safeText(text));
});

test('an id shown with those spaces reads back as the id', () => {
  for (const id of ['::stop-commands::tok', '##vso[task.setvariable variable=A]1', 'x##[error]y', ' ::a']) {
    assert.equal(withoutRunnerSpaces(safeText(id)), visibleText(id));
  }
});

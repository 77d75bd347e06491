import assert from 'node:assert/strict';
import { test } from 'node:test';
import stringWidth from 'string-width';
import { breakWords, fitColumns, fitWords } from '../../../src/report/terminal-text.js';

test('fitColumns: a text that fits is kept; a longer one is cut to the columns with "…", never inside a grapheme', () => {
  assert.equal(fitColumns('1.31.2.1', 8), '1.31.2.1');
  assert.equal(fitColumns('1.31.2.1', 7), '1.31.2…');
  // Wide characters take two columns each: cut by columns, not characters.
  assert.equal(fitColumns('版本版本版本', 7), '版本版…');
  assert.ok(stringWidth(fitColumns('版本版本版本', 6)) <= 6);
  // A family emoji (joined by ZWJ) and an accent stay whole or go whole.
  const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
  assert.equal(fitColumns(`ab${family}cdef`, 5), `ab${family}…`);
  assert.equal(fitColumns('e\u0301e\u0301e\u0301e\u0301', 3), 'e\u0301e\u0301…');
});

test('fitWords cuts each word to the columns, keeping the spaces and lines; breakWords breaks long words, nothing cut', () => {
  assert.equal(fitWords('Windows 10.0.22631 Arch: x64', 7), 'Windows 10.0.2… Arch: x64');
  assert.equal(fitWords('a\nManufacturer: samsung', 7), 'a\nManufa… samsung');
  // A long word breaks where it reads on: between a small letter and a capital, after punctuation; else at the column.
  assert.equal(breakWords('410/3101 UnexpectedClientError: Call', 12), '410/3101 Unexpected\nClientError: Call');
  assert.equal(breakWords('UnexpectedClientError:', 10), 'Unexpected\nClient\nError:');
  assert.equal(breakWords('a/bcdefghij', 6), 'a/\nbcdefg\nhij');
  assert.equal(breakWords('Communication', 12), 'Communicatio\nn');
  const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
  assert.equal(breakWords(`ab${family}cd`, 3), `ab\n${family}c\nd`);
  assert.equal(breakWords('short words only', 5), 'short words only');
});

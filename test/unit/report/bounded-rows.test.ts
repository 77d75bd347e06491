import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gapOf, gapText, type HiddenRow } from '../../../src/report/bounded-rows.js';

const ufd = (quality: string, good = false): HiddenRow => ({ what: 'UserFacingDiagnostics', quality: { text: quality, good } });
const op = (what: string): HiddenRow => ({ what, quality: null });
const plain = (text: string) => text;

test('gapText: a run left out says of its User Facing Diagnostics how many were not Good, by quality, so a reader knows whether they matter', () => {
  // One name: its count is the "+N more" before it; the diagnostics not Good, most first.
  const mixed = [ufd('Bad'), ufd('Good', true), ufd('Poor'), ufd('Bad'), ufd('Good', true)];
  assert.equal(gapText(gapOf(mixed), plain), 'UserFacingDiagnostics (2 Bad, 1 Poor)');
  // Several names: each with its count, most first.
  assert.equal(gapText(gapOf([...mixed, op('CreateView'), op('CreateView')]), plain), 'UserFacingDiagnostics 5 (2 Bad, 1 Poor), CreateView 2');
  // Every one back to Good is said to be; with some that reported nothing read, nothing is claimed of them.
  assert.equal(gapText(gapOf([ufd('Good', true), ufd('false', true)]), plain), 'UserFacingDiagnostics (all Good)');
  assert.equal(gapText(gapOf([ufd('Good', true), op('UserFacingDiagnostics')]), plain), 'UserFacingDiagnostics');
  // A flag raised (quality true) is not Good: counted as logged.
  assert.equal(gapText(gapOf([ufd('true'), op('Hangup'), op('Hangup')]), plain), 'Hangup 2, UserFacingDiagnostics 1 (1 true)');
  // Log text goes through the report's escape, names and qualities alike.
  assert.equal(gapText(gapOf([ufd('B|d')]), (t) => t.replace('|', '\\|')), 'UserFacingDiagnostics (1 B\\|d)');
});

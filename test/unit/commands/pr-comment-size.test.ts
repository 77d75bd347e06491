import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callCommentHint, characterCount, PR_COMMENT_CHARACTERS, prCommentNote, summarizeCommentHint } from '../../../src/commands/pr-comment-size.js';

test('characters are code points: a pair of surrogates is one, a lone one is one, a BMP emoji is one', () => {
  assert.equal(characterCount(''), 0);
  assert.equal(characterCount('abc'), 3);
  assert.equal(characterCount('🔴'), 1);
  assert.equal(characterCount('a🔴b🌈'), 4);
  assert.equal(characterCount('✅ ❌ ⚠️'), 6);
  assert.equal(characterCount('\uD83D'), 1);
  assert.equal(characterCount('x\uDC00\uD83D'), 3);
});

test('a Markdown report is noted when it holds more than 65,536 characters, not UTF-16 units', () => {
  assert.equal(prCommentNote('out/calls.md', 'x'.repeat(PR_COMMENT_CHARACTERS), 'hint'), null);
  assert.equal(
    prCommentNote('out/calls.md', 'x'.repeat(PR_COMMENT_CHARACTERS + 1), '--only-poor --limit 50 lists fewer'),
    'note: out/calls.md holds 65,537 characters, more than a GitHub pull-request comment takes (65,536): --only-poor --limit 50 lists fewer',
  );
  // 40,000 emoji outside the BMP: 80,000 UTF-16 units, 40,000 characters, which a comment takes.
  assert.equal(prCommentNote('out/calls.md', '🔴'.repeat(40_000), 'hint'), null);
  assert.match(prCommentNote('x.md', '🔴'.repeat(1_000_000), 'hint')!, /holds 1,000,000 characters/);
});

test('the hint names what lists fewer: the flags of --only-poor --limit 50 not given yet; call without --all', () => {
  assert.equal(summarizeCommentHint(false, null), '--only-poor --limit 50 lists fewer');
  assert.equal(summarizeCommentHint(true, null), '--limit 50 lists fewer');
  assert.equal(summarizeCommentHint(false, 200), '--only-poor --limit 50 lists fewer');
  assert.equal(summarizeCommentHint(false, 20), '--only-poor lists fewer');
  assert.equal(summarizeCommentHint(true, 50), 'a smaller --limit lists fewer');
  assert.equal(callCommentHint(true), 'without --all it lists less');
  assert.equal(callCommentHint(false), 'a step summary ($GITHUB_STEP_SUMMARY) takes up to 1 MiB');
});

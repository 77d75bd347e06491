import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { characterCount } from '../../src/commands/pr-comment-size.js';
import { BIG_CALL_ID, bigGroupCall } from '../support/big-group-call.js';
import { BIN, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * A Markdown report longer than a GitHub pull-request comment takes (65,536 characters: pr-comment-size.ts) is said on
 * stderr in one line, on standard output or in a --report file, but not with --quiet, nor for the step summary (which
 * takes 1 MiB); the report and the exit code are what they were.
 */
const DIR = scratchDir('pr-comment-');
const MANY_POOR = join(DIR, 'many-poor.jsonl');
// 600 poor calls: a Markdown report of some 97,000 characters, under the step summary's 1 MiB.
writeFileSync(
  MANY_POOR,
  Array.from({ length: 600 }, (_, i) => {
    const correlationId = `cc${String(i).padStart(6, '0')}-0000-4000-8000-000000000000`;
    return [
      { category: 'CallSummary', correlationId, properties: { participantId: `p${i}`, callType: 'Group', callStartTime: '2026-11-20T08:00:00Z', callDuration: 60 } },
      { category: 'CallDiagnostics', correlationId, properties: { participantId: `p${i}`, mediaType: 'Audio', streamId: '1', roundTripTimeAvg: '900', jitterAvg: '50' } },
    ].map((r) => JSON.stringify(r)).join('\n');
  }).join('\n') + '\n',
);

const grouped = (n: number) => n.toLocaleString('en-US');
const NOTE = (where: string, characters: number, hint: string) =>
  `note: ${where} holds ${grouped(characters)} characters, more than a GitHub pull-request comment takes (65,536): ${hint}`;

test('summarize: Markdown on standard output over 65,536 characters: one note on stderr, its characters counted, but with --quiet; exit code unchanged', () => {
  const { status, stdout, stderr } = runCli(['summarize', MANY_POOR, '--format', 'markdown']);
  assert.equal(status, 0, stderr);
  assert.ok(characterCount(stdout) > 65_536, `${characterCount(stdout)} characters`);
  assert.equal(stderr, `${NOTE('the markdown on standard output', characterCount(stdout), '--only-poor --limit 50 lists fewer')}\n`);
  // A gate crossed keeps its exit code and its line; the note is beside it.
  const gated = runCli(['summarize', MANY_POOR, '--format', 'markdown', '--fail-on-poor']);
  assert.equal(gated.status, 1);
  assert.deepEqual(gated.stderr.split('\n').filter((l) => l.startsWith('note: ')), [NOTE('the markdown on standard output', characterCount(gated.stdout), '--only-poor --limit 50 lists fewer')]);
  assert.match(gated.stderr, /^acs-calllogs: gate fail-on-poor crossed: /m);
  // Not with --quiet; not when the report fits (--only-poor --limit 50, as the note says); not for another format.
  assert.equal(runCli(['summarize', MANY_POOR, '--format', 'markdown', '--quiet']).stderr, '');
  const fewer = runCli(['summarize', MANY_POOR, '--format', 'markdown', '--only-poor', '--limit', '50']);
  assert.ok(characterCount(fewer.stdout) <= 65_536);
  assert.equal(fewer.stderr, '');
  assert.equal(runCli(['summarize', MANY_POOR, '--format', 'json']).stderr, '');
});

test('summarize: a --report markdown file over 65,536 characters is named in the note, the hint of the flags not given yet; the step summary is not noted', () => {
  const path = join(DIR, 'out', 'calls.md');
  const { status, stdout, stderr } = runCli(['summarize', MANY_POOR, '--format', 'json', '--report', `markdown=${path}`, '--limit', '500']);
  assert.equal(status, 0, stderr);
  assert.ok(stdout.startsWith('{'));
  assert.equal(stderr, `${NOTE(path, characterCount(readFileSync(path, 'utf8')), '--only-poor --limit 50 lists fewer')}\n`);
  const onlyPoor = runCli(['summarize', MANY_POOR, '--format', 'markdown', '--only-poor']);
  assert.match(onlyPoor.stderr, /: --limit 50 lists fewer\n$/);
  // The step summary takes 1 MiB (and says so when full: step-summary.ts), by --report and by standard output.
  const summary = join(DIR, 'step_summary');
  writeFileSync(summary, '');
  const env = { GITHUB_STEP_SUMMARY: summary };
  const appended = runCli(['summarize', MANY_POOR, '--format', 'json', '--report', `markdown=${summary}`], { env });
  assert.equal(appended.status, 0);
  assert.ok(characterCount(readFileSync(summary, 'utf8')) > 65_536);
  assert.equal(appended.stderr, '');
  // As a shell's >> "$GITHUB_STEP_SUMMARY" gives it: the file opened for appending as standard output.
  const fd = openSync(summary, 'a');
  try {
    const shell = spawnSync(process.execPath, [BIN, 'summarize', MANY_POOR, '--format', 'markdown'], { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, ...env }, encoding: 'utf8' });
    assert.equal(shell.status, 0);
    assert.equal(shell.stderr, '');
  } finally {
    closeSync(fd);
  }
});

test('call: a large group call\'s Markdown over 65,536 characters is noted, with how call says less', () => {
  const file = join(DIR, 'town-hall.jsonl');
  writeFileSync(file, bigGroupCall({ legs: 200 }));
  const id = BIG_CALL_ID.slice(0, 8);
  const { status, stdout, stderr } = runCli(['call', id, file, '--format', 'markdown', '--all']);
  assert.equal(status, 0, stderr);
  assert.equal(stderr, `${NOTE('the markdown on standard output', characterCount(stdout), 'without --all it lists less')}\n`);
  assert.equal(runCli(['call', id, file, '--format', 'markdown', '--all', '--quiet']).stderr, '');
});

import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// The Markdown's footer (summarize's and call's) says what the table's Read line says of the copies among the records used and of the files
// skipped, in the same words: a step summary is all a CI run shows of the report, and stderr's notes are not in it.

/** One call's records in two layouts (4 of the 8 records copies), and two files that hold no call logs. */
function folder(): string {
  const dir = scratchDir('footer-');
  for (const file of ['storage-PT1H.json', 'log-analytics-query.json']) copyFileSync(join('test/fixtures/input/two-layouts', file), join(dir, file));
  copyFileSync('test/fixtures/input/dir-with-ini/desktop.ini', join(dir, 'desktop.ini'));
  writeFileSync(join(dir, 'empty.json'), '');
  return dir;
}

const COPIES = ' (4 of them copies of other records, written otherwise, counted once)';

test('summarize --format markdown: the footer names the copies and the files skipped, as the table\'s Read line does', () => {
  const dir = folder();
  const notes = `note: skipped ${dir}/empty.json: empty file\nnote: skipped ${dir}/desktop.ini: a file the operating system keeps in folders, not call logs\n`;
  const table = runCli(['summarize', dir, '--no-breakdowns']);
  assert.equal(table.status, 0, table.stderr);
  assert.equal(table.stderr, notes);
  // The Read line (with --no-breakdowns the last, but for the Next: line under it when a call is poor or unknown).
  assert.equal(table.stdout.split('\n').find((l) => l.startsWith('Read ')), `Read 2 files (json-array 1, json-lines 1): 8 records — 8 used${COPIES}; 2 files skipped`);

  const markdown = runCli(['summarize', dir, '--format', 'markdown']);
  assert.equal(markdown.status, 0, markdown.stderr);
  assert.equal(markdown.stderr, notes);
  assert.equal(
    markdown.stdout.trimEnd().split('\n').at(-1),
    `<sub>Read 2 files, 8 records (8 used${COPIES}, 0 duplicates, 0 superseded, 0 ignored, 0 invalid); 2 files skipped · acs-calllogs</sub>`,
  );
  // The same in the file a CI step writes to its summary.
  const summary = join(scratchDir('summary-'), 'summary.md');
  const reported = runCli(['summarize', dir, '--report', `markdown=${summary}`, '--format', 'json']);
  assert.equal(reported.status, 0, reported.stderr);
  assert.equal(readFileSync(summary, 'utf8'), markdown.stdout);
});

test('summarize --format markdown: one copy and one file skipped are said in the singular, as in the table', () => {
  const dir = scratchDir('footer-one-');
  // The first leg twice in one file, its callDuration written 6 and 6.0: a copy, not an exact duplicate.
  const line = readFileSync('test/fixtures/input/two-layouts/storage-PT1H.json', 'utf8').split('\n')[0]!;
  writeFileSync(join(dir, 'PT1H.json'), `${line}\n${line.replace('"callDuration":6,', '"callDuration":6.0,')}\n`);
  writeFileSync(join(dir, 'empty.json'), '');
  const one = ' (1 of them a copy of another record, written otherwise, counted once)';
  const table = runCli(['summarize', dir, '--no-breakdowns']);
  assert.equal(table.status, 0, table.stderr);
  // The Read line (the table's last but for the Next: line under it).
  assert.equal(table.stdout.split('\n').find((l) => l.startsWith('Read ')), `Read 1 file (json-lines 1): 2 records — 2 used${one}; 1 file skipped`);
  const markdown = runCli(['summarize', dir, '--format', 'markdown']);
  assert.equal(markdown.status, 0, markdown.stderr);
  assert.equal(markdown.stderr, `note: skipped ${dir}/empty.json: empty file\n`);
  assert.equal(markdown.stdout.trimEnd().split('\n').at(-1), `<sub>Read 1 file, 2 records (2 used${one}, 0 duplicates, 0 superseded, 0 ignored, 0 invalid); 1 file skipped · acs-calllogs</sub>`);
});

test('call --format markdown: the footer names the copies and the files skipped in summarize\'s words; its JSON counts the files skipped', () => {
  const dir = folder();
  const markdown = runCli(['call', '8d1a8374', dir, '--format', 'markdown']);
  assert.equal(markdown.status, 0, markdown.stderr);
  assert.match(markdown.stderr, /note: skipped .*desktop\.ini: a file the operating system keeps in folders, not call logs/);
  assert.equal(markdown.stdout.trimEnd().split('\n').at(-1), `<sub>Read 2 files, 8 records (8 used${COPIES}); 2 files skipped · acs-calllogs</sub>`);
  const json = runJson<CallDocument>(['call', '8d1a8374', dir]);
  assert.equal(json.result.status, 0, json.result.stderr);
  assert.deepEqual([json.json.input.files, json.json.input.copies, json.json.input.skippedFiles], [2, 4, 2]);
  // None skipped, no copies: the footer says neither, and the JSON has 0.
  const plain = runCli(['call', '8d1a8374', 'test/fixtures/input/two-layouts/storage-PT1H.json', '--format', 'markdown']);
  assert.equal(plain.stdout.trimEnd().split('\n').at(-1), '<sub>Read 1 file, 4 records (4 used) · acs-calllogs</sub>');
  assert.equal(runJson<CallDocument>(['call', '8d1a8374', 'test/fixtures/input/two-layouts/storage-PT1H.json']).json.input.skippedFiles, 0);
});

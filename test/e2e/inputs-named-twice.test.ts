import assert from 'node:assert/strict';
import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runCliFromFile, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * A file named twice — a folder and a file in it, the same file twice, or through a symbolic or hard link — was read
 * twice: `call <id> in in/p2p.jsonl` counted a file more than there were, and every record of it again as a duplicate.
 * It is the same file by its device and inode, read once, and stderr says so in one note.
 */
const DIR = 'test/fixtures/input/named-twice';
const P2P_FILE = `${DIR}/p2p.jsonl`;
const P2P = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';

test('call: a folder and a file in it, in either order, read the file once: the counts of the folder alone, one note', () => {
  const alone = runJson<CallDocument>(['call', P2P, DIR]);
  assert.equal(alone.result.status, 0, alone.result.stderr);
  assert.equal(alone.json.input.files, 2);
  for (const inputs of [[DIR, P2P_FILE], [P2P_FILE, DIR]]) {
    const { result, json } = runJson<CallDocument>(['call', P2P, ...inputs]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json.input, alone.json.input, inputs.join(' '));
    assert.equal(json.input.duplicates, 0);
    assert.equal(result.stderr, `note: ${P2P_FILE} was named twice: read once\n`, inputs.join(' '));
  }
});

test('summarize: the same file named three times, and through a symbolic link, is read once, on one thread or several', () => {
  const alone = runJson<SummaryDocument>(['summarize', P2P_FILE]);
  assert.equal(alone.result.status, 0, alone.result.stderr);
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', P2P_FILE, P2P_FILE, P2P_FILE, '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json.input, alone.json.input, `--threads ${threads}`);
    assert.equal(result.stderr, `note: ${P2P_FILE} was named 3 times: read once\n`);
  }
  const dir = scratchDir('named-twice-');
  const link = join(dir, 'link.jsonl');
  symlinkSync(resolve(P2P_FILE), link);
  const folder = runJson<SummaryDocument>(['summarize', DIR]);
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', DIR, link, '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json.input, folder.json.input, `--threads ${threads}`);
    assert.equal(json.input.files, 2);
    assert.equal(json.input.duplicates, 0);
    assert.equal(result.stderr, `note: ${P2P_FILE} was named twice (also as ${link}): read once\n`);
  }
  // Standard input named twice was read once already, and says so as before.
  const stdin = runJson<SummaryDocument>(['summarize', '-', '-'], { input: readFileSync(P2P_FILE) });
  assert.equal(stdin.result.status, 0, stdin.result.stderr);
  assert.deepEqual({ ...stdin.json.input, skippedFiles: 0 }, alone.json.input);
  assert.equal(stdin.result.stderr, 'note: skipped <stdin>: standard input was already read\n');
});

test('call of an id not there: the note comes once, though the inputs are read again for the nearest ids', () => {
  const { status, stderr } = runCli(['call', 'abcdef99', DIR, P2P_FILE]);
  assert.equal(status, 2);
  assert.match(stderr, new RegExp(`^note: ${P2P_FILE} was named twice: read once\\nacs-calllogs: no call 'abcdef99' in ${DIR}, ${P2P_FILE}; no call's or leg's id seen is near it, `));
});

test('summarize: an entry skipped under a folder named twice (folder and a folder in it) is noted and counted once', () => {
  const dir = scratchDir('skipped-twice-');
  const sub = join(dir, 'sub');
  mkdirSync(sub);
  copyFileSync(P2P_FILE, join(sub, 'a.jsonl'));
  symlinkSync('nowhere', join(sub, 'broken.jsonl'));
  symlinkSync(dir, join(sub, 'folder-link'));
  const expected =
    `note: skipped ${sub}/broken.jsonl: broken symbolic link\n` +
    `note: skipped ${sub}/folder-link: symbolic link to a directory, not followed\n`;
  for (const inputs of [[dir, sub], [sub, dir]]) {
    const { result, json } = runJson<SummaryDocument>(['summarize', ...inputs]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(json.input.skippedFiles, 2, inputs.join(' '));
    assert.equal(json.input.files, 1, inputs.join(' '));
    assert.equal(result.stderr, `${expected}note: ${sub}/a.jsonl was named twice: read once\n`, inputs.join(' '));
  }
  const markdown = runCli(['summarize', dir, sub, '--format', 'markdown']);
  assert.equal(markdown.status, 0, markdown.stderr);
  assert.match(markdown.stdout, /2 files skipped/);
  assert.doesNotMatch(markdown.stdout, /4 files skipped/);
});

test('summarize and call: a hard link to a file read — named, or inside a folder walked — is the same file, read once', () => {
  const dir = scratchDir('hard-link-');
  const logs = join(dir, 'in');
  const other = join(dir, 'other');
  mkdirSync(logs);
  mkdirSync(other);
  const file = join(logs, 'a.jsonl');
  copyFileSync(P2P_FILE, file);
  const hard = join(other, 'hardlink-to-a.jsonl');
  linkSync(file, hard);
  const alone = runJson<SummaryDocument>(['summarize', file]);
  assert.equal(alone.result.status, 0, alone.result.stderr);
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', file, hard, '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json.input, alone.json.input, `--threads ${threads}`);
    assert.equal(result.stderr, `note: ${file} was named twice (also as ${hard}): read once\n`);
  }
  linkSync(file, join(logs, 'b-hardlink.jsonl'));
  const { result, json } = runJson<CallDocument>(['call', P2P, logs]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.input.files, 1);
  assert.equal(json.input.duplicates, 0);
  assert.equal(result.stderr, `note: ${file} was named twice (also as ${join(logs, 'b-hardlink.jsonl')}): read once\n`);
});

test('summarize and call: standard input redirected from a file named beside it (`a.jsonl - < a.jsonl`) is that file, read once; piped, it is read', () => {
  const alone = runJson<SummaryDocument>(['summarize', P2P_FILE]);
  assert.equal(alone.result.status, 0, alone.result.stderr);
  const redirected = (args: string[]) => runCliFromFile(P2P_FILE, args);
  for (const threads of ['1', '2']) {
    for (const [inputs, note] of [
      [[P2P_FILE, '-'], `note: ${P2P_FILE} was named twice (also as <stdin>): read once\n`],
      [['-', P2P_FILE], `note: <stdin> was named twice (also as ${P2P_FILE}): read once\n`],
    ] as const) {
      const result = redirected(['summarize', ...inputs, '--threads', threads, '--format', 'json']);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(JSON.parse(result.stdout).input, alone.json.input, `${inputs.join(' ')} --threads ${threads}`);
      assert.equal(result.stderr, note);
    }
  }
  const call = redirected(['call', P2P, P2P_FILE, '-', '--format', 'json']);
  assert.equal(call.status, 0, call.stderr);
  assert.equal(JSON.parse(call.stdout).input.duplicates, 0);
  // Piped, standard input is not a file: what it holds is read, and counted again as duplicates.
  const piped = runJson<SummaryDocument>(['summarize', P2P_FILE, '-'], { input: readFileSync(P2P_FILE) });
  assert.equal(piped.result.status, 0, piped.result.stderr);
  assert.equal(piped.json.input.files, 2);
  assert.equal(piped.json.input.duplicates, alone.json.input.used);
});

test('summarize and call: a file skipped (empty, not call logs) and named twice is said to be skipped once, not read', () => {
  const dir = scratchDir('skipped-named-twice-');
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '');
  for (const command of [['summarize'], ['call', P2P]]) {
    const result = runCli([...command, empty, P2P_FILE, empty, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, `note: skipped ${empty}: empty file\nnote: ${empty} was named twice: skipped once, not read\n`, command[0]);
  }
  // Nothing read at all: the one error line names the skip, the note says it was not read.
  const none = runCli(['summarize', empty, empty]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, new RegExp(`^note: ${empty} was named twice: skipped once, not read\\n`));
  assert.doesNotMatch(none.stderr, /read once/);
});

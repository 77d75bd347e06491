import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** Files as `git init` and a commit leave them (7), a Mercurial folder in a subfolder (2), and what Finder and Explorer leave (4). */
function repository(dir: string): void {
  const write = (name: string, data: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  };
  write('.git/HEAD', 'ref: refs/heads/main\n');
  write('.git/config', '[core]\n\trepositoryformatversion = 0\n');
  write('.git/description', "Unnamed repository; edit this file 'description' to name the repository.\n");
  write('.git/COMMIT_EDITMSG', 'logs\n');
  write('.git/index', Buffer.from('DIRC\0\0\0\u0002', 'latin1'));
  write('.git/objects/4b/825dc642cb6eb9a060e54bf8d69288fbee4904', Buffer.from([0x78, 0x01, 0x2b, 0x29, 0x4a]));
  write('.git/refs/heads/main', '4b825dc642cb6eb9a060e54bf8d69288fbee4904\n');
  write('exports/.hg/requires', 'revlogv1\nstore\n');
  write('exports/.hg/store/00changelog.i', Buffer.from([0, 1, 0, 1]));
  write('.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  write('exports/.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  write('log-analytics/Thumbs.db', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  write('Desktop.ini', '[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-184\r\n');
}

/**
 * `dir` summarized on one thread and on two as `before` (the same folder without the files added since) but for the
 * notes after its own and the `skipped` files more counted, as when each was noted; nothing else changes.
 */
function skippedBesides(dir: string, before: ReturnType<typeof runJson<SummaryDocument>>, skipped: number, notes: readonly string[]): void {
  for (const threads of ['1', '2']) {
    const after = runJson<SummaryDocument>(['summarize', dir, '--threads', threads]);
    assert.equal(after.result.status, 0, after.result.stderr);
    assert.equal(after.result.stderr, before.result.stderr + notes.map((note) => `${note}\n`).join(''), `--threads ${threads}`);
    assert.deepEqual(after.json.input, { ...before.json.input, skippedFiles: before.json.input.skippedFiles + skipped });
    assert.deepEqual(after.json.calls, before.json.calls);
  }
}

test('under a folder walked, a .git or .hg folder is one note counting its files, and the files the OS keeps one note in all: the counts as when each file was skipped', () => {
  const dir = scratchDir('vcs-');
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  const before = runJson<SummaryDocument>(['summarize', dir]);
  assert.equal(before.result.status, 0, before.result.stderr);
  repository(dir);
  skippedBesides(dir, before, 13, [
    `note: skipped ${dir}/.git: git's folder (version control), not call logs: 7 files not read`,
    `note: skipped ${dir}/exports/.hg: Mercurial's folder (version control), not call logs: 2 files not read`,
    `note: skipped 4 files the operating system keeps in folders (.DS_Store, Desktop.ini, Thumbs.db), not call logs, the first ${dir}/.DS_Store`,
  ]);
});

test('nothing but a .git folder and the OS files: the one error line counts them, those that may be logs named first', () => {
  const dir = scratchDir('vcs-only-');
  repository(dir);
  writeFileSync(join(dir, 'notes.txt'), 'call logs to come\n');
  const result = runCli(['summarize', dir]);
  assert.equal(result.status, 2);
  assert.equal(
    result.stderr,
    `acs-calllogs: no call-log records found in ${dir} (read 0 files, 0 records; skipped 14 files: ${dir}/notes.txt: not call logs: neither JSON nor a CSV header naming a call-log column (starts "call logs to come"), ${dir}/.git: git's folder (version control), not call logs: 7 files not read, and 6 more)\n`,
  );
});

test('named on the command line, a .git folder is walked and an OS file read, as any', () => {
  const dir = scratchDir('vcs-named-');
  repository(dir);
  const named = runCli(['summarize', join(dir, 'Desktop.ini'), join(dir, '.git'), 'test/fixtures/input/p2p-call.jsonl', '--format', 'json']);
  assert.equal(named.status, 0, named.stderr);
  assert.match(named.stderr, /note: skipped .*\/\.git\/HEAD: not call logs/);
  assert.match(named.stderr, /note: skipped .*\/Desktop\.ini: not call logs: "\[" followed by no JSON value/);
  assert.equal((JSON.parse(named.stdout) as SummaryDocument).input.skippedFiles, 8);
});

/** AppleDouble's header: its magic (00 05 16 07), version 2, then Finder data, as macOS writes `._name` on a FAT or SMB share. */
const APPLE_DOUBLE = Buffer.concat([Buffer.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]), Buffer.from('Mac OS X        '), Buffer.alloc(64)]);

test("an export copied to a FAT or SMB share: macOS's ._ files are one note with the OS files, a .bzr and a _darcs folder one entry each; a ._ file that is not AppleDouble is read as any", () => {
  const dir = scratchDir('apple-double-');
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  const before = runJson<SummaryDocument>(['summarize', dir]);
  assert.equal(before.result.status, 0, before.result.stderr);
  const write = (name: string, data: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  };
  write('._storage-account', APPLE_DOUBLE);
  write('storage-account/._PT1H.json', APPLE_DOUBLE);
  write('log-analytics/._calls.json', APPLE_DOUBLE);
  write('.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  write('.bzr/branch-format', 'Bazaar-NG meta directory, format 1\n');
  write('.bzr/repository/format', 'Bazaar repository format 2a (needs bzr 1.16 or later)\n');
  write('exports/_darcs/format', 'hashed\ndarcs-2\n');
  write('exports/._notes.txt', 'call logs to come\n');
  skippedBesides(dir, before, 8, [
    `note: skipped ${dir}/.bzr: Bazaar's folder (version control), not call logs: 2 files not read`,
    `note: skipped ${dir}/exports/._notes.txt: not call logs: neither JSON nor a CSV header naming a call-log column (starts "call logs to come")`,
    `note: skipped ${dir}/exports/_darcs: Darcs's folder (version control), not call logs: 1 file not read`,
    `note: skipped 4 files the operating system keeps in folders (.DS_Store, AppleDouble ._*), not call logs, the first ${dir}/.DS_Store`,
  ]);
});

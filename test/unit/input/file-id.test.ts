import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileId, regularFileKey } from '../../../src/input/file-id.js';
import { scratchDir } from '../../support/scratch-dir.js';

/** A file's stat as a file system with no inodes gives it (some FUSE and network mounts): ino 0. */
const noInode = (dev: number) => ({ dev, ino: 0, isFile: () => true });

test('a file is known by device and inode; with no inode it is no one file (fileId) rather than every other one', () => {
  assert.equal(fileId({ dev: 5, ino: 42 }), '5:42');
  assert.equal(fileId({ dev: 5, ino: 0 }), null);
});

test('regularFileKey: where the file system gives no inode, two files are told apart and two names of one file are not', async () => {
  const dir = scratchDir('file-id-');
  const a = join(dir, 'a.jsonl');
  const b = join(dir, 'b.jsonl');
  await writeFile(a, '{}\n');
  await writeFile(b, '{}\n');
  await symlink('a.jsonl', join(dir, 'link.jsonl'));
  const keyA = regularFileKey(noInode(7), a);
  // The same `dev:0` for every file took a report over b.jsonl for one over the input a.jsonl.
  assert.notEqual(keyA, regularFileKey(noInode(7), b));
  assert.equal(regularFileKey(noInode(7), join(dir, 'link.jsonl')), keyA);
  assert.equal(regularFileKey(noInode(7), join(dir, '.', 'a.jsonl')), keyA);
  // Standard output has no path: nothing to know it by.
  assert.equal(regularFileKey(noInode(7), null), null);
});

test('regularFileKey: a regular file with an inode is its device and inode, whatever its name; anything else is null', async () => {
  const dir = scratchDir('file-id-');
  const a = join(dir, 'a.jsonl');
  await writeFile(a, '{}\n');
  const info = statSync(a);
  assert.equal(regularFileKey(info, a), `${info.dev}:${info.ino}`);
  assert.equal(regularFileKey(info, null), `${info.dev}:${info.ino}`);
  assert.equal(regularFileKey(statSync(dir), dir), null);
});

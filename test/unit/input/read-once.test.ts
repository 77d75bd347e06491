import assert from 'node:assert/strict';
import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { collect } from './input-test-helpers.js';
import { scratchDir } from '../../support/scratch-dir.js';

test('a file reached again — its folder named twice, by a link to the folder, by a link beside it, by its own name — is read once, then told as repeated', async () => {
  const dir = scratchDir('read-once-');
  const logs = join(dir, 'logs');
  await mkdir(logs);
  const file = join(logs, 'a.jsonl');
  await writeFile(file, '{"category":"CallSummary","correlationId":"c1","properties":{}}\n');
  await symlink('a.jsonl', join(logs, 'b-link.jsonl'));
  await symlink(logs, join(dir, 'linked-logs'));
  const events = await collect([logs, join(dir, 'linked-logs'), file, logs]);
  assert.deepEqual(
    events.map((e) => (e.kind === 'file' ? `file ${e.file}` : e.kind === 'repeated' ? `repeated ${e.file} (first ${e.first})` : e.kind)),
    [
      `file ${file}`,
      'record',
      `repeated ${join(logs, 'b-link.jsonl')} (first ${file})`,
      `repeated ${join(dir, 'linked-logs', 'a.jsonl')} (first ${file})`,
      `repeated ${join(dir, 'linked-logs', 'b-link.jsonl')} (first ${file})`,
      `repeated ${file} (first ${file})`,
      `repeated ${file} (first ${file})`,
      `repeated ${join(logs, 'b-link.jsonl')} (first ${file})`,
    ],
  );
});

test('a hard link to a file read — named, or found under a folder — is the same file: read once, then told as repeated', async () => {
  const dir = scratchDir('read-once-hard-');
  const logs = join(dir, 'logs');
  const other = join(dir, 'other');
  await mkdir(logs);
  await mkdir(other);
  const file = join(logs, 'a.jsonl');
  await writeFile(file, '{"category":"CallSummary","correlationId":"c1","properties":{}}\n');
  await link(file, join(logs, 'b-hard.jsonl'));
  const named = join(other, 'hard.jsonl');
  await link(file, named);
  const outline = (events: Awaited<ReturnType<typeof collect>>) =>
    events.map((e) => (e.kind === 'file' ? `file ${e.file}` : e.kind === 'repeated' ? `repeated ${e.file} (first ${e.first})` : e.kind));
  assert.deepEqual(outline(await collect([file, named])), [`file ${file}`, 'record', `repeated ${named} (first ${file})`]);
  assert.deepEqual(outline(await collect([named, logs])), [
    `file ${named}`,
    'record',
    `repeated ${file} (first ${named})`,
    `repeated ${join(logs, 'b-hard.jsonl')} (first ${named})`,
  ]);
});

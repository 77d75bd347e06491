import assert from 'node:assert/strict';
import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileBytesUpTo, inputTextSizes } from '../../../src/input/input-sizes.js';
import { scratchDir } from '../../support/scratch-dir.js';

test('the progress totals count a file named twice once: by its name again, under its folder, through a symbolic or a hard link', async () => {
  const dir = scratchDir('input-sizes-');
  const logs = join(dir, 'logs');
  await mkdir(logs);
  const file = join(logs, 'a.jsonl');
  await writeFile(file, 'x'.repeat(100));
  await writeFile(join(logs, 'b.jsonl'), 'y'.repeat(7));
  await link(file, join(logs, 'c-hard.jsonl'));
  const hard = join(dir, 'hard.jsonl');
  await link(file, hard);
  await symlink(file, join(dir, 'soft.jsonl'));
  const inputs = [file, logs, hard, join(dir, 'soft.jsonl'), file];
  assert.deepEqual(await inputTextSizes(inputs), [
    { size: 100, text: 100 },
    { size: 7, text: 7 },
  ]);
  assert.equal(await fileBytesUpTo(inputs, 1000), 107);
});

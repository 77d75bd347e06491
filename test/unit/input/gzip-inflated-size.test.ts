import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gzipInflatedSize } from '../../../src/input/gzip-inflated-size.js';
import { scratchDir } from '../../support/scratch-dir.js';

test('a gzip file is its trailer\'s inflated size; a torn one, whose last 4 bytes are deflate data, is no guess', async () => {
  const dir = scratchDir('gzip-size-');
  const text = Buffer.from(Array.from({ length: 2000 }, (_, i) => `{"category":"CallDiagnostics","n":${i}}\n`).join(''));
  const whole = gzipSync(text);
  const wholePath = join(dir, 'whole.json.gz');
  writeFileSync(wholePath, whole);
  assert.equal(await gzipInflatedSize(wholePath, whole.length), text.length);
  // Cut mid-write: what ends the file reads as a size far over what deflate makes of so few bytes (1032 to 1 at most).
  const torn = Buffer.concat([whole.subarray(0, 400), Buffer.from([0x00, 0x00, 0x00, 0xf0])]);
  const tornPath = join(dir, 'torn.json.gz');
  writeFileSync(tornPath, torn);
  assert.equal(await gzipInflatedSize(tornPath, torn.length), null);
  // The most deflate makes of a file is still taken: a run of one byte.
  const run = gzipSync(Buffer.alloc(4 << 20, 0x20));
  const runPath = join(dir, 'run.gz');
  writeFileSync(runPath, run);
  assert.equal(await gzipInflatedSize(runPath, run.length), 4 << 20);
});

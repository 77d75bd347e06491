import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { filesUnder } from '../../support/files-under.js';
import { openSource } from '../../../src/input/open-source.js';
import { scratchDir } from '../../support/scratch-dir.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The source's content, its gzip flag, the bytes told, or the one-line error it ends in. */
async function contentOf(path: string, smallFileBytes: number): Promise<string> {
  let told = 0;
  let whole = false;
  const chunks: Uint8Array[] = [];
  try {
    const source = await openSource({ path, name: path }, process.stdin, (n) => (told += n), 1 << 20, smallFileBytes);
    whole = source.whole === true;
    try {
      for await (const chunk of source.bytes) chunks.push(chunk);
    } finally {
      source.close();
    }
    return JSON.stringify({ whole, gzip: source.gzip, told, content: Buffer.concat(chunks).toString('base64') });
  } catch (error) {
    return JSON.stringify({ whole, told, read: Buffer.concat(chunks).toString('base64'), error: (error as Error).message });
  }
}

test('a small file read whole at once gives what its stream gives: bytes, gunzipped bytes, gzip flag, bytes told, errors', async () => {
  const files = [...filesUnder(join(ROOT, 'samples')), ...filesUnder(join(ROOT, 'test/fixtures'))];
  assert.ok(files.some((f) => f.endsWith('.gz')) && files.length > 30);
  for (const file of files) {
    const whole = await contentOf(file, 8 << 20);
    const streamed = await contentOf(file, -1); // no file is that small: every one is streamed
    assert.ok(whole.includes('"whole":true'), `${file} was not read whole: ${whole.slice(0, 200)}`);
    assert.equal(whole.replace('"whole":true', '"whole":false'), streamed, file);
  }
});

test('a gzip file read whole tells its bytes as they go to gunzip, not all at once: the progress line moves with the work', async () => {
  const dir = scratchDir('gzip-told-');
  try {
    // Random text barely compresses: ~400 KB of gzip, several of the pieces it is handed on in.
    const lines = Array.from({ length: 4000 }, () => JSON.stringify({ correlationId: randomBytes(8).toString('hex'), pad: randomBytes(60).toString('base64') }));
    const path = join(dir, 'PT1H.json');
    const gz = gzipSync(`${lines.join('\n')}\n`);
    writeFileSync(path, gz);
    let told = 0;
    const source = await openSource({ path, name: path }, process.stdin, (n) => (told += n));
    assert.equal(source.whole, true);
    const toldAtEachChunk: number[] = [];
    for await (const _chunk of source.bytes) toldAtEachChunk.push(told);
    assert.ok(toldAtEachChunk[0]! < gz.length / 2, `told ${toldAtEachChunk[0]} of ${gz.length} bytes before the first inflated chunk`);
    assert.equal(told, gz.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

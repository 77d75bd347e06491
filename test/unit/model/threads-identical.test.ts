import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCalls, type LoadOptions } from '../../../src/model/load-calls.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Every sample and every input fixture: all the shapes, gzip, UTF-16, broken and truncated files. */
const FILES = [...filesUnder(join(ROOT, 'samples')), ...filesUnder(join(ROOT, 'test/fixtures/input'))];

async function loaded(inputs: string[], options: LoadOptions): Promise<string> {
  try {
    return JSON.stringify(await loadCalls(inputs, options));
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

test('worker threads and one thread give the identical result on every sample and fixture file', async () => {
  assert.ok(FILES.length > 20);
  for (const file of FILES) {
    for (const mediaQualityOnly of [true, false]) {
      // Small batches, so that even a small file is cut into many and the workers get some of them.
      const one = await loaded([file], { threads: 1, batchBytes: 1024, mediaQualityOnly });
      const workers = await loaded([file], { threads: 2, batchBytes: 1024, mediaQualityOnly });
      const plain = await loaded([file], { threads: 1, mediaQualityOnly });
      assert.equal(workers, one, `${file}: workers`);
      assert.equal(plain, one, `${file}: batch size`);
    }
  }
});

test('the whole samples directory at once: workers, one thread and the per-line reader agree', async () => {
  const inputs = [join(ROOT, 'samples')];
  const one = await loaded(inputs, { threads: 1 });
  assert.equal(await loaded(inputs, { threads: 2, batchBytes: 512 }), one);
  assert.equal(await loaded(inputs, { threads: 3, batchBytes: 4096 }), one);
});

test('workers by default only when main and two workers each get a core, at most 4', async () => {
  const { defaultThreads } = await import('../../../src/model/load-calls.js');
  assert.deepEqual([1, 2, 3, 4, 8, 64].map((cores) => defaultThreads(cores)), [1, 1, 2, 3, 4, 4]);
});

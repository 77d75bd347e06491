import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startProgress } from '../../../src/commands/progress-reporter.js';
import { scratchDir } from '../../support/scratch-dir.js';

const SAMPLES = join(fileURLToPath(new URL('../../../../', import.meta.url)), 'samples');

test('the progress line is drawn as bytes are told, without the event loop turning: a folder of small files is read synchronously', async () => {
  const written: string[] = [];
  let clock = 0;
  const progress = await startProgress([SAMPLES], false, { isTTY: true, columns: 100, write: (text: string) => written.push(text) }, () => clock, {});
  // All of this runs in one turn of the event loop: no timer can fire in it.
  progress.onBytes!(1000);
  assert.deepEqual(written, [], 'nothing in the first second');
  clock = 1500;
  progress.onBytes!(1000);
  clock = 1600;
  progress.onBytes!(1000);
  clock = 1800;
  progress.onBytes!(1000);
  assert.equal(written.length, 2, 'at most every 250 ms');
  assert.match(written[0]!, /^\rreading \d+\/\d+ files · 0\/\d+ MB · 0 MB\/s · ETA .*\x1b\[K$/);
  progress.stop();
  assert.equal(written.at(-1), '\r\x1b[K', 'cleared when reading is over');
});

test('when reading is over the line says so at once, and that the calls are being judged; not at all in a short run', async () => {
  const written: string[] = [];
  let clock = 0;
  const progress = await startProgress([SAMPLES], false, { isTTY: true, columns: 100, write: (text: string) => written.push(text) }, () => clock, {});
  clock = 1500;
  progress.onBytes!(2e6);
  clock = 1600; // within 250 ms of the last line: drawn all the same
  progress.readingDone!();
  assert.equal(written.length, 2);
  assert.match(written[1]!, /^\rread (\d+)\/\1 files · 2 MB in 2s · judging the calls\x1b\[K$/);
  progress.stop();

  const short: string[] = [];
  clock = 0;
  const quick = await startProgress([SAMPLES], false, { isTTY: true, columns: 100, write: (text: string) => short.push(text) }, () => clock, {});
  clock = 400;
  quick.readingDone!();
  quick.stop();
  assert.deepEqual(short, [], 'a run under a second shows no line');
});

test('no progress line when stderr is not a terminal, in CI, or with --quiet', async () => {
  for (const [isTTY, env, quiet] of [[false, {}, false], [true, { CI: 'true' }, false], [true, {}, true]] as const) {
    const written: string[] = [];
    const progress = await startProgress([SAMPLES], quiet, { isTTY, write: (text: string) => written.push(text) }, () => 5000, env);
    assert.equal(progress.onBytes, undefined);
    progress.stop();
    assert.deepEqual(written, []);
  }
});

test('a gzip file counts as the text it holds: its MB, MB/s and ETA are those of its records, as a plain file\'s are', async () => {
  // Counted on disk, an 8 MB .gz of 230 MB of records read "1 MB/s", and beside plain files its ETA was minutes for seconds.
  const dir = scratchDir('progress-gzip-');
  const text = Buffer.from(`${'{"category":"CallDiagnostics","jitterAvg":"3"}\n'.repeat(100_000)}`); // 4.7 MB
  const gz = gzipSync(text);
  writeFileSync(join(dir, 'PT1H.json.gz'), gz);
  writeFileSync(join(dir, 'plain.json'), text);
  const written: string[] = [];
  let clock = 0;
  const progress = await startProgress([dir], false, { isTTY: true, columns: 100, write: (line: string) => written.push(line) }, () => clock, {});
  clock = 2000;
  progress.onBytes!(gz.length / 2); // half the gzip file read: half its text
  assert.equal(written.at(-1), '\rreading 0/2 files · 2/9 MB · 1 MB/s · ETA 6s\x1b[K');
  clock = 3000;
  progress.onBytes!(gz.length / 2 + text.length / 2);
  assert.equal(written.at(-1), '\rreading 1/2 files · 7/9 MB · 2 MB/s · ETA 1s\x1b[K');
  progress.stop();
});

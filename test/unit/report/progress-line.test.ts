import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitProgress, formatProgress, showsProgress } from '../../../src/report/progress-line.js';

test('a progress line only for a terminal, never in CI or with --quiet', () => {
  assert.equal(showsProgress(true, {}, false), true);
  assert.equal(showsProgress(true, { CI: 'false' }, undefined), true);
  assert.equal(showsProgress(false, {}, false), false);
  assert.equal(showsProgress(undefined, {}, false), false);
  assert.equal(showsProgress(true, { CI: 'true' }, false), false);
  assert.equal(showsProgress(true, { CI: '1' }, false), false);
  assert.equal(showsProgress(true, {}, true), false);
  // A terminal that cannot rewrite a line (TERM=dumb: Emacs' shell) would show the \r and erase-line as they are.
  assert.equal(showsProgress(true, { TERM: 'dumb' }, false), false);
  assert.equal(showsProgress(true, { TERM: 'xterm' }, false), true);
});

test('files and bytes done, MB/s and ETA; no total nor ETA when the size is unknown', () => {
  assert.equal(
    formatProgress({ filesDone: 3, files: 12, bytesDone: 420e6, bytes: 1024e6, seconds: 2 }),
    'reading 3/12 files · 420/1,024 MB · 210 MB/s · ETA 3s',
  );
  assert.equal(formatProgress({ filesDone: 0, files: 1, bytesDone: 50e6, bytes: null, seconds: 1 }), 'reading 0/1 files · 50 MB · 50 MB/s');
  assert.equal(formatProgress({ filesDone: 0, files: 1, bytesDone: 0, bytes: 10e6, seconds: 0 }), 'reading 0/1 files · 0/10 MB · 0 MB/s');
});

test('once every record is read: how much and how long, and that the calls are being judged (no falling MB/s, no ETA 0s)', () => {
  assert.equal(
    formatProgress({ filesDone: 12, files: 12, bytesDone: 1024e6, bytes: 1024e6, seconds: 7, readSeconds: 5.2 }),
    'read 12/12 files · 1,024 MB in 5s · judging the calls',
  );
  assert.equal(formatProgress({ filesDone: 1, files: 1, bytesDone: 50e6, bytes: null, seconds: 2, readSeconds: null }), 'reading 1/1 files · 50 MB · 25 MB/s');
});

test('read again for the ids nearest one that names no call: the line says what for, then that the ids are being named', () => {
  assert.equal(
    formatProgress({ filesDone: 3, files: 12, bytesDone: 420e6, bytes: 1024e6, seconds: 2, purpose: 'nearest-ids' }),
    'no such call; reading 3/12 files again for the nearest ids · 420/1,024 MB · 210 MB/s · ETA 3s',
  );
  assert.equal(
    formatProgress({ filesDone: 12, files: 12, bytesDone: 1024e6, bytes: 1024e6, seconds: 7, readSeconds: 5.2, purpose: 'nearest-ids' }),
    'no such call; read 12/12 files again · 1,024 MB in 5s · naming the nearest ids',
  );
  // The calls' reading is said as before.
  assert.equal(formatProgress({ filesDone: 1, files: 2, bytesDone: 0, bytes: null, seconds: 1, purpose: 'calls' }), 'reading 1/2 files · 0 MB · 0 MB/s');
});

test('a line wider than the terminal loses whole parts from its end, never a word: what it does and how far stay', () => {
  const line = 'no such call; reading 2/4 files again for the nearest ids · 444/690 MB · 444 MB/s · ETA 0s';
  // It was cut at 79 columns: "… · 444/690 MB · 444 MB", a rate of 444 MB.
  assert.equal(fitProgress(line, 79), 'no such call; reading 2/4 files again for the nearest ids · 444/690 MB');
  assert.equal(fitProgress(line, 99), line);
  assert.equal(fitProgress(line, 20), 'no such call; readin');
});

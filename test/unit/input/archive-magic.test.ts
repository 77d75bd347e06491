import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { archiveKind, archiveNote } from '../../../src/input/archive-magic.js';
import { InputError } from '../../../src/input/input-event.js';
import { chunkedStream, collect, fixture, records } from './input-test-helpers.js';

test('archives are known by their magic bytes: zip, 7z, rar 4 and 5, tar (POSIX and GNU); text and gzip are not', () => {
  assert.equal(archiveKind(readFileSync(fixture('archives/export.zip'))), 'zip');
  assert.equal(archiveKind(readFileSync(fixture('archives/export.tar'))), 'tar');
  assert.equal(archiveKind(Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])), 'zip'); // an empty zip
  assert.equal(archiveKind(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04])), '7z');
  assert.equal(archiveKind(Buffer.from('Rar!\x1a\x07\x00', 'latin1')), 'rar');
  assert.equal(archiveKind(Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1')), 'rar');
  const gnuTar = Buffer.alloc(512);
  gnuTar.write('PT1H.json', 0);
  gnuTar.write('ustar  \0', 257, 'latin1');
  assert.equal(archiveKind(gnuTar), 'tar');
  assert.equal(archiveKind(readFileSync(fixture('p2p-call.jsonl'))), null);
  assert.equal(archiveKind(readFileSync(fixture('archives/export.tar.gz'))), null); // gzip: known once inflated
  assert.equal(archiveKind(Buffer.from('PK')), null);
  assert.equal(archiveNote('tar', true), 'a gzip-compressed tar archive; extract it first');
});

test('an Excel workbook, a zip whose first part is [Content_Types].xml, is asked for as CSV, not to be extracted', () => {
  // It was 'zip': "extract it first" gave a folder of XML, not rows.
  assert.equal(archiveKind(readFileSync(fixture('archives/calls.xlsx'))), 'office');
  assert.equal(archiveNote('office', false), 'an Excel workbook (or another Office file); save it as CSV UTF-8, which is read');
  // A zip of logs is still one.
  assert.equal(archiveKind(readFileSync(fixture('archives/export.zip'))), 'zip');
});

test('xz, bzip2 and zstd are known by their magic bytes; text that starts "BZh" is not bzip2', () => {
  assert.equal(archiveKind(readFileSync(fixture('archives/p2p-call.jsonl.xz'))), 'xz');
  assert.equal(archiveKind(readFileSync(fixture('archives/export.tar.xz'))), 'xz');
  assert.equal(archiveKind(readFileSync(fixture('archives/p2p-call.jsonl.bz2'))), 'bzip2');
  assert.equal(archiveKind(readFileSync(fixture('archives/export.tar.bz2'))), 'bzip2');
  assert.equal(archiveKind(Buffer.from([0x42, 0x5a, 0x68, 0x39, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90, 0, 0, 0, 0])), 'bzip2'); // bzip2 of nothing
  assert.equal(archiveKind(readFileSync(fixture('archives/p2p-call.jsonl.zst'))), 'zstd');
  assert.equal(archiveKind(Buffer.from('BZh9 is not a log,\nBZh1,2,3\n')), null);
  assert.equal(archiveNote('xz', false), 'an xz-compressed file; decompress it first (gzip is read as is)');
  assert.equal(archiveNote('zstd', false), 'a zstd-compressed file; decompress it first (gzip is read as is)');
});

for (const [name, note] of [
  ['export.zip', 'a zip archive; extract it first'],
  ['export.tar', 'a tar archive; extract it first'],
  ['export.tar.gz', 'a gzip-compressed tar archive; extract it first'],
] as const) {
  test(`${name} named as an input is an InputError naming it: ${note}`, async () => {
    const path = fixture(`archives/${name}`);
    await assert.rejects(collect([path]), (error: unknown) => error instanceof InputError && error.message === `${path}: ${note}`);
  });
}

test('an archive under a walked directory is skipped with its note; the logs beside it are read', async () => {
  const dir = fixture('dir-with-archive');
  const events = await collect([dir]);
  const skipped = events.filter((e) => e.kind === 'skipped');
  assert.deepEqual(skipped, [{ kind: 'skipped', file: `${dir}/export.zip`, reason: 'a zip archive; extract it first' }]);
  assert.equal(records(events).length, 4);
});

test('on standard input, a zip (gzipped too) a byte at a time is an error; a short JSON line a byte at a time is read', async () => {
  const zip = readFileSync(fixture('archives/export.zip'));
  for (const bytes of [zip, gzipSync(zip)]) {
    await assert.rejects(collect(['-'], { stdin: chunkedStream(bytes, 1) }), /^InputError: <stdin>: a zip archive; extract it first$/);
  }
  const line = '{"category":"CallSummary","correlationId":"c1","properties":{"callType":"P2P"}}\n';
  assert.ok(line.length < 262);
  const events = await collect(['-'], { stdin: chunkedStream(line, 1) });
  assert.equal(records(events).length, 1);
});

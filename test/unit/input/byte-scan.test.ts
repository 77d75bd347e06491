import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { countLineEnds, leaseScanBuffers, lineEnds as lineEndsScanned, SLOT_BYTES } from '../../../src/input/byte-scan.js';
import { findNeedles } from '../../../src/input/find-needles.js';
import { ROOT } from '../../support/run-cli.js';

/**
 * What findNeedles finds, the slow way: needles that differ only in ASCII case are one needle in any case (bytes and
 * needle with 0x20 set in each byte, then Buffer.indexOf); each group of them so, the places of all merged.
 */
function reference(bytes: Buffer, needles: readonly string[]): number[] {
  const fold = (b: Buffer) => Buffer.from(b.map((x) => x | 0x20));
  const folded = needles.map((n) => fold(Buffer.from(n, 'utf8'))).filter((b) => b.length > 0);
  const haystack = fold(bytes);
  const hits = new Set<number>();
  for (const needle of folded) {
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) hits.add(i);
  }
  return [...hits].sort((a, b) => a - b);
}

function lineEnds(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

const ID = '27354d00-5d00-4b00-8900-3979fb005d00';
/** A GUID in .NET's "N" form: a spelling of another length than the dashed one's. */
const PLAIN = ID.replaceAll('-', '');
/** Text that often holds the id, in any case, whole or cut, among JSON-ish bytes (0x0d | 0x20 is '-': a false place). */
const text = fc
  .array(fc.oneof(fc.constantFrom(ID, ID.toUpperCase(), '27354D00-5d00-4B00-8900-3979fb005d00', ID.slice(0, 20), PLAIN, 'İstanbul-call-01', 'i̇stanbul-CALL-01', '\r', '\n', '"correlationId":"', 'A', 'a', '-'), fc.string({ maxLength: 30 })), { maxLength: 60 })
  .map((parts) => Buffer.from(parts.join(''), 'utf8'));
const needleSets = fc.constantFrom([ID, ID.toUpperCase()], [ID], ['27354D00-5d00-4B00-8900-3979fb005d00', ID, ID.toUpperCase()], ['27354d00', '27354D00'], ['ÄÖ-27354d', 'äö-27354d', 'ÄÖ-27354D'], ['ß-12345678', 'SS-12345678'], ['', ID], [ID, ID.toUpperCase(), PLAIN, PLAIN.toUpperCase()], ['İstanbul-call-01', 'i̇stanbul-call-01', 'İSTANBUL-CALL-01']);

test('findNeedles: an id in any case (Fa11Ca5e too), each group of spellings of one length so (İ, i̇; a GUID dashed and not), whatever the bytes', () => {
  fc.assert(
    fc.property(text, needleSets, fc.integer({ min: 0, max: 17 }), (bytes, needles, shift) => {
      const view = Buffer.concat([Buffer.alloc(shift, 0x20), bytes]).subarray(shift); // any alignment
      assert.deepEqual(findNeedles(view, needles), reference(view, needles));
    }),
    { numRuns: 500, seed: 20261126 },
  );
});

test('findNeedles on bytes in a leased buffer (scanned where they are) and on bytes too large to copy', () => {
  const lease = leaseScanBuffers(SLOT_BYTES);
  assert.ok(lease !== null);
  try {
    const bytes = Buffer.from(`{"correlationId":"${ID}"}\n`.repeat(1000) + `{"correlationId":"${ID.toUpperCase()}"}\n`, 'utf8');
    const slot = lease.buffers[1].subarray(5, 5 + bytes.length);
    bytes.copy(slot);
    assert.deepEqual(findNeedles(slot, [ID, ID.toUpperCase()]), reference(bytes, [ID, ID.toUpperCase()]));
    assert.equal(findNeedles(slot, [ID, ID.toUpperCase()]).length, 1001);
  } finally {
    lease.release();
  }
  const large = Buffer.alloc(3 << 20, 0x61); // over the scratch space: found without the module, in any case too
  ID.split('').forEach((c, i) => (large[(3 << 20) - 100 + i] = c.charCodeAt(0)));
  Buffer.from('27354D00-5d00-4B00-8900-3979fb005d00').copy(large, 1000);
  assert.deepEqual(findNeedles(large, [ID, ID.toUpperCase()]), [1000, (3 << 20) - 100]);
});

test('findNeedles: more places than the module holds at once (every byte of a run of "a")', () => {
  const bytes = Buffer.alloc(100_000, 0x61);
  assert.deepEqual(findNeedles(bytes, ['aaaaaaaa', 'AAAAAAAA']), reference(bytes, ['aaaaaaaa', 'AAAAAAAA']));
});

test('countLineEnds counts the LFs of a leased buffer at any length and offset, and leaves other bytes to the caller', () => {
  const lease = leaseScanBuffers(4096);
  assert.ok(lease !== null);
  assert.equal(leaseScanBuffers(4096), null, 'one lease at a time');
  try {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: 0, max: 31 }), (data, offset) => {
        const bytes = lease.buffers[0].subarray(offset, offset + data.length);
        bytes.set(data);
        assert.equal(countLineEnds(bytes), lineEnds(bytes));
      }),
      { numRuns: 300, seed: 20261126 },
    );
  } finally {
    lease.release();
  }
  assert.equal(countLineEnds(Buffer.from('a\nb\n')), null);
  assert.equal(leaseScanBuffers(SLOT_BYTES + 1), null, 'larger than a slot');
});

/** Where the LFs are, the slow way. */
function lfPlaces(bytes: Uint8Array): number[] {
  const places: number[] = [];
  bytes.forEach((b, i) => {
    if (b === 0x0a) places.push(i);
  });
  return places;
}

test('lineEnds: every LF in order, in a leased buffer or copied to be scanned, at any length and offset', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constant(0x0a), fc.integer({ min: 0, max: 255 }))), fc.integer({ min: 0, max: 31 }), (data, offset) => {
      const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(data)]).subarray(offset);
      assert.deepEqual([...lineEndsScanned(bytes)!], lfPlaces(bytes));
    }),
    { numRuns: 300, seed: 20261127 },
  );
  const lease = leaseScanBuffers(SLOT_BYTES);
  assert.ok(lease !== null);
  try {
    // More LFs than the module holds places for at once (blank lines): found in several turns.
    const bytes = lease.buffers[0].subarray(3, 3 + 50_000);
    bytes.fill(0x0a);
    bytes[7] = 0x7b;
    assert.deepEqual([...lineEndsScanned(bytes)!], lfPlaces(bytes));
  } finally {
    lease.release();
  }
  assert.equal(lineEndsScanned(Buffer.alloc(3 << 20, 0x0a)), null, 'over the scratch space: the caller looks for each');
});

test('byte-scan-wasm.ts is byte-scan.wat compiled (npm run build:wasm after a change to the .wat)', () => {
  const built = spawnSync(process.execPath, ['scripts/build-byte-scan.mjs', '--print'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  assert.equal(built.stdout, readFileSync(`${ROOT}src/input/byte-scan-wasm.ts`, 'utf8'));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hashBytes, hashText, leaseScanBuffers } from '../../../src/input/byte-scan.js';
import { fingerprintHash } from '../../../src/model/fingerprint-hash.js';
import { fingerprintOf, fingerprintOfLine } from '../../../src/model/record-fingerprint.js';

const RUNS = { numRuns: 300, seed: 20261126 };
const words = (view: Int32Array | null) => (view === null ? null : [...view]);

test('fingerprint hash: the WebAssembly module and the JavaScript reference agree, for any bytes and any text', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => assert.deepEqual(words(hashBytes(bytes)), [...fingerprintHash(bytes)])),
    RUNS,
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      assert.deepEqual(words(hashText(text)), [...fingerprintHash(Buffer.from(text, 'utf8'))]);
      // A record read as text and the same record's bytes on a line are one record.
      assert.equal(fingerprintOf(text), fingerprintOf(Buffer.from(text, 'utf8')));
    }),
    RUNS,
  );
});

test('fingerprint hash: bytes over the scratch space (hashed 2 MiB at a time) and bytes in a leased buffer hash as the rest', () => {
  const big = Buffer.alloc((2 << 20) + 13);
  for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
  assert.deepEqual(words(hashBytes(big)), [...fingerprintHash(big)]);
  assert.equal(fingerprintOf(big.toString('latin1')), fingerprintOf(Buffer.from(big.toString('latin1'), 'utf8')));
  const lease = leaseScanBuffers(64);
  assert.ok(lease !== null);
  try {
    const inPlace = lease.buffers[0].subarray(3, 3 + 37);
    inPlace.set(big.subarray(0, 37));
    assert.deepEqual(words(hashBytes(inPlace)), [...fingerprintHash(big.subarray(0, 37))]);
  } finally {
    lease.release();
  }
});

test('fingerprint hash: texts that differ in one bit, or only by trailing zero bytes, differ', () => {
  const seen = new Set<string>();
  const base = Buffer.from('{"correlationId":"9e3779b1-0001-4007-800d-00009e370001"}');
  seen.add(fingerprintOf(base));
  for (let i = 0; i < base.length; i++) {
    for (let bit = 0; bit < 8; bit++) {
      const flipped = Buffer.from(base);
      flipped[i]! ^= 1 << bit;
      seen.add(fingerprintOf(flipped));
    }
  }
  assert.equal(seen.size, 1 + base.length * 8);
  const padded = new Set([0, 1, 2, 7, 8, 9].map((zeros) => fingerprintOf(Buffer.concat([Buffer.from('a'), Buffer.alloc(zeros)]))));
  assert.equal(padded.size, 6);
});

test('fingerprint of a line: the same as of its bytes alone, whether they lie in a leased buffer or anywhere else', () => {
  const line = Buffer.from('{"category":"CallSummary","correlationId":"c1","properties":{"participantId":"p1"}}');
  const batch = Buffer.concat([Buffer.from('[1,2]\n'), line, Buffer.from('\n{}\n')]);
  const start = 6;
  const end = start + line.length;
  const expected = fingerprintOf(line);
  assert.equal(fingerprintOfLine(batch, start, end), expected);
  const lease = leaseScanBuffers(batch.length + 5);
  assert.ok(lease !== null);
  try {
    const leased = lease.buffers[1].subarray(5, 5 + batch.length);
    batch.copy(leased);
    assert.equal(fingerprintOfLine(leased, start, end), expected);
    // Not the bytes around it: the line without its last byte, or with the LF after it, is another text.
    assert.notEqual(fingerprintOfLine(leased, start, end - 1), expected);
    assert.notEqual(fingerprintOfLine(leased, start, end + 1), expected);
  } finally {
    lease.release();
  }
});

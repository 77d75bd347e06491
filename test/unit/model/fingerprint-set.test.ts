import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FingerprintSet } from '../../../src/model/fingerprint-set.js';
import { fingerprintOf } from '../../../src/model/record-fingerprint.js';

test('fingerprint set: each digest is new once, then a duplicate, through many growths of the table', () => {
  const set = new FingerprintSet();
  const digests = Array.from({ length: 20_000 }, (_, i) => fingerprintOf(`{"record":${i}}`));
  assert.ok(digests.every((d) => set.add(d)));
  assert.equal(set.size, 20_000);
  assert.ok(digests.every((d) => !set.add(d)));
  assert.equal(set.size, 20_000);
});

test('fingerprint set: any other text is kept as it is, apart from the digests', () => {
  const set = new FingerprintSet();
  const digest = fingerprintOf('x');
  for (const text of ['f', '', 'not a digest', 'eight ch', `${digest.slice(0, 7)}?`, digest]) assert.equal(set.add(text), true, text);
  for (const text of ['f', '', 'not a digest', 'eight ch', digest]) assert.equal(set.add(text), false, text);
  assert.equal(set.size, 6);
});

test('fingerprint set: digests that differ in any one bit are different', () => {
  const set = new FingerprintSet();
  const base = '\u8001\u0002\uffff\u0000\ud800\u4000\u0001\u7fff';
  assert.equal(set.add(base), true);
  for (let i = 0; i < 8; i++) {
    for (let bit = 0; bit < 16; bit++) {
      const changed = `${base.slice(0, i)}${String.fromCharCode(base.charCodeAt(i) ^ (1 << bit))}${base.slice(i + 1)}`;
      assert.equal(set.add(changed), true, `character ${i}, bit ${bit}`);
    }
  }
  assert.equal(set.add(base), false);
  assert.equal(set.size, 1 + 8 * 16);
});

test('fingerprint set: cleared, it forgets every fingerprint and takes them again', () => {
  const set = new FingerprintSet();
  const digests = Array.from({ length: 5000 }, (_, i) => fingerprintOf(`${i}`));
  for (const d of [...digests, 'other']) set.add(d);
  set.clear();
  assert.equal(set.size, 0);
  assert.ok([...digests, 'other'].every((d) => set.add(d)));
  assert.ok(digests.every((d) => !set.add(d)));
});

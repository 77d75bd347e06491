/**
 * The hash of a record's fingerprint (record-fingerprint.ts) in JavaScript: the function byte-scan.wat computes
 * (which says how it works and why), for a runtime without WebAssembly SIMD and as the reference a test holds the
 * module to. BigInt arithmetic, ~50 times slower than the module: it is not the usual path.
 */

const MASK = (1n << 64n) - 1n;
const SEED_A = 0x9e3779b97f4a7c15n;
const SEED_B = 0xc2b2ae3d27d4eb4fn;
const PRIME_A = 0x9fb21c651e98df25n;
const PRIME_B = 0xd6e8feb86659fd93n;

function rotl(h: bigint, r: bigint): bigint {
  return ((h << r) | (h >> (64n - r))) & MASK;
}

function avalanche(h: bigint): bigint {
  h = ((h ^ (h >> 33n)) * 0xc2b2ae3d27d4eb4fn) & MASK;
  h = ((h ^ (h >> 29n)) * 0x165667b19e3779f9n) & MASK;
  return h ^ (h >> 32n);
}

/** The 128 bits as four 32-bit words, low first: lane one's low and high word, then lane two's. */
export function fingerprintHash(bytes: Uint8Array): Int32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let a = SEED_A;
  let b = SEED_B ^ BigInt(bytes.length);
  const step = (w: bigint): void => {
    a = (rotl(a ^ w, 29n) * PRIME_A) & MASK;
    b = (rotl((b + w) & MASK, 37n) * PRIME_B) & MASK;
  };
  let p = 0;
  for (; p + 8 <= bytes.length; p += 8) step(view.getBigUint64(p, true));
  let tail = 0n;
  for (let shift = 0n; p < bytes.length; p++, shift += 8n) tail |= BigInt(bytes[p]!) << shift;
  step(tail);
  const words = new Int32Array(4);
  const [ha, hb] = [avalanche(a), avalanche(b)];
  words[0] = Number(BigInt.asIntN(32, ha));
  words[1] = Number(BigInt.asIntN(32, ha >> 32n));
  words[2] = Number(BigInt.asIntN(32, hb));
  words[3] = Number(BigInt.asIntN(32, hb >> 32n));
  return words;
}

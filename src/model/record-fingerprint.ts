import { hashBytes, hashBytesIn, hashText } from '../input/byte-scan.js';
import { fingerprintHash } from './fingerprint-hash.js';

/**
 * The fingerprint of a record's JSON text, for exact-duplicate detection: a 128-bit hash of its UTF-8 bytes
 * (byte-scan.wat says which), as a string of eight UTF-16 code units, 16 bits each. Two different records of an
 * export share one by chance only, about 2^-128 a pair: over a billion records, ~10^-21. The hash is not a
 * cryptographic one: it is there to tell Azure's own copies of a record apart from other records, not to stand
 * up to text made to collide (whose cost would be one record counted as a duplicate). It replaced SHA-1, which
 * took ~0.8 µs a record of the ~0.2 µs this takes where the bytes lie.
 *
 * A JSON line that is one record is hashed as its raw bytes (no re-serialising); any other record (an envelope or
 * array element, a query-API or CSV row) as JSON.stringify of the object read, which is the same text whenever
 * the line was minified JSON, as Azure Monitor writes it.
 */
export function fingerprintOf(json: string | Uint8Array): string {
  return asText(typeof json === 'string' ? (hashText(json) ?? fingerprintHash(Buffer.from(json, 'utf8'))) : (hashBytes(json) ?? fingerprintHash(json)));
}

/** fingerprintOf the bytes [start, end) of a batch (a JSON line), read where they lie. */
export function fingerprintOfLine(bytes: Uint8Array, start: number, end: number): string {
  return asText(hashBytesIn(bytes, start, end) ?? fingerprintHash(bytes.subarray(start, end)));
}

function asText(words: Int32Array): string {
  const [a, b, c, d] = words as unknown as [number, number, number, number];
  return String.fromCharCode(a & 0xffff, a >>> 16, b & 0xffff, b >>> 16, c & 0xffff, c >>> 16, d & 0xffff, d >>> 16);
}

/** The fingerprint of a record read as an object. */
export function fingerprintOfValue(value: unknown): string {
  return fingerprintOf(JSON.stringify(value));
}

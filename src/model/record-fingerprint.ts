import { hash } from 'node:crypto';

/**
 * The fingerprint of a record's JSON text, for exact-duplicate detection: SHA-1 (160 bits; the chance that two
 * different records of an export share one is nil) of the record as read. A JSON line that is one record is
 * hashed as its raw bytes (no re-serialising); any other record (an envelope or array element, a query-API or
 * CSV row) as JSON.stringify of the object read, which is the same text whenever the line was minified JSON,
 * as Azure Monitor writes it.
 */
export function fingerprintOf(json: string | Uint8Array): string {
  return hash('sha1', json, 'base64');
}

/** The fingerprint of a record read as an object. */
export function fingerprintOfValue(value: unknown): string {
  return fingerprintOf(JSON.stringify(value));
}

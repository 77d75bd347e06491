const U = 0x75;

/** The characters JSON.stringify writes after a backslash: `"` `\` b f n r t, and u (looked at further). */
const AFTER_BACKSLASH = new Uint8Array(128);
for (const c of '"\\bfnrtu') AFTER_BACKSLASH[c.charCodeAt(0)] = 1;

/** The control characters JSON.stringify writes short (\b \t \n \f \r), not as \u00XX. */
const SHORT_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/**
 * The length of the string escape at `at` (a backslash in JSON text) when it is one JSON.stringify writes: 2 for
 * `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`; 6 for `\u00XX` of another control character, in lowercase hex as it
 * writes them. 0 for any other: `\/`, `\u002B` (.NET's System.Text.Json writes `+ < > & '` so), `\u00e9` (Python's
 * json.dumps writes all of non-ASCII so), `\u001F` (uppercase), `\u000a`. Also 0 for a surrogate, `\ud83d`: a pair
 * JSON.stringify writes as the character, a lone one as this escape, but lone ones are too rare to tell apart (a
 * line taken for rewritten that is not costs a JSON.stringify, never a duplicate).
 */
export function stringifyEscapeLength(bytes: Uint8Array, at: number): number {
  const c = bytes[at + 1];
  if (c === undefined || c >= 128 || AFTER_BACKSLASH[c] === 0) return 0;
  if (c !== U) return 2;
  if (bytes[at + 2] !== 0x30 || bytes[at + 3] !== 0x30) return 0; // \u00
  const high = bytes[at + 4];
  const low = lowerHex(bytes[at + 5]);
  if ((high !== 0x30 && high !== 0x31) || low < 0) return 0; // \u0 or \u1, then a lowercase hex digit
  return SHORT_CONTROLS.has((high - 0x30) * 16 + low) ? 0 : 6;
}

/** The value of a lowercase hex digit, -1 for any other byte. */
function lowerHex(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

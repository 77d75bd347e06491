/** The encodings text is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of text from its first bytes (at least two; the more, up to 64, the surer bomlessUtf16 is): UTF-16
 * LE/BE when they start with its byte order mark, FF FE / FE FF (what Windows PowerShell redirection writes), or are
 * UTF-16 without one; else UTF-8.
 */
export function encodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return bomlessUtf16(head) ?? 'utf-8';
}

/** How many 16-bit units at the start bomlessUtf16 looks at. */
const SNIFF_UNITS = 32;

/**
 * UTF-16 without a byte order mark (Windows PowerShell's `Out-File -Encoding Unicode` on some versions, .NET's
 * `new UnicodeEncoding(false, false)`, some Windows tools): text that starts with an ASCII character (`{`, `[`, a
 * CSV header) has a NUL byte in every other place, after (LE) or before (BE) each character's. Read as UTF-8, such
 * a file was skipped as binary data, or its lines were all invalid. Known by its first units, looked at once a file:
 * the first one a character of Latin-1 (not NUL), three in four of the first 32 so (a name in another script may
 * come among them). UTF-8 text holds no NUL; NUL padding (00 00) and UTF-32 (one unit in two NUL) are not this.
 */
export function bomlessUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.min(SNIFF_UNITS, head.length >> 1);
  if (units < 2) return null;
  const le = head[0] !== 0 && head[1] === 0;
  if (!le && !(head[0] === 0 && head[1] !== 0)) return null;
  // The byte that is NUL in a Latin-1 character's unit, and the other.
  const [zero, other] = le ? [1, 0] : [0, 1];
  let latin1 = 0;
  for (let i = 0; i < units; i++) if (head[2 * i + zero] === 0 && head[2 * i + other] !== 0) latin1++;
  if (4 * latin1 < 3 * units) return null;
  return le ? 'utf-16le' : 'utf-16be';
}

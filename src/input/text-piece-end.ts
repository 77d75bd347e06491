/** The text the scanner reads at a time, at most (a longer piece only when a line is longer than this). */
export const TEXT_PIECE_BYTES = 1 << 16;
const LF = 0x0a;

/**
 * Where the piece of UTF-8 bytes from `start` that is decoded next should end: after its last LF within
 * TEXT_PIECE_BYTES; in a longer line, before an ASCII byte (never inside a character, nor inside a broken
 * sequence, which decodes the same whole or in parts). `start` itself when the bytes end first (unless `final`:
 * then the end of the bytes).
 */
export function textPieceEnd(bytes: Buffer, start: number, final: boolean): number {
  const n = bytes.length;
  const limit = Math.min(n, start + TEXT_PIECE_BYTES);
  if (limit > start) {
    const lf = bytes.lastIndexOf(LF, limit - 1);
    if (lf >= start) return lf + 1;
  }
  if (n - start <= TEXT_PIECE_BYTES) return final ? n : start;
  for (let at = limit; at > start + TEXT_PIECE_BYTES / 2; at--) if (bytes[at]! < 0x80) return at;
  // No ASCII byte in 32 KiB (not text): at least not inside a character.
  let at = limit;
  while (at > limit - 3 && (bytes[at]! & 0xc0) === 0x80) at--;
  return at;
}

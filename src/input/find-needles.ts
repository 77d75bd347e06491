import { findFolded } from './byte-scan.js';

/**
 * Where any of the needles (byte strings: a call id in its spellings) may occur in the bytes, in order. When the
 * needles differ only in the case of ASCII letters (lower, upper, as typed), one scan (byte-scan.ts) finds every
 * place where the id is in any case — `Fa11Ca5e` too, which no list of spellings holds: a GUID's case means nothing.
 * Folding also takes `@` for `` ` `` and the like; a place found is only where the record is parsed and its id read.
 */
export function findNeedles(bytes: Buffer, needles: readonly string[]): number[] {
  const spellings = needles.map((n) => Buffer.from(n, 'utf8')).filter((b) => b.length > 0);
  const folded = commonFold(spellings);
  if (folded !== null) return findFolded(bytes, folded) ?? findFoldedSlowly(bytes, folded);
  const hits: number[] = [];
  for (const spelling of spellings) {
    for (let i = bytes.indexOf(spelling); i >= 0; i = bytes.indexOf(spelling, i + 1)) hits.push(i);
  }
  return spellings.length > 1 ? hits.sort((a, b) => a - b) : hits;
}

/**
 * Whether a text (a record as JSON.stringify writes it: its escapes decoded) holds any of the needles, in any letter
 * case: findNeedles' test, for the records of a line already found to hold one (an Event Hubs envelope's).
 */
export function textHoldsNeedle(needles: readonly string[]): (text: string) => boolean {
  const lowered = [...new Set(needles.map((n) => n.toLowerCase()))].filter((n) => n.length > 0);
  return (text) => {
    const lower = text.toLowerCase();
    return lowered.some((n) => lower.includes(n));
  };
}

/** The needles with 0x20 set in every byte (ASCII letters in lower case) when that makes them all the same; else null. */
function commonFold(spellings: readonly Buffer[]): Buffer | null {
  if (spellings.length === 0) return null;
  const folded = Buffer.from(spellings[0]!.map((b) => b | 0x20));
  for (const s of spellings) {
    if (s.length !== folded.length) return null;
    for (let i = 0; i < s.length; i++) if ((s[i]! | 0x20) !== folded[i]) return null;
  }
  return folded;
}

/** findFolded's places, where it cannot scan the bytes (no WebAssembly SIMD, or bytes over its scratch space). */
function findFoldedSlowly(bytes: Buffer, folded: Buffer): number[] {
  const lowered = Buffer.allocUnsafe(bytes.length);
  for (let i = 0; i < bytes.length; i++) lowered[i] = bytes[i]! | 0x20;
  const places: number[] = [];
  for (let i = lowered.indexOf(folded); i >= 0; i = lowered.indexOf(folded, i + 1)) places.push(i);
  return places;
}

import { findFolded } from './byte-scan.js';

/**
 * Where any of the needles (byte strings: a call id in its spellings) occurs in the bytes, in order.
 * When the needles differ only in the case of ASCII letters (lower, upper, as typed), one scan finds the places
 * where any spelling may be (byte-scan.ts) and each is checked against the needles, instead of one pass a needle.
 */
export function findNeedles(bytes: Buffer, needles: readonly string[]): number[] {
  const spellings = needles.map((n) => Buffer.from(n, 'utf8')).filter((b) => b.length > 0);
  const folded = commonFold(spellings);
  const places = folded === null ? null : findFolded(bytes, folded);
  if (places !== null) return places.filter((at) => spellings.some((s) => bytes.compare(s, 0, s.length, at, at + s.length) === 0));
  const hits: number[] = [];
  for (const spelling of spellings) {
    for (let i = bytes.indexOf(spelling); i >= 0; i = bytes.indexOf(spelling, i + 1)) hits.push(i);
  }
  return spellings.length > 1 ? hits.sort((a, b) => a - b) : hits;
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

import { findFolded } from './byte-scan.js';

/**
 * Where any of the needles (byte strings: a call id in its spellings) may occur in the bytes, in order. Needles that
 * differ only in the case of ASCII letters (lower, upper, as typed) are one group, and one scan (byte-scan.ts) finds
 * every place where such a group's id is in any case — `Fa11Ca5e` too, which no list of spellings holds: a GUID's case
 * means nothing. Needles of other lengths (an id whose case changes its length, `İ` and `i̇`; a GUID's "N" form beside
 * its dashed one; a `\` escaped) are groups of their own, each scanned so. Folding also takes `@` for `` ` `` and the
 * like; a place found is only where the record is parsed and its id read.
 */
export function findNeedles(bytes: Buffer, needles: readonly string[]): number[] {
  const groups = foldGroups(needles.map((n) => Buffer.from(n, 'utf8')).filter((b) => b.length > 0));
  if (groups.length === 1) return findFolded(bytes, groups[0]!) ?? findFoldedSlowly(bytes, groups[0]!);
  const hits = new Set<number>();
  for (const folded of groups) for (const at of findFolded(bytes, folded) ?? findFoldedSlowly(bytes, folded)) hits.add(at);
  return [...hits].sort((a, b) => a - b);
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

/** The needles folded (0x20 set in every byte: ASCII letters in lower case), each fold once, in the needles' order. */
function foldGroups(spellings: readonly Buffer[]): Buffer[] {
  const groups: Buffer[] = [];
  for (const s of spellings) {
    const folded = Buffer.from(s.map((b) => b | 0x20));
    if (!groups.some((g) => g.equals(folded))) groups.push(folded);
  }
  return groups;
}

/** findFolded's places, where it cannot scan the bytes (no WebAssembly SIMD, or bytes over its scratch space). */
function findFoldedSlowly(bytes: Buffer, folded: Buffer): number[] {
  const lowered = Buffer.allocUnsafe(bytes.length);
  for (let i = 0; i < bytes.length; i++) lowered[i] = bytes[i]! | 0x20;
  const places: number[] = [];
  for (let i = lowered.indexOf(folded); i >= 0; i = lowered.indexOf(folded, i + 1)) places.push(i);
  return places;
}

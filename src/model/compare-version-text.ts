import { compareText } from './compare-text.js';

const PARTS = /\d+|\D+/g;

/** A semver-like version: numbers joined by dots, then an optional `-pre-release` and an optional `+build`. */
const SEMVER_LIKE = /^(\d+(?:\.\d+)*)(?:-([^+]*))?(?:\+.*)?$/s;

/**
 * Orders version-like texts part by part, a run of digits by its number and any other run by its text
 * (compareText): 1.3.0 before 1.9.0 before 1.10.0, where their text puts 1.10.0 first. A text that is the start of
 * another comes first (1.10 before 1.10.0). As semver says, a pre-release comes before its release
 * (1.10.0-beta.2 before 1.10.0-beta.10 before 1.10.0) and build metadata (+abc) plays no part; texts that tie so
 * far (1.01 and 1.1, 1.10.0 and 1.10.0+abc) by their text. A total order, the same on every machine: no locale, and
 * numbers of any length.
 */
export function compareVersionText(a: string, b: string): number {
  const left = versionOf(a);
  const right = versionOf(b);
  return (
    compareParts(left.release, right.release) ||
    comparePreRelease(left.preRelease, right.preRelease) ||
    compareText(a, b)
  );
}

/** A semver-like text's release and pre-release (null: none); any other text is all release. */
function versionOf(text: string): { release: string; preRelease: string | null } {
  const semver = SEMVER_LIKE.exec(text);
  if (semver === null) return { release: text, preRelease: null };
  return { release: semver[1]!, preRelease: semver[2] ?? null };
}

/** A pre-release before the release itself (null), pre-releases part by part. */
function comparePreRelease(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareParts(a, b);
}

/** Part by part, a text that is the start of another first. */
function compareParts(a: string, b: string): number {
  const left = a.match(PARTS) ?? [];
  const right = b.match(PARTS) ?? [];
  for (let i = 0; i < left.length && i < right.length; i++) {
    const x = left[i]!;
    const y = right[i]!;
    const order = isDigits(x) && isDigits(y) ? compareNumbers(x, y) : compareText(x, y);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function isDigits(part: string): boolean {
  const c = part.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Two runs of digits by the numbers they write, however long: fewer digits (past leading zeros) is smaller. */
function compareNumbers(x: string, y: string): number {
  const a = x.replace(/^0+/, '');
  const b = y.replace(/^0+/, '');
  return a.length - b.length || compareText(a, b);
}

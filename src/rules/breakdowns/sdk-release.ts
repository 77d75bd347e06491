/**
 * The release an SDK version is a build of: its first three numbers (major.minor.patch, a missing one 0, each as a
 * number: `1.1.00` is `1.1.0`), a fourth number and build metadata dropped, and a pre-release kept by its first word,
 * lower case, with a hyphen. So `1.1.00.20212500` (the CallSummary schema's example: a build a day) is `1.1.0`,
 * `1.31.2.1` is `1.31.2`, `1.30.1-beta.2` and `1.19.2.2_beta` are `1.30.1-beta` and `1.19.2-beta`. A fleet logs a
 * version a build, thousands of them; a developer asks which release to move off, and a release's builds, a few
 * streams each, are one group here. A value that does not start with a number (`Redacted`, for a participant of
 * another tenant) is as logged; not logged is null.
 */
export function sdkRelease(version: string | null): string | null {
  if (version === null) return null;
  const match = VERSION.exec(version);
  if (match === null) return version;
  const [, major, minor, patch = '0', rest = ''] = match;
  const word = PRE_RELEASE.exec(rest.replace(/\+.*$/s, ''));
  const release = `${number(major!)}.${number(minor!)}.${number(patch)}`;
  return word === null ? release : `${release}-${word[1]!.toLowerCase()}`;
}

/** major.minor, an optional .patch and .build (digits alone), then the rest. */
const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.\d+)?(?![\d])(.*)$/s;

/** A pre-release's first word after a separator: -beta.2, _beta, -rc1, -alpha.20230101. */
const PRE_RELEASE = /^[-_.~ ]?([A-Za-z]+)/;

/** A run of digits as its number, without leading zeros, however long (no float rounding). */
function number(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

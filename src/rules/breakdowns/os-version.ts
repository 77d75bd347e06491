import { osFamily } from './os-family.js';

/**
 * The OS version a CallSummary osVersion is grouped by: its family (osFamily) and major version, the release a
 * developer asks about (Windows 10 or 11, Android 12 or 14, iOS 17 or 18), not the build each device logs:
 *
 * - Windows by its build when the string carries one: `Windows 10.0.22631 Arch: x64` is Windows 11 (build 22000 and
 *   later), `Windows 10.0.19045` Windows 10; both say NT 10.0. Without a build, `Windows 11` and `Windows 10` are as
 *   written, and NT 10.0 alone (`Windows NT 10.0` of a browser, which writes it for both) is `Windows 10/11`; NT 6.1,
 *   6.2 and 6.3 are Windows 7, 8 and 8.1.
 * - Android by its first number: `Android 14.0; Manufacturer: …` is Android 14. A browser's reduced user agent
 *   (`Android 10; K`, written for every Android since 10) is `Android 10+`.
 * - iOS by its first number (`iOS 17.1`, a user agent's `iPhone OS 17_1`), or by the Darwin kernel the native SDK
 *   logs: Darwin 18 to 24 are iOS 12 to 18 (Darwin − 6), Darwin 25 is iOS 26 (Apple's numbers by year since).
 *   `iOS 18.6` and `18.7` are `iOS 18.6+`: Safari on iOS and iPadOS 26 and later writes `iPhone OS 18_6` (later
 *   `18_7`) whatever the iOS, as a Mac's writes 10_15_7; a user agent's `Version/26.1` beside it says iOS 26.
 * - macOS by its major version from 11, by major.minor before (`macOS 10.14`), or by its Darwin kernel (an x86_64
 *   build: 20 to 24 are macOS 11 to 15, 25 is 26, 19 and before are 10.15 and before). `Mac OS X 10.15.7` is
 *   `macOS 10.15.7+`: browsers write it for every macOS since 11 (the samples' one is an arm64 Mac, which 10.15
 *   never ran on), and Safari on an iPad asking for desktop sites (iPadOS's default) writes a Mac's user agent, told
 *   from one by nothing in the text: such an iPad is counted as macOS (its browser, in byBrowser, is Safari all the same).
 *
 * A family whose version is not read is its family alone (`Windows`); Linux, other and Redacted are their family (a
 * Linux's kernel version says nothing of its release); not logged is null.
 */
export function osVersionGroup(osVersion: string | null): string | null {
  const family = osFamily(osVersion);
  if (family === null || osVersion === null) return family;
  const text = osVersion.toLowerCase();
  let version: string | null = null;
  if (family === 'Windows') version = windowsVersion(text);
  else if (family === 'Android') version = androidVersion(text);
  else if (family === 'iOS') version = iosVersion(text);
  else if (family === 'macOS') version = macVersion(text);
  return version === null ? family : `${family} ${version}`;
}

/** The first Windows build of Windows 11: 10.0.22000. */
export const WINDOWS_11_BUILD = 22_000;

function windowsVersion(text: string): string | null {
  const match = /\bwindows(?: nt)? ?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
  if (match === null) return null;
  const [, major, minor, dotted] = match;
  const build = dotted ?? /\bbuild\D{0,3}(\d{4,})/.exec(text)?.[1];
  if (major === '10' && build !== undefined) return Number(build) >= WINDOWS_11_BUILD ? '11' : '10';
  if (major === '6') return { 1: '7', 2: '8', 3: '8.1' }[Number(minor)] ?? null;
  // NT 10.0, with no build to tell: Windows 10 and 11 both write it.
  if (major === '10' && minor !== undefined) return '10/11';
  return number(major!);
}

function androidVersion(text: string): string | null {
  if (/\bandroid 10; k\b/.test(text)) return '10+';
  const major = /\bandroid ?(\d+)/.exec(text)?.[1];
  return major === undefined ? null : number(major);
}

function iosVersion(text: string): string | null {
  const darwin = darwinMajor(text);
  if (darwin !== null) return darwin >= 25 ? String(darwin + 1) : darwin >= 10 ? String(darwin - 6) : null;
  const match = /\b(?:ios|ipados|iphone os|cpu os) ?(\d+)(?:[._](\d+))?/.exec(text);
  if (match === null) return null;
  const [, major, minor] = match;
  if (number(major!) !== '18' || (minor !== '6' && minor !== '7')) return number(major!);
  // Safari's own version is its iOS's: Version/26.1 with the frozen iPhone OS 18_6 is iOS 26.
  const safari = /\bversion\/(\d+)/.exec(text)?.[1];
  return safari !== undefined && Number(safari) >= 26 ? number(safari) : '18.6+';
}

function macVersion(text: string): string | null {
  const darwin = darwinMajor(text);
  if (darwin !== null) return darwin >= 25 ? String(darwin + 1) : darwin >= 20 ? String(darwin - 9) : darwin >= 5 ? `10.${darwin - 4}` : null;
  const match = /\b(?:mac ?os(?: x)?|os x) ?(\d+)(?:[._](\d+))?(?:[._](\d+))?/.exec(text);
  if (match === null) return null;
  const [, major, minor, patch] = match;
  if (major !== '10') return number(major!);
  if (minor === undefined) return null;
  return minor === '15' && patch === '7' ? '10.15.7+' : `10.${number(minor)}`;
}

/** The major version of a Darwin kernel (`Darwin Kernel Version 18.7.0: …`), null for another text. */
function darwinMajor(text: string): number | null {
  const major = /^darwin(?: kernel version)? ?(\d+)/.exec(text.trim())?.[1];
  return major === undefined ? null : Number(major);
}

/** A run of digits as its number, without leading zeros. */
function number(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

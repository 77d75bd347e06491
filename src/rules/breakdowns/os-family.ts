import { REDACTED } from '../../schema/values.js';

/** The operating-system families the fleet view groups legs by; Redacted is a leg of another tenant, whose OS ACS withholds. */
export const OS_FAMILIES = ['Windows', 'macOS', 'iOS', 'Android', 'Linux', 'other', REDACTED] as const;
export type OsFamily = (typeof OS_FAMILIES)[number];

/**
 * The family of a CallSummary osVersion, as the SDKs write it: "Windows 10.0.22631 Arch: x64",
 * "Android 14.0; Manufacturer: …", "Mac OS X 10.15.7 Arch: arm64", "Linux x86_64", an iOS device's
 * "Darwin Kernel Version 18.7.0: … RELEASE_ARM64_S5L8960X", or a browser's user agent.
 * A Darwin kernel is iOS unless it is an x86_64 build: ACS has a native SDK for iOS and none for macOS, where
 * calls come from the web SDK, whose osVersion reads "Mac OS X …". Unrecognised → other; not logged → null, shown as
 * an SDK version not logged is: other says the OS was logged and is none of these. `Redacted` (in any case) is a group
 * of its own, as the SDK version's is: ACS redacts the SDK and OS versions of a participant of another tenant (a Teams
 * user in the app's call), a population the app's developer does not ship to, which other would have mixed with
 * unrecognised OSes of their own users (ChromeOS, a console).
 */
export function osFamily(osVersion: string | null): OsFamily | null {
  if (osVersion === null) return null;
  const text = osVersion.toLowerCase();
  if (text.trim() === 'redacted') return REDACTED;
  // Order matters: iPhone user agents say "like Mac OS X", Android ones say "Linux".
  if (/\b(iphone|ipad|ipod|ios|ipados)\b/.test(text)) return 'iOS';
  if (text.startsWith('darwin')) return /x86_64/.test(text) ? 'macOS' : 'iOS';
  if (/\bandroid\b/.test(text)) return 'Android';
  if (/\b(windows|win32|win64)\b/.test(text)) return 'Windows';
  if (/\b(mac ?os|macintosh|os x)\b/.test(text)) return 'macOS';
  if (/\b(linux|ubuntu|debian|fedora|x11)\b/.test(text)) return 'Linux';
  return 'other';
}

import { createHash } from 'node:crypto';
import { REDACTED } from '../schema/values.js';
import { maskAddressesInText } from './address-mask.js';
import { maskPhoneNumbersInText, PHONE_IDENTIFIER_KIND } from './phone-in-text.js';
import { maskPhoneNumber } from './phone-mask.js';

/**
 * What --redact makes of the personal data the logs carry (redact-call.ts applies it): a phone number masked
 * (phone-mask.ts), a user's id a pseudonym, a device's model dropped from its OS and user agent. Ids of calls, legs,
 * endpoints and clients are kept: random per call, leg or client, they are what support asks for.
 */

/**
 * A user's pseudonym: `…` and 8 hex digits of a SHA-256 of the id's own part (after its kind, in lower case), so the
 * same user reads the same in a report, in every report, and in a Teams thread id that holds their id. Not salted: the
 * ids hashed are GUIDs or hold one (Entra object ids, ACS user ids), which no one enumerates, and 8 digits leave any
 * one of them many namesakes among the ids that could be; whoever holds a list of the real ids to hash holds the logs.
 */
export function pseudonym(id: string): string {
  return `…${createHash('sha256').update(`acs-calllogs redact\u0000${id.toLowerCase()}`).digest('hex').slice(0, 8)}`;
}

const GUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i;
/** A raw id's kind: `8:acs:`, `8:orgid:`, `8:teamsvisitor:`, `acs:`, `28:`, `4:` (a phone number); none for a bare Entra object id. */
const KIND = /^(?:\d+:)?(?:[a-z][a-z0-9-]*:)?/i;
const PHONE = /^4:(\+?[\d ().-]{3,24})$/;
/** A bot's or a Teams voice app's id: an application's, not a person's, kept. */
const APPLICATION = /^28:/;

/**
 * A leg's identifier redacted: a phone number masked (`4:+44…50`); a bot's kept; `Redacted` kept; a user's id its
 * kind and pseudonym (`8:acs:…3f2a9c1b`) when it holds a GUID, else its kind alone (`8:x:…`): a text that holds
 * no GUID may be a name, which a hash would not hide.
 */
export function redactIdentifier(identifier: string): string {
  if (identifier === REDACTED || APPLICATION.test(identifier)) return identifier;
  const phone = PHONE.exec(identifier);
  if (phone !== null) return `4:${maskPhoneNumber(phone[1]!)}`;
  const kind = KIND.exec(identifier)![0];
  const own = identifier.slice(kind.length);
  return `${kind}${GUID.test(own) ? pseudonym(own) : '…'}`;
}

/** `Manufacturer: samsung`, `Model: SM-S928B`, …: what the Android SDK writes after the OS in osVersion. */
const DEVICE_FIELD = /;\s*(?:manufacturer|brand|product|model|device|hardware)\s*:[^;]*/gi;
/** An Android user agent's device, after its version (`Android 14; samsung SM-S928B`, `Android 11; SM-G998B Build/RP1A…`). */
const ANDROID_DEVICE = /(\bAndroid[ /]?[\d.]*;)\s*[^;)]+/gi;
/** A device's build, which names its model (`LG-L160L Build/IML74K`). */
const BUILD = /;\s*[^;()]*\bBuild\/[^;)]*/g;
/** An Apple device's model as a native SDK writes it (`iPhone15,2`). */
const APPLE_MODEL = /\b(?:iPhone|iPad|iPod|Watch|AppleTV)\d+,\d+\b/g;
/** The web SDK's `#clientTag:<guid>`, which the quick starts make one per user. */
const CLIENT_TAG = /(#clientTag:)(?!…)([^;)\s]+)/gi;

/**
 * A CallSummary osVersion without the device: `Android 14.0; Manufacturer: samsung; Product: e3qxxx; Model: SM-S928B;
 * Hardware: qcom` is `Android 14.0`. The OS and its version are kept: the fleet view groups by them, and they are what
 * the SDK's maintainers ask first; a device's model, with a time and a tenant, narrows who was on the call.
 */
export function redactOsVersion(osVersion: string): string {
  return redactDevice(osVersion.replace(DEVICE_FIELD, ''));
}

/**
 * A client's user agent without its device and its app's per-user tag: `(Android 14; samsung SM-S928B)` is
 * `(Android 14; …)`, `#clientTag:904f667c-…` is `#clientTag:…5d0e7a21`; the SDK, browser and OS with their versions
 * are kept (the browser's group in the fleet view is the same).
 */
export function redactUserAgent(userAgent: string): string {
  return redactDevice(userAgent).replace(CLIENT_TAG, (_, tag: string, value: string) => `${tag}${GUID.test(value) ? pseudonym(value) : '…'}`);
}

function redactDevice(text: string): string {
  return text.replace(ANDROID_DEVICE, (whole, android: string) => (/;\s*(?:K|…)$/.test(whole) ? whole : `${android} …`)).replace(BUILD, '; …').replace(APPLE_MODEL, '…');
}

/** A user's id in free text, by its kind: `8:acs:…`, `acs:…`, `8:orgid:…`, `8:teamsvisitor:…`, `8:gcch:…`, `8:dod:…`. */
const USER_ID_IN_TEXT = /(?<![\w:])((?:8:)?(?:acs|orgid|teamsvisitor|gcch|dod|gcch-acs|dod-acs):)([\w-]+)/gi;
/** A one-to-one chat's Teams thread id holds both users' Entra object ids: `19:<oid>_<oid>@unq.gbl.spaces`. */
const CHAT_THREAD = /\b19:([0-9a-f-]{32,36})_([0-9a-f-]{32,36})(@unq\.gbl\.spaces)/gi;

/**
 * What every text that holds something to redact holds: a `+` (a URL's `%2B`) or `4:` of a number, an id's or a scheme's kind
 * (`acs:`, `tel:`, `sip:`), an address's `@` (a URL's `%40`). A time (`2026-11-20T08:31:07.220Z`), of which summarize's document holds
 * one a call, has none: one test, not every pattern's (and most texts, ids, have no `:`, `+` or `@`: a quicker one).
 */
const MAY_HOLD_ANY = new RegExp(String.raw`[+@]|[a-z]:|${PHONE_IDENTIFIER_KIND}|%2b|%40`, 'i');

/**
 * A free text (an operation's payload's strings, a Teams thread id, summarize's document) with the phone numbers
 * (phone-in-text.ts), user ids and addresses (address-mask.ts) it holds redacted, the ids as a leg's identifier is:
 * the same user has the same pseudonym in both.
 */
export function redactText(text: string): string {
  if (!/[:+@%]/.test(text) || !MAY_HOLD_ANY.test(text)) return text;
  const redacted = maskPhoneNumbersInText(text)
    .replace(USER_ID_IN_TEXT, (whole: string) => redactIdentifier(whole))
    .replace(CHAT_THREAD, (_, a: string, b: string, end: string) => `19:${pseudonym(a)}_${pseudonym(b)}${end}`);
  // After the chat thread: its users' ids are hashed there, the thread kept.
  return maskAddressesInText(redacted);
}

/** Keys of an operation's payload whose value is a person's whatever it reads. */
const PERSONAL_KEY_NAMES = '(?:display_?name|user_?name|user_?principal_?name|upn|e_?mail(?:_?address)?|phone(?:_?number)?|ip(?:_?address)?|(?:local|remote)_?address)';
const PERSONAL_KEY = new RegExp(`^${PERSONAL_KEY_NAMES}$`, 'i');
/**
 * A personal key's string value in a payload kept as text (not JSON: cut short by a column's limit, or nested too
 * deeply to show), its closing quote missing when the text ends inside it.
 */
const PERSONAL_KEY_IN_TEXT = new RegExp(`("${PERSONAL_KEY_NAMES}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*(?:"|$)`, 'gi');

/** A string of a JSON value redacted: as free text, and, if it is a payload kept as text, the values of its personal keys hidden. */
function redactString(text: string): string {
  return redactText(text.includes('"') ? text.replace(PERSONAL_KEY_IN_TEXT, '$1"…"') : text);
}

/**
 * A JSON value (an operation's payload, summarize's document) with every string redacted (redactText), and the values
 * of personal keys (displayName, email, ipAddress…) hidden. What holds nothing to redact is the value itself, not a
 * copy: summarize's document of 100,000 calls, whose strings are ids and times, was copied whole, 4 s of a run.
 */
export function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item: unknown, index) => {
      const redacted = redactJson(item);
      if (redacted !== item) (copy ??= [...value])[index] = redacted;
    });
    return copy ?? value;
  }
  const entries = Object.entries(value);
  const redacted = entries.map(([key, v]) => (PERSONAL_KEY.test(key) && v !== null ? '…' : redactJson(v)));
  if (redacted.every((v, index) => v === entries[index]![1])) return value;
  // fromEntries: a payload's own `__proto__` key stays a key, as JSON.parse made it.
  return Object.fromEntries(entries.map(([key], index) => [key, redacted[index]]));
}

import { remembered } from './remembered.js';

/**
 * Value quirks of real exports, in one place: numbers arrive as numbers or strings ("82", "3.146336E-05", "0,25"
 * from a sheet saved in a locale with a decimal comma),
 * absence as null, "", "null" or "None" (az CLI), ids with stray white space, and "Redacted" for
 * cross-tenant participants (kept as the value: it means something different from absent; in a number's field, in
 * any case, it is no number not read).
 */

export const REDACTED = 'Redacted';

/** The texts that mean absent, in lower case, once trimmed. */
export const ABSENT_TEXTS: ReadonlySet<string> = new Set(['', 'null', 'none', 'undefined']);

export function isAbsent(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  // Hot path (every field of every record): ids and numbers are never absent, so skip the allocations.
  if (typeof value === 'string') {
    if (value.length === 0) return true;
    // Every absent spelling starts with n, u or white space: any other printable ASCII start is present, at no cost.
    const first = value.charCodeAt(0);
    if (first > 0x20 && first < 0x80 && (first | 0x20) !== 0x6e && (first | 0x20) !== 0x75) return false;
    return value.length <= 16 && ABSENT_TEXTS.has(value.trim().toLowerCase());
  }
  return false;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xfeff;
}

/** A trimmed string, or null when absent. Numbers and booleans become their text. */
export function toText(value: unknown): string | null {
  if (isAbsent(value)) return null;
  if (typeof value === 'string') {
    return isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)) ? value.trim() : value;
  }
  // A number past a double's range (1e309) is Infinity once parsed, which is not what the log says: not read.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * How a value not read is quoted in a warning: its text, or for a number past a double's range (1e309, read as
 * Infinity by JSON.parse, its digits lost) what it is past.
 */
export function unreadText(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? '> 1.8e308' : '< -1.8e308';
  return toText(value) ?? String(value);
}

/** A GUID in any case (toCallId writes it in lower case). */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPPER_HEX = /[A-F]/;

/**
 * A call's id: its text (a number's too), null for an object, array or boolean (a field of the wrong type is absent,
 * and a record without its call id is invalid). A GUID is in lower case, as RFC 9562 writes it: its case means
 * nothing, so `FA11CA5E-…` in one table and `fa11ca5e-…` in another are one call.
 */
export function toCallId(value: unknown): string | null {
  if (typeof value === 'object' || typeof value === 'boolean') return null;
  return inLowerCaseIfGuid(toText(value));
}

/**
 * A leg's id (participantId, endpointId) as toText reads it, a GUID in lower case as a call id is: an iOS client
 * writes its ParticipantId as Apple prints UUIDs (`9D64FEF3-…`) where the service's CallSummary has `9d64fef3-…`,
 * and the two are one leg, not two legs of one call that `call 9d64fef3` found ambiguous.
 */
export function toLegId(value: unknown): string | null {
  return inLowerCaseIfGuid(toText(value));
}

function inLowerCaseIfGuid(text: string | null): string | null {
  return text !== null && UPPER_HEX.test(text) && GUID.test(text) ? text.toLowerCase() : text;
}

/**
 * Decimal notation, which toNumber reads first (after trimming) in a log's values; the KQL reads it so. Number() alone
 * would also take "0x10" and "Infinity". Flags and the config file take the narrower JSON grammar
 * (config/written-number.ts): a log is read as exports write it, a setting as the README says to write it.
 */
export const DECIMAL_NOTATION = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** DECIMAL_NOTATION read by hand: numbers are most of the fields of a record. */
function isDecimal(s: string): boolean {
  const intStart = afterSign(s, 0);
  let i = afterDigits(s, intStart);
  let digitCount = i - intStart;
  if (i < s.length && s.charCodeAt(i) === 0x2e) {
    const fracStart = i + 1;
    i = afterDigits(s, fracStart);
    digitCount += i - fracStart;
  }
  if (digitCount === 0) return false;
  return exponentEndsAt(s, i);
}

/** Whether s ends at i, or with an exponent (e, a sign, digits) from i. */
function exponentEndsAt(s: string, i: number): boolean {
  if (i < s.length && (s.charCodeAt(i) | 0x20) === 0x65) {
    const expStart = afterSign(s, i + 1);
    i = afterDigits(s, expStart);
    if (i === expStart) return false;
  }
  return i === s.length;
}

/** Where s goes on after a '+' or '-' at i (i itself when there is none). */
function afterSign(s: string, i: number): number {
  return i < s.length && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d) ? i + 1 : i;
}

/** Where the run of ASCII digits that starts at i ends. */
function afterDigits(s: string, i: number): number {
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The finite number a trimmed text in decimal notation writes; null for any other text. */
function decimalValue(t: string): number | null {
  if (!isDecimal(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * A decimal comma, as a sheet saved in a German, French, … locale writes numbers ("0,25", "600,5", "3,15E-05"):
 * digits, one comma, digits, maybe signed, maybe an exponent. Not one that may be a thousands separator: a first
 * group of 1 to 3 digits not starting with 0, then exactly 3 digits and no exponent ("1,000", "7,200" are 1000 and
 * 7200 in en-US, 1 and 7.2 in de): that is no number, and is counted as not read. Null for any other text.
 */
function decimalCommaValue(s: string): number | null {
  const intStart = afterSign(s, 0);
  const comma = afterDigits(s, intStart);
  const intDigits = comma - intStart;
  if (intDigits === 0 || comma === s.length || s.charCodeAt(comma) !== 0x2c) return null;
  const fracStart = comma + 1;
  const i = afterDigits(s, fracStart);
  const fracDigits = i - fracStart;
  if (fracDigits === 0 || !exponentEndsAt(s, i)) return null;
  const grouping = intDigits <= 3 && s.charCodeAt(intStart) !== 0x30 && fracDigits === 3 && i === s.length;
  if (grouping) return null;
  const value = Number(`${s.slice(0, comma)}.${s.slice(fracStart)}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * A finite number, or null when absent or not a number. Accepts "82", " 82 ", "3.146336E-05", and a decimal comma
 * that cannot be a thousands separator ("0,25"; see decimalCommaValue). The plain forms are tried first, and cost
 * what they cost before: the comma only once they fail.
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const whole = wholeNumberOf(value);
    if (whole >= 0) return whole;
  }
  if (isAbsent(value) || typeof value !== 'string') return null;
  const text = value.trim();
  return decimalValue(text) ?? decimalCommaValue(text);
}

/**
 * A value present that toNumber does not read: one to count as not read (an object, "abc", "1,000", "15%"). Not
 * "Redacted", which Azure writes in place of what a tenant may not see: withheld on purpose, not misread. Called only
 * for a value that was not read as a number: a number read costs nothing here.
 */
export function isUnreadNumber(value: unknown, read: number | null): boolean {
  return read === null && value !== undefined && !isAbsent(value) && !isRedacted(value);
}

/** "Redacted" in any case, trimmed, as the absent spellings are read ("null", "None": isAbsent). */
function isRedacted(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 16 && value.trim().toLowerCase() === REDACTED_LOWER;
}
const REDACTED_LOWER = REDACTED.toLowerCase();

/** Longer than any call (a Teams meeting ends at 30 hours): a duration past it is an error of the log (value-ranges.ts). */
export const MAX_DURATION_SECONDS = 31 * 24 * 3600;

/**
 * The value of a text of 1 to 15 digits and nothing else ("82", "290": most numbers of a record), read as it is
 * scanned; -1 for any other text. Fifteen digits are exact in a double, so this is what Number() would give.
 */
function wholeNumberOf(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const digit = s.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A reader of a column whose values are a few known words logged in any case: each known word in one spelling, so
 * that a breakdown has one row for it, not one for each spelling; another value is kept as logged.
 */
function oneSpellingOf(words: readonly string[]): (value: unknown) => string | null {
  const spellings = new Map(words.map((t) => [t.toLowerCase(), t]));
  // What each text met is read as, so that the usual few spellings are not lowered again for every record (one new
  // string each, three a stream).
  const read = remembered((text) => spellings.get(text.toLowerCase()) ?? text, SPELLINGS_KEPT);
  return (value) => {
    const text = toText(value);
    return text === null ? null : read(text);
  };
}

/** Texts whose reading oneSpellingOf keeps, a column. */
const SPELLINGS_KEPT = 256;

/** endpointType is spelled VoIP or VOIP, Bot or BOT. */
export const toEndpointType = oneSpellingOf(['VoIP', 'PSTN', 'Bot', 'Server', 'Voicemail', 'Anonymous', 'Unknown']);

export const toMediaType = oneSpellingOf(['Audio', 'Video', 'VBSS', 'AppSharing']);

/**
 * The result categories of a leg as the CallSummary schema documents them ("它可以是以下 4 个值之一: Success、
 * ExpectedError、UnexpectedClientError、UnexpectedServerError"), spelled exactly so; the call-end code table uses the
 * same words. The unexpected ones are failures (decode-end-reason.ts).
 */
export const RESULT_CATEGORIES = ['Success', 'ExpectedError', 'UnexpectedClientError', 'UnexpectedServerError'] as const;
export const UNEXPECTED_RESULT_CATEGORIES: readonly string[] = ['UnexpectedClientError', 'UnexpectedServerError'];

/**
 * ResultCategory in its documented spelling, however a log cases it (`unexpectedClientError`, `SUCCESS`), so that a
 * leg's JSON, its failed-leg entry, its breakdown row and the kql query agree on one word; another value is kept as
 * logged.
 */
export const toResultCategory = oneSpellingOf(RESULT_CATEGORIES);

/** transportType is logged UDP, TCP or Unrecognized (the table reference), and by some clients in another case. */
export const toTransportType = oneSpellingOf(['UDP', 'TCP', 'Unrecognized']);

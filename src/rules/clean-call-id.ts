import { decodeVisibleId } from '../schema/visible-id.js';
import { visibleText, withoutRunnerSpaces } from '../schema/visible-text.js';

/**
 * A call id as typed or pasted from a ticket, Teams or Outlook, read as what it names. Rich text brings what no log
 * holds: characters that show as nothing (a zero-width space, a byte order mark, bidi marks), typographic quotes
 * around it (and Markdown's emphasis, an ellipsis where it was cut short), an en dash or a minus sign where a GUID
 * has `-` (word processors "correct" hyphens), and GUIDs written as other tools write them (`341acde78aa5…`, .NET's
 * "N" format; `urn:uuid:341acde7-…`, RFC 9562's URN; `%7B341acde7-…%7D`, a URL's).
 *
 * The id is cleaned as the terminal shows it (visibleText, what the reports write log text through: what shows as
 * nothing is removed), so that an error never names an id that looks like the one it suggests; then it is unwrapped
 * (quotes, brackets, a sentence's end). What could be part of a real id is changed only when the result is then a
 * GUID, or the start of one: other dashes, the zero-width joiners (which emoji need) and the other format characters
 * (Unicode's Cf) may be letters of an id that is no GUID (`call–2024` is left as typed), while a GUID's letters are
 * hex digits and `-`, nothing else. A name a report gives a call (visible-id.ts: `a\u0001b`) is read back as its id.
 */
export function callIdSpellings(typed: string): string[] {
  const unwrapped = unwrapQuery(visibleText(typed));
  const typedGuid = asGuid(unwrapped);
  const guid = typedGuid ?? percentDecodedGuid(unwrapped);
  // The "N" form as typed is a spelling too: a log that writes its ids so (toCallId keeps them) is found by it.
  const spellings = guid === null ? [unwrapped] : guid.plain !== null ? [guid.id, guid.plain] : [guid.id];
  // A GUID read from its percent escapes: the text as typed is a spelling too, after it (an id may hold `%` itself).
  if (typedGuid === null && guid !== null) spellings.push(unwrapped);
  // An id that is no GUID may hold what looks like wrapping (`(paren-call-01)`, `{lab-7}`): as shown, trimmed, it is
  // a spelling too, after the unwrapped one, so that every id the reports show can be asked for as shown.
  const shown = visibleText(typed).trim();
  if (guid === null && shown !== '' && !spellings.includes(shown)) spellings.push(shown);
  // An id with `##[` or a leading `::` is shown with a space in them (safeText: no CI runner takes it for a command).
  const unspaced = guid === null ? withoutRunnerSpaces(shown) : shown;
  if (unspaced !== shown && !spellings.includes(unspaced)) spellings.push(unspaced);
  // An id the reports name with `\u` escapes (visible-id.ts: `a\u0001b`, `\u200bcall-7`, `tab\u0009id`, a backslash
  // doubled before one) is asked for by that name: each spelling with a `\\` or a `\uXXXX` is read back as an id, and
  // those come first, since the text is the name of that id: of an id that holds the text itself, as a log may (`a\u0001b`
  // typed in it), the name is `a\\u0001b`. A GUID has no backslash. Its length as typed counts toward the 8 of a prefix
  // (isUsableQuery): the table cuts a name so (`\u200bca`), and a prefix of it is the start of the id read back.
  const decoded = spellings.map(decodeVisibleId).filter((id) => !spellings.includes(id));
  spellings.unshift(...new Set(decoded));
  // And, last, the id as typed when it holds control characters: no paste brings them, so they were meant (an id
  // copied from the JSON report by a script, of a log whose ids hold them), and its exact id still finds its call.
  const asTyped = unwrapQuery(typed);
  if (CONTROL_CHARACTER.test(asTyped) && !spellings.includes(asTyped)) spellings.push(asTyped);
  return spellings;
}

/**
 * The GUIDs a pasted text holds when it is no id itself: `correlationId: 2aaed7ee-…`, `Call ID = {…}`, a portal or
 * troubleshooting URL with the GUID in its path or query string (its percent escapes decoded), a log line
 * (`"correlationId": "…",`). Each GUID once (in any case), as first written, in the order written. A GUID is taken
 * whole only (8-4-4-4-12 hex digits, no letter, digit or `-` on either side: never a run of hex digits cut in two, nor
 * a GUID split by spaces, put together). Empty when the text, cleaned (callIdSpellings), is a GUID or the start of one:
 * its spellings are then the id. `call` tries the text as typed first, and the GUID only when the text finds nothing.
 */
export function guidsInText(typed: string): string[] {
  const unwrapped = unwrapQuery(visibleText(typed));
  if (asGuid(unwrapped) !== null || percentDecodedGuid(unwrapped) !== null) return [];
  // Each run of escapes decoded on its own: one that is not UTF-8 (or a `%` of the text's own) is left as pasted.
  const text = visibleText(typed).replace(PERCENT_ESCAPES, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  const found = new Map<string, string>();
  for (const [guid] of text.replace(FORMAT_CHARACTERS, '').replace(DASH_LOOK_ALIKES, '-').matchAll(GUID_IN_TEXT)) {
    if (!found.has(guid.toLowerCase())) found.set(guid.toLowerCase(), guid);
  }
  return [...found.values()];
}

/** A whole GUID within a text: no letter, digit or `-` right before or after it. */
const GUID_IN_TEXT = /(?<![\p{L}\p{N}-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}-])/giu;

/** The id as it is matched: its first spelling (callIdSpellings). */
export function cleanCallId(typed: string): string {
  return callIdSpellings(typed)[0]!;
}

/**
 * What a pasted id may be wrapped in: `{GUID}` (the registry's and .NET's "B" format), straight, typographic and
 * angle quotes, brackets, backticks, Markdown's emphasis (`**…**`, `_…_`), a sentence's end, and an ellipsis (`…` or
 * `...`) where a UI or a ticket cut the id short: what is left is then its start, matched as a prefix.
 */
const WRAPPING = /^[\s{(["'<‹«`“”„‟‘’‚‛*_]+|[\s})\]"'>›»`“”„‟‘’‚‛.,;:*_…]+$/g;

/**
 * Whether the id as pasted (in quotes or emphasis or not) starts with an ellipsis, `…539cb9f7a904` or
 * `...539cb9f7a904`: what a UI that cuts an id at its start leaves, its end. Ids are found by their start, so it is
 * not unwrapped as a trailing one is (what is left would be matched as a start it is not): `call` says so when no call
 * has it. An id whose own spelling starts so is still found by it.
 */
export function startsWithEllipsis(typed: string): boolean {
  return /^(?:…|\.\.\.)/.test(unwrapQuery(visibleText(typed)));
}

/** The id without what wraps it. */
function unwrapQuery(query: string): string {
  return query.replace(WRAPPING, '');
}

/** C0 and C1 control characters and DEL: what a terminal acts on, and no rich text pastes. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Hyphens, dashes and minus signs that rich text writes for `-`: U+2010–2015, U+2212, U+FE58, U+FE63, U+FF0D. */
const DASH_LOOK_ALIKES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const URN = /^urn:uuid:/i;
/** A GUID without its dashes ("N" form), or the start of one longer than its first group (`a60ad5d9ceeb`). */
const PLAIN_GUID = /^[0-9a-f]{9,32}$/i;
/** Where a GUID has its dashes (8-4-4-4-12). */
const DASHES_AT = new Set([8, 13, 18, 23]);

/**
 * The id read as a GUID or the start of one (at least one character): `id` with `-` for its look-alikes and without
 * format characters or a `urn:uuid:`, in the case typed (a prefix of 8 hex digits may be the start of an id that is
 * no GUID, whose case counts: matchCallId tries it as typed first); an "N" form, whole or past its first 8 digits,
 * in lower case with its dashes (`plain` is then as typed, in lower case). Null when it is not one.
 */
function asGuid(unwrapped: string): { id: string; plain: string | null } | null {
  const bare = unwrapped.replace(FORMAT_CHARACTERS, '').replace(DASH_LOOK_ALIKES, '-').replace(URN, '');
  if (PLAIN_GUID.test(bare)) {
    const h = bare.toLowerCase();
    const groups = [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].filter((g) => g !== '');
    return { id: groups.join('-'), plain: h };
  }
  return isGuidStart(bare) ? { id: bare, plain: null } : null;
}

/**
 * The id read as a GUID once its percent escapes are decoded: a GUID copied from a URL, a portal link or a query
 * string (`%7Ba60ad5d9-…%7D`, `a60ad5d9%2Dceeb…`, `…%20`), which no log writes so. Only when the decoded text, cleaned
 * and unwrapped as a pasted id is, is a GUID or the start of one: an id that is no GUID may hold `%` as its own letter.
 * Null otherwise (no escape, one that is not UTF-8, or not a GUID once decoded).
 */
function percentDecodedGuid(unwrapped: string): { id: string; plain: string | null } | null {
  if (!PERCENT_ESCAPE.test(unwrapped)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(unwrapped);
  } catch {
    return null;
  }
  return asGuid(unwrapQuery(visibleText(decoded)));
}

const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;
const PERCENT_ESCAPES = /(?:%[0-9a-f]{2})+/gi;

/** Whether the text is a GUID (8-4-4-4-12 hex digits) or the start of one. */
function isGuidStart(text: string): boolean {
  if (text.length === 0 || text.length > 36) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok = DASHES_AT.has(i) ? c === 0x2d : (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
    if (!ok) return false;
  }
  return true;
}

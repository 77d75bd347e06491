import type { Call } from '../model/call.js';
import { compareText } from '../model/compare-text.js';

/**
 * A Teams thread id, as a ticket about a Teams meeting gives it: `19:meeting_…@thread.v2` (a meeting's), a channel's
 * `…@thread.tacv2` or `…@thread.skype`, on its own or in a meeting link, where it is percent-encoded
 * (`https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…`: the link's other GUIDs are the
 * tenant's and the organiser's, no call's). The calls of that meeting log it as their legs' `teamsThreadId`.
 */
const THREAD_ID = /19:[\w.=-]+@thread\.(?:v2|tacv2|skype)(?![\w.])/i;

/**
 * The Teams thread id a typed or pasted text holds (decoded from a link's `%3a`/`%40`), or null. A link wrapped in
 * another, as Outlook's Safe Links wraps every link of a mail (`…safelinks.protection.outlook.com/?url=…19%253ameeting_
 * …%2540thread.v2…`), is encoded once more (`%25` is `%`): unwrapped a few times first.
 */
export function threadIdIn(typed: string): string | null {
  let unwrapped = typed;
  for (let i = 0; i < 3 && /%25/i.test(unwrapped); i++) unwrapped = unwrapped.replace(/%25/gi, '%');
  const decoded = unwrapped.replace(/%3a/gi, ':').replace(/%40/gi, '@');
  return THREAD_ID.exec(decoded)?.[0] ?? null;
}

/** A call that logs the thread: its id and start (epoch ms, null when not logged), to be named in a list. */
export interface ThreadCall {
  callId: string;
  startTime: number | null;
}

/**
 * The calls whose legs log `thread` as their `teamsThreadId` (a meeting's thread is its own: it names no call's id,
 * but each time the meeting is held, or a call joins it, a call of its own), earliest first. Matched as written,
 * else in any case (the search found its records in any case).
 */
export function callsOfThread(thread: string, calls: readonly Call[]): ThreadCall[] {
  const logs = (c: Call, same: (a: string) => boolean) => c.legs.some((l) => l.teamsThreadId !== null && same(l.teamsThreadId)) || (c.teamsThreadId !== null && same(c.teamsThreadId));
  let matched = calls.filter((c) => logs(c, (t) => t === thread));
  if (matched.length === 0) matched = calls.filter((c) => logs(c, (t) => t.toLowerCase() === thread.toLowerCase()));
  return matched
    .map((c) => ({ callId: c.correlationId, startTime: c.startTime }))
    .sort((a, b) => (a.startTime ?? Infinity) - (b.startTime ?? Infinity) || compareText(a.callId, b.callId));
}

import { formatIsoTime, plural } from './format-values.js';
import type { SummaryDocument } from './summary-document.js';

// Which calls a summary report covers, in the words the table and Markdown reports share.

/**
 * "… 12 more calls not shown (--limit 5); the totals count them" when the listing leaves calls out; null otherwise.
 * `listedNotShown`: the calls listed that the report shows no row for all the same (Markdown's list is of poor calls
 * and calls with a failed leg), counted too, so that the calls shown and the line add up to the totals.
 */
export function notListedLine(doc: SummaryDocument, listedNotShown = 0): string | null {
  const l = doc.listing;
  if (!l || l.notListed === 0) return null;
  const why = [l.onlyPoor ? '--only-poor' : '', l.limit !== null ? `--limit ${l.limit}` : ''].filter(Boolean).join(', ');
  return `… ${plural(l.notListed + listedNotShown, 'more call')} not shown (${why}); the totals count them`;
}

/**
 * "Calls that started 2026-11-20 09:00:00 → 2026-11-20 10:00:00 UTC; left out: 3 outside, 1 without a CallStartTime"
 * when a window is set; null otherwise.
 */
export function windowLine(doc: SummaryDocument): string | null {
  const s = doc.selection;
  if (!s || (s.since === null && s.until === null)) return null;
  const left = [`${s.callsOutside} outside`];
  if (s.callsWithoutStartTime) left.push(`${s.callsWithoutStartTime} without a CallStartTime`);
  return `Calls that started ${boundText(s.since)} → ${boundText(s.until)} UTC; left out: ${left.join(', ')}`;
}

/**
 * "warning: 3 calls without a CallStartTime left out of the window (1 poor, 2 of unknown quality); run without
 * --since/--until to judge them", for stderr whatever the format: a CI job that reads JUnit or JSON sees no window
 * line, and its gates never saw these calls. null when the window left none out for that.
 */
export function withoutStartTimeWarning(doc: SummaryDocument): string | null {
  const s = doc.selection;
  if (!s || s.callsWithoutStartTime === 0) return null;
  const n = s.callsWithoutStartTime;
  const good = n - s.callsWithoutStartTimePoor - s.callsWithoutStartTimeUnknown;
  const kinds = [
    s.callsWithoutStartTimePoor > 0 ? `${s.callsWithoutStartTimePoor} poor` : '',
    s.callsWithoutStartTimeUnknown > 0 ? `${s.callsWithoutStartTimeUnknown} of unknown quality` : '',
    good > 0 ? `${good} good` : '',
  ].filter(Boolean);
  return `warning: ${plural(n, 'call')} without a CallStartTime left out of the window (${kinds.join(', ')}); run without --since/--until to judge ${n === 1 ? 'it' : 'them'}`;
}

/**
 * "warning: no call started in the window 2026-11-29 18:24:50 → … UTC (8 calls outside it); a --since/--until time
 * without a zone is UTC", for stderr whatever the format, when a window is set and no call read started in it: a CSV,
 * NDJSON or JSON report is then empty (or its gates skipped) with exit 0, and nothing else tells why — a window
 * given in local time, or logs not arrived yet. null otherwise, and when no call was outside it: the calls read all
 * lacked a CallStartTime, which their own line says (withoutStartTimeWarning), and a zone has nothing to do with it.
 */
export function emptyWindowWarning(doc: SummaryDocument): string | null {
  const said = emptyWindowText(doc);
  return said === null ? null : `warning: ${said}`;
}

/** emptyWindowWarning's words, without "warning: ": JUnit's `calls` testcase says them too (noCallListedReason). */
function emptyWindowText(doc: SummaryDocument): string | null {
  const s = doc.selection;
  if (!s || (s.since === null && s.until === null) || doc.totals.calls > 0 || s.callsOutside === 0) return null;
  return `no call started in the window ${boundText(s.since)} → ${boundText(s.until)} UTC (${plural(s.callsOutside, 'call')} outside it); a --since/--until time without a zone is UTC`;
}

/**
 * Why a report lists no call, when it lists none: the window, as stderr says it; the listing (`no call listed
 * (--only-poor): 8 calls, none poor`); or `no call read`. null when some call is listed. JUnit's `calls` testcase
 * skips with it, so that a report is never without a testcase (render-junit.ts).
 */
export function noCallListedReason(doc: SummaryDocument): string | null {
  if (doc.calls.length > 0) return null;
  // Every call read without a CallStartTime, left out by the window: said as stderr says it, not as no call read.
  const window = emptyWindowText(doc) ?? (doc.totals.calls === 0 ? (withoutStartTimeWarning(doc)?.replace(/^warning: /, '') ?? null) : null);
  if (window !== null) return window;
  const t = doc.totals;
  const l = doc.listing;
  if (t.calls === 0 || !l) return 'no call read';
  const why = [l.onlyPoor ? '--only-poor' : '', l.limit !== null ? `--limit ${l.limit}` : ''].filter(Boolean).join(', ');
  return `no call listed${why === '' ? '' : ` (${why})`}: ${plural(t.calls, 'call')}, ${t.poorCalls === 0 ? 'none' : t.poorCalls} poor`;
}

/**
 * A bound as the window line shows it: to the second as other times are, and with its milliseconds when it has any
 * (a bound of `09:00:00.001` is not `09:00:00`, and a window of 1 ms must not read as an empty one).
 */
function boundText(iso: string | null): string {
  if (iso === null) return '…';
  const ms = iso.slice(19, 23);
  return ms === '.000' || !ms.startsWith('.') ? formatIsoTime(iso) : `${formatIsoTime(iso)}${ms}`;
}

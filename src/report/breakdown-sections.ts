import type { BreakdownsJson } from './breakdowns-json.js';
import { plural } from './format-values.js';
import { visibleId } from '../schema/visible-id.js';
import { safeText } from '../schema/visible-text.js';
import { NOT_IN_CODE_TABLE } from '../rules/decode-end-reason.js';

/** Rows shown of each breakdown; the rest are counted in a "+n more" line. */
export const BREAKDOWN_ROWS = 10;

/** How a value the logs do not give is shown. */
export const NOT_LOGGED = '(not logged)';

/**
 * How a stream's direction not known is shown: not `(not logged)`, for a stream that logs none has it inferred from
 * its endpoint type (as `call` does), and one whose logged word is neither inbound nor outbound did log one.
 */
export const DIRECTION_NOT_KNOWN = '(not known)';

/** The head of the column of failures by code, a list ("500/- ×3, 403/41001 ×1"): the terminal breaks it onto lines. */
export const FAILURES_HEAD = 'Failures by code/subcode';

/** One breakdown table, format-neutral: the table and Markdown renderers draw the same sections. */
export interface BreakdownSection {
  title: string;
  head: string[];
  /** Which columns are numbers (right-aligned in Markdown). */
  numeric: boolean[];
  rows: string[][];
  /** Rows not shown. */
  more: number;
  /** Lines under the table. */
  notes: string[];
}

/** The stream table's group of rules' metrics: its values are the tool's own names (`jitterAvg`), not the logs' text. */
export const METRIC_GROUP = 'metric';

const STREAM_DIMENSIONS: Array<[keyof BreakdownsJson['streams'], string]> = [
  ['byMetric', METRIC_GROUP],
  ['byMediaType', 'media type'],
  ['byDirection', 'direction'],
  ['byEndpointType', 'endpoint type'],
  ['byTransport', 'transport'],
  ['bySdkRelease', 'SDK release'],
  ['bySdkVersion', 'SDK version'],
  ['byOsFamily', 'OS family'],
  ['byOsVersion', 'OS version'],
  ['byBrowser', 'browser'],
  ['byBrowserVersion', 'browser version'],
];

/** "42.9%"; one decimal, as the workbook shows rates. */
export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/**
 * A share of counts as percent() shows it, except that a share which is neither none nor all never reads as 0.0% or
 * 100.0%: at fleet size 3 poor streams of 40,000, or 2 failed joins of 9,000, round to those and would read as none
 * (or as every one) beside the counts that say otherwise; they show as "<0.1%" and ">99.9%". Worked out from the
 * counts, not the JSON's ratio, which is rounded to 4 decimals.
 */
export function share(part: number, whole: number): string {
  const text = percent(whole === 0 ? 0 : part / whole);
  if (part > 0 && text === '0.0%') return '<0.1%';
  if (part < whole && text === '100.0%') return '>99.9%';
  return text;
}

/**
 * A group's value from the logs as a breakdown names it (an SDK version, a category, an operation, a failure code, a
 * diagnostic): as a call id is named (visibleId), what would not show written as `\u` escapes, so that two groups never
 * read alike — `Join` and `Join` with an escape sequence or a zero-width space in it are two rows of their own counts,
 * and a row that read as the other's would misstate both. A value with none of those characters is as logged.
 */
function groupName(value: string): string {
  return visibleId(value);
}

/** Why a group of a few streams at 100% is not first: the stream rows are ranked by the low end of their interval (sortWorstFirst). */
export const RANK_NOTE = "Ranked by the 95% CI's low end (Wilson): a rate from a few streams is not ranked above one from many";

/**
 * Why an operation that failed its one attempt (0%) is not first: the operations are ranked as the streams are
 * (sortWorstFirst), by the failure rate's low end, which is the high end of the success rate's interval shown.
 */
export const OPERATIONS_RANK_NOTE = "Ranked by the 95% CI's high end (Wilson), lowest first: a rate from a few attempts is not ranked above one from many";

/** "20.7%–100.0%": an interval as the Client operations table writes it. */
function intervalText(interval: { low: number; high: number }): string {
  return `${percent(interval.low)}–${percent(interval.high)}`;
}

function codeText(code: number | string | null, subCode: number | string | null): string {
  return `${code ?? '-'}/${subCode ?? '-'}`;
}

/**
 * A code row's Dropped cell: whether the code is an ungraceful end (decodeEndReason's `dropped`, by code alone), so
 * "yes" or "no", never blank beside a failed code (495/4507) as if not known; "-" with no code logged, where it is not
 * known (Code reads "-/-" too).
 */
function droppedText(row: { code: number | null; dropped: boolean }): string {
  return row.dropped ? 'yes' : row.code === null ? '-' : 'no';
}

/** Whether no group of a breakdown has a value: every stream's is not logged (or not known), and one row would say only that. */
function noneKnown(rows: ReadonlyArray<{ value: string | null }>): boolean {
  return rows.every((r) => r.value === null);
}

function top<T>(rows: T[]): { shown: T[]; more: number } {
  return { shown: rows.slice(0, BREAKDOWN_ROWS), more: Math.max(0, rows.length - BREAKDOWN_ROWS) };
}

/**
 * The stream breakdowns in one table, a group of rows each, the dimension named on its first row. SDK releases are
 * shown when they group builds (fewer releases than versions): else each release is one version and says it again.
 * OS versions are shown when a family has more than one (more versions than families): else each version is a
 * family's every stream, and its row says again what the family's says. Browsers are shown when a client's user agent
 * was read (a group not `(not logged)`): an export without client operations has none, and one row saying so of every
 * stream would be all the group said; their versions as the OS's are. Directions are shown when some stream's is
 * known (inbound or outbound), by the same rule.
 */
function streamsSection(streams: BreakdownsJson['streams']): BreakdownSection {
  const rows: string[][] = [];
  for (const [key, by] of STREAM_DIMENSIONS) {
    if (key === 'bySdkRelease' && streams.bySdkRelease.length >= streams.bySdkVersion.length) continue;
    if (key === 'byOsVersion' && streams.byOsVersion.length <= streams.byOsFamily.length) continue;
    if ((key === 'byBrowser' || key === 'byBrowserVersion') && noneKnown(streams.byBrowser)) continue;
    if (key === 'byDirection' && noneKnown(streams.byDirection)) continue;
    if (key === 'byBrowserVersion' && streams.byBrowserVersion.length <= streams.byBrowser.length) continue;
    const { shown, more } = top(streams[key]);
    shown.forEach((r, i) =>
      rows.push([i === 0 ? by : '', r.value === null ? (key === 'byDirection' ? DIRECTION_NOT_KNOWN : NOT_LOGGED) : groupName(r.value), String(r.poorStreams), String(r.streams), share(r.poorStreams, r.streams), intervalText(r.interval)]),
    );
    if (more > 0) rows.push(['', `+${more} more`, '', '', '', '']);
  }
  return {
    title: 'Poor streams by metric, media type, direction, endpoint type, transport, SDK version, OS family and version, browser (worst first)',
    head: ['By', 'Value', 'Poor', 'Streams', 'Poor rate', '95% CI'],
    numeric: [false, false, true, true, true, false],
    rows,
    more: 0,
    // Said of rows there are: under "none" (no stream judged) a ranking is nothing to read.
    notes: rows.length > 0 ? [RANK_NOTE] : [],
  };
}

/**
 * The breakdowns worst first, each cut to BREAKDOWN_ROWS rows; all log text made safe. `fit` is how the notes under
 * the tables show a value from the logs (a result category, a diagnostic): whole, or as the terminal cuts its cells.
 */
export function breakdownSections(b: BreakdownsJson, fit: (value: string) => string = (value) => value): BreakdownSection[] {
  const sections = [streamsSection(b.streams)];

  const ends = top(b.endReasons.byCode);
  const categories = b.endReasons.byCategory.map((c) => `${c.resultCategory === null ? NOT_LOGGED : fit(groupName(c.resultCategory))} ${c.legs}`).join(', ');
  sections.push({
    title: 'Call ends by code',
    head: ['Code', 'Category', 'Legs', 'Dropped', 'Meaning'],
    numeric: [false, false, true, false, false],
    rows: ends.shown.map((r) => [codeText(r.code, r.subCode), r.resultCategory === null ? '-' : groupName(r.resultCategory), String(r.legs), droppedText(r), safeText(r.message ?? (r.code === null ? '' : NOT_IN_CODE_TABLE))]),
    more: ends.more,
    notes: [`${plural(b.endReasons.legs, 'leg')} by result category: ${categories || 'none'}`],
  });

  const rel = b.reliability;
  const ops = top(rel.operations);
  const dropped = rel.droppedLegs;
  const ufd = rel.userFacingDiagnostics.map((d) => `${fit(groupName(d.diagnostic))} ${plural(d.events, 'event')} in ${plural(d.calls, 'call')}`).join(', ');
  sections.push({
    title: 'Client operations',
    head: ['Operation', 'Attempts', 'Success', '95% CI', FAILURES_HEAD],
    numeric: [false, true, true, false, false],
    rows: ops.shown.map((o) => [
      groupName(o.operation),
      String(o.attempts),
      share(o.successes, o.attempts),
      intervalText(o.interval),
      o.failuresByCode.map((f) => `${groupName(codeText(f.code, f.subCode))} ×${f.count}`).join(', '),
    ]),
    more: ops.more,
    notes: [
      ...(ops.shown.length > 0 ? [OPERATIONS_RANK_NOTE] : []),
      `Dropped legs: ${dropped.dropped} of ${dropped.legs}${dropped.legs > 0 ? ` (${share(dropped.dropped, dropped.legs)})` : ''}${dropped.byCode.length > 0 ? `: ${dropped.byCode.map((r) => `${codeText(r.code, r.subCode)} ×${r.legs}`).join(', ')}` : ''}`,
      `User Facing Diagnostics not Good: ${ufd || 'none'}`,
    ],
  });
  return sections;
}

import type { BreakdownsJson } from './breakdowns-json.js';
import { plural } from './format-values.js';
import { safeText } from '../schema/visible-text.js';

/** Rows shown of each breakdown; the rest are counted in a "+n more" line. */
export const BREAKDOWN_ROWS = 10;

/** How a value the logs do not give is shown. */
export const NOT_LOGGED = '(not logged)';

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

const STREAM_DIMENSIONS: Array<[keyof BreakdownsJson['streams'], string]> = [
  ['byMetric', 'metric'],
  ['byMediaType', 'media type'],
  ['byEndpointType', 'endpoint type'],
  ['byTransport', 'transport'],
  ['bySdkVersion', 'SDK version'],
  ['byOsFamily', 'OS family'],
];

/** "42.9%"; one decimal, as the workbook shows rates. */
export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
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

function top<T>(rows: T[]): { shown: T[]; more: number } {
  return { shown: rows.slice(0, BREAKDOWN_ROWS), more: Math.max(0, rows.length - BREAKDOWN_ROWS) };
}

/** The six stream breakdowns in one table, a group of rows each, the dimension named on its first row. */
function streamsSection(streams: BreakdownsJson['streams']): BreakdownSection {
  const rows: string[][] = [];
  for (const [key, by] of STREAM_DIMENSIONS) {
    const { shown, more } = top(streams[key]);
    shown.forEach((r, i) => rows.push([i === 0 ? by : '', safeText(r.value ?? NOT_LOGGED), String(r.poorStreams), String(r.streams), percent(r.poorRate)]));
    if (more > 0) rows.push(['', `+${more} more`, '', '', '']);
  }
  return {
    title: 'Poor streams by metric, media type, endpoint type, transport, SDK version and OS family (worst first)',
    head: ['By', 'Value', 'Poor', 'Streams', 'Poor rate'],
    numeric: [false, false, true, true, true],
    rows,
    more: 0,
    notes: [],
  };
}

/** The breakdowns worst first, each cut to BREAKDOWN_ROWS rows; all log text made safe. */
export function breakdownSections(b: BreakdownsJson): BreakdownSection[] {
  const sections = [streamsSection(b.streams)];

  const ends = top(b.endReasons.byCode);
  const categories = b.endReasons.byCategory.map((c) => `${safeText(c.resultCategory ?? NOT_LOGGED)} ${c.legs}`).join(', ');
  sections.push({
    title: 'Call ends by code',
    head: ['Code', 'Category', 'Legs', 'Dropped', 'Meaning'],
    numeric: [false, false, true, false, false],
    rows: ends.shown.map((r) => [codeText(r.code, r.subCode), safeText(r.resultCategory ?? '-'), String(r.legs), droppedText(r), safeText(r.message ?? '')]),
    more: ends.more,
    notes: [`${plural(b.endReasons.legs, 'leg')} by result category: ${categories || 'none'}`],
  });

  const rel = b.reliability;
  const ops = top(rel.operations);
  const dropped = rel.droppedLegs;
  const ufd = rel.userFacingDiagnostics.map((d) => `${safeText(d.diagnostic)} ${plural(d.events, 'event')} in ${plural(d.calls, 'call')}`).join(', ');
  sections.push({
    title: 'Client operations',
    head: ['Operation', 'Attempts', 'Success', '95% CI (Wilson)', 'Failures by code/subcode'],
    numeric: [false, true, true, false, false],
    rows: ops.shown.map((o) => [
      safeText(o.operation),
      String(o.attempts),
      percent(o.successRate),
      `${percent(o.interval.low)}–${percent(o.interval.high)}`,
      o.failuresByCode.map((f) => `${safeText(codeText(f.code, f.subCode))} ×${f.count}`).join(', '),
    ]),
    more: ops.more,
    notes: [
      `Dropped legs: ${dropped.dropped} of ${dropped.legs}${dropped.legs > 0 ? ` (${percent(dropped.dropped / dropped.legs)})` : ''}${dropped.byCode.length > 0 ? `: ${dropped.byCode.map((r) => `${codeText(r.code, r.subCode)} ×${r.legs}`).join(', ')}` : ''}`,
      `User Facing Diagnostics not Good: ${ufd || 'none'}`,
    ],
  });
  return sections;
}

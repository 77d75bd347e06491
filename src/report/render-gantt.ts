import { formatDuration } from './format-values.js';

/**
 * A text Gantt chart: one bar a row across a common time span, so late joins, early drops and rejoins
 * are seen at a glance. Pure: rows in, lines out (the caller colours and labels them).
 */
export interface GanttRow {
  /** Null: not logged, the row is left empty. */
  start: number | null;
  /** Null: not logged; the bar goes on faded (UNKNOWN) to the span's end, no leave drawn where nobody knows it happened (a failure's DROP ends the fade). */
  end: number | null;
  /**
   * Ended on a failure (dropped, or on an unexpected error: EndReason.failed): the bar's end is marked DROP, so the row
   * says it without the colour the text report gives it, and the Markdown's uncoloured chart says it at all; also where
   * that end is not drawn as a time (not logged, before the axis, past it: ganttBars).
   */
  failed: boolean;
}

export const BAR = '█';
export const EMPTY = '·';
export const DROP = '✕';
/** After a start, where the end is not logged: the leg may have stayed, or not. */
export const UNKNOWN = '░';
/** In column 0 of a bar that began before the axis does (ganttAxis leaves out a join far before the call's start). */
export const EARLIER = '◂';
/** In the last column of a bar that goes on past the axis (ganttAxisEnd leaves out a join far after the call's end). */
export const LATER = '▸';

export function ganttBars(rows: GanttRow[], spanStart: number, spanEnd: number, width: number): string[] {
  const span = Math.max(spanEnd - spanStart, 1);
  const column = (t: number) => Math.min(width - 1, Math.max(0, Math.floor(((t - spanStart) / span) * width)));
  return rows.map((row) => {
    if (row.start === null) return EMPTY.repeat(width);
    const from = column(row.start);
    const to = Math.max(from, column(row.end ?? spanEnd));
    const cells: string[] = Array.from({ length: width }, (_, i) => (i < from || i > to ? EMPTY : row.end === null && i > from ? UNKNOWN : BAR));
    if (row.start < spanStart) cells[0] = EARLIER;
    // Past the axis (a join far after the call's end: ganttAxisEnd): the mark alone, or the bar's end, a failure's
    // DROP just before it (the Legs table gives when).
    if (row.start > spanEnd || (row.end !== null && row.end > spanEnd)) {
      cells[width - 1] = LATER;
      if (row.failed && width > 1) cells[width - 2] = DROP;
      return cells.join('');
    }
    // A failure is marked wherever its end is drawn, without colour as with it: at its column; at the end of the fade
    // when its end is not logged (it failed, nobody knows when); in column 0, in place of EARLIER, when it ended
    // before the axis starts (the Legs table and the issues give when).
    if (row.failed) cells[to] = DROP;
    return cells.join('');
  });
}

/**
 * Where the axis starts and how its start is labelled. From the call's start (0s, where the Legs table counts from),
 * or from the earliest join when a leg joined before callStartTime (the table's `-1s`), labelled so (`-1s`): the bar
 * and the table tell one story, where the bar used to start with the call. Rounded as the table's offsets are: a join
 * 0.4 s early is +0s there and 0s here.
 *
 * A join earlier than the call's start by more than the call lasts (callEnd − callStart) is left out: the time before
 * the call would take more than half the chart, and a leg logged days early (clock skew, a reused record) would squash
 * every other bar into a column or two. That leg's bar begins at column 0 with EARLIER (ganttBars); the Legs table
 * still gives its true offset. A join as early as the call is long, or less, still starts the axis.
 */
export function ganttAxis(rows: readonly GanttRow[], callStart: number, callEnd: number): { start: number; label: string } {
  const longest = Math.max(callEnd - callStart, 0);
  let start = callStart;
  for (const row of rows) if (row.start !== null && row.start < start && callStart - row.start <= longest) start = row.start;
  const lead = Math.round((callStart - start) / 1000);
  return { start, label: lead > 0 ? `-${formatDuration(lead)}` : '0s' };
}

/**
 * Where the axis ends: at the call's end as callDuration gives it (`loggedEnd`), or later at the end of a leg that
 * outlasts it (the header's "legs until"). As ganttAxis leaves out a join far before the start, a leg that joined
 * after that end by more than the call lasts (a clock skewed by days, a reused record) is left out: it would squash
 * every other bar into a column or two. Its bar is LATER in the last column (ganttBars); the Legs table gives when.
 */
export function ganttAxisEnd(rows: readonly GanttRow[], callStart: number, loggedEnd: number): number {
  const longest = Math.max(loggedEnd - callStart, 0);
  let end = loggedEnd;
  for (const row of rows) {
    if (row.start === null || row.start - loggedEnd > longest) continue;
    end = Math.max(end, row.start, row.end ?? row.start);
  }
  return end;
}

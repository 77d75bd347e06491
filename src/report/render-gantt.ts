/**
 * A text Gantt chart: one bar a row across a common time span, so late joins, early drops and rejoins
 * are seen at a glance. Pure: rows in, lines out (the caller colours and labels them).
 */
export interface GanttRow {
  /** Null: not logged, the row is left empty. */
  start: number | null;
  /** Null: not logged; the bar goes on faded (UNKNOWN) to the span's end, and no drop is marked where nobody knows it happened. */
  end: number | null;
  /** Mark the bar's end as a drop. */
  dropped: boolean;
}

export const BAR = '█';
export const EMPTY = '·';
export const DROP = '✕';
/** After a start, where the end is not logged: the leg may have stayed, or not. */
export const UNKNOWN = '░';

export function ganttBars(rows: GanttRow[], spanStart: number, spanEnd: number, width: number): string[] {
  const span = Math.max(spanEnd - spanStart, 1);
  const column = (t: number) => Math.min(width - 1, Math.max(0, Math.floor(((t - spanStart) / span) * width)));
  return rows.map((row) => {
    if (row.start === null) return EMPTY.repeat(width);
    const from = column(row.start);
    const to = Math.max(from, column(row.end ?? spanEnd));
    const cells: string[] = Array.from({ length: width }, (_, i) => (i < from || i > to ? EMPTY : row.end === null && i > from ? UNKNOWN : BAR));
    if (row.dropped && row.end !== null) cells[to] = DROP;
    return cells.join('');
  });
}

/** One step of narrowing a table: its column `column` made at most `to` columns wide (padding included). */
export interface Narrowing {
  column: number;
  to: number;
}

/** The columns a table of these column widths (padding included, as cli-table3's colWidths) takes: a border between and around. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w, 0) + widths.length + 1;
}

/**
 * The column widths (padding included) that fit a table into `room` terminal columns, the steps taken in order,
 * each only as far as needed: null when the table already fits, and null when even every step taken does not fit it
 * (then it is drawn as it is, and the terminal wraps it: nothing is cut for a table that would not fit anyway).
 */
export function fitTableWidths(widths: readonly number[], steps: readonly Narrowing[], room: number): number[] | null {
  if (tableWidth(widths) <= room) return null;
  const fitted = [...widths];
  for (const { column, to } of steps) {
    const excess = tableWidth(fitted) - room;
    if (excess <= 0) break;
    const now = fitted[column]!;
    fitted[column] = Math.min(now, Math.max(to, now - excess));
  }
  return tableWidth(fitted) <= room ? fitted : null;
}

/**
 * Day first or month first, for a CSV's dates written with the year last (`03/04/2026`), decided a file at a time from
 * its own values: a CSV saved again by Excel writes dates as the machine's locale has them, `11/20/2026 9:01` (en-US,
 * a 24-hour clock with no AM/PM) as much as `20/11/2026 09:01`, and the form alone (portal-time.ts: month first only
 * with AM/PM in capitals) read the first as day 11 of month 20, that is not at all. A first field over 12 proves
 * day first, a second over 12 month first; the first proof decides the file (a later date that contradicts it is an
 * impossible date, not read, and counted as such). A file whose dates prove neither (every day 1-12) is read as the
 * form has it, and stderr names the file (see DateVote.undecided).
 */
export type DateOrder = 'day-first' | 'month-first';

/** Rows held back, at most, while a file's dates have not decided the order; past them, it is read as the form has it. */
export const DATE_ORDER_ROWS = 10_000;

/** A date with the year last, as the portal and Excel write it: `03/04/2026`, `20.11.2026`, `20-11-2026`, `20. 11. 2026`. */
const YEAR_LAST = /^(\d{1,2})([/.-]) ?(\d{1,2})\2 ?\d{4}(?!\d)/;

/** The order the form gives when the values do not decide (portal-time.ts): month first with AM/PM in capitals. */
export function formOrder(text: string): DateOrder {
  return /(?:AM|PM)$/.test(text.trimEnd()) ? 'month-first' : 'day-first';
}

/** What a CSV's rows say of the order of its dates, row by row, until one decides it. */
export class DateVote {
  /** The order proved, once a date has proved one. */
  order: DateOrder | null = null;
  /** The first date read that proves neither order (`03/04/2026, 09:01`), if any. */
  undecided: string | null = null;

  /** Looks at a row's cells (a few character comparisons a cell that is not a date) until the order is decided. */
  see(row: Record<string, unknown>): void {
    if (this.order !== null) return;
    for (const key in row) {
      const cell = row[key];
      if (typeof cell !== 'string' || cell.length < 8 || cell.length > 48) continue;
      const c = cell.charCodeAt(1);
      // A year-last date has its first separator second or third: `3/4/2026`, `03/04/2026`.
      if (c !== 0x2f && c !== 0x2e && c !== 0x2d && cell.charCodeAt(2) !== 0x2f && cell.charCodeAt(2) !== 0x2e && cell.charCodeAt(2) !== 0x2d) continue;
      const m = YEAR_LAST.exec(cell);
      if (m === null) continue;
      const first = Number(m[1]);
      const second = Number(m[3]);
      if (first > 12 && second <= 12) this.order = 'day-first';
      else if (second > 12 && first <= 12) this.order = 'month-first';
      else if (first <= 12 && second <= 12) this.undecided ??= cell.trim();
      if (this.order !== null) return;
    }
  }
}

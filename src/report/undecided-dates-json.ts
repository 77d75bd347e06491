import { type DateOrder, formOrder } from '../input/date-order.js';
import type { UndecidedDates } from '../model/files-read.js';

/**
 * A CSV whose dates do not tell day from month (every first and second field 12 or less), as the JSON reports list it
 * beside the counts: stderr warns of it, and a CI job that reads only `--format json` saw nothing. `date`: the first
 * such date; `readAs`: the order its form gave (month first with AM/PM in capitals, else day first: date-order.ts).
 */
export interface UndecidedDatesJson {
  file: string;
  date: string;
  readAs: DateOrder;
}

export function undecidedDatesJson(files: readonly UndecidedDates[] = []): UndecidedDatesJson[] {
  return files.map(({ file, date }) => ({ file, date, readAs: formOrder(date) }));
}

import type { SourceLocation } from '../input/input-event.js';
import type { NotRead } from '../schema/normalise-record.js';

/**
 * What was not read: a time as a date (parse-time.ts), or a number (values.ts toNumber; or a number read and out of
 * its field's range, value-ranges.ts: one count, as both are values of a numeric field that count as absent).
 */
export type NotReadKind = 'time' | 'number';

/** The kinds in the order they are told. */
export const NOT_READ_KINDS: readonly NotReadKind[] = ['time', 'number'];

/** A file's values of one kind that were not read: how many, and the first of them (its line, its text, its field). */
export interface ValuesNotReadInFile {
  kind: NotReadKind;
  file: string;
  count: number;
  /** The line of the first record that held one; null when not known. */
  line: number | null;
  /** What `line` counts (SourceLocation.unit): absent for lines. */
  unit?: 'event';
  text: string;
  /** The field of the first, as the normaliser names it (`callStartTime`, `packetLossRateAvg`). */
  field: string;
  /** How the first, a number read, is out of its field's range (`below 0`, `over 31 days`); absent when it is no number. */
  outOfRange?: string;
}

/**
 * One record's values not read, and where the record was read: made only for a record that has some (itemOf), so
 * that the usual record costs nothing more. It goes with the record to the ledger, which tallies it only once the
 * record is used (RecordLedger): not for a duplicate, a version superseded, nor (in `call`) another call's record.
 */
export interface RecordNotRead {
  at: SourceLocation;
  times: NotRead | undefined;
  numbers: NotRead | undefined;
}

/** A value's text as kept to show: a hostile "time" or "number" can be any length. */
const KEPT_CHARACTERS = 60;

/**
 * The values not read (times not read as dates: an unknown form, an impossible time; numbers not read: "1,000",
 * "15%", an object, or a number out of its field's range: a duration of -5 s), per kind and file, of the records used.
 * The normaliser counts them in each record; whoever knows where the record is (itemOf) makes a RecordNotRead of
 * them, and the ledger adds it here once the record is used (RecordLedger); stderr then says, once a file and kind,
 * how many and where the first is, since their fields count as absent. A record whose values were all read adds
 * nothing. A tally is kept per ledger (per thread); the workers' are merged (mergeValuesNotRead).
 */
export class ValuesNotReadTally {
  private readonly byKind: Record<NotReadKind, Map<string, ValuesNotReadInFile>> = { time: new Map(), number: new Map() };

  add(at: SourceLocation, kind: NotReadKind, count: number, firstText: string, field: string, outOfRange?: string): void {
    const byFile = this.byKind[kind];
    const held = byFile.get(at.file);
    if (held === undefined) {
      const entry: ValuesNotReadInFile = { kind, file: at.file, count, line: at.line, text: keptText(firstText), field };
      if (at.unit !== undefined) entry.unit = at.unit;
      if (outOfRange !== undefined) entry.outOfRange = outOfRange;
      byFile.set(at.file, entry);
      return;
    }
    held.count += count;
    if (isBefore(at.line, held.line)) {
      held.line = at.line;
      if (at.unit !== undefined) held.unit = at.unit;
      else delete held.unit;
      held.text = keptText(firstText);
      held.field = field;
      if (outOfRange !== undefined) held.outOfRange = outOfRange;
      else delete held.outOfRange;
    }
  }

  /** A record's values not read. */
  addRecord({ at, times, numbers }: RecordNotRead): void {
    if (times !== undefined) this.add(at, 'time', times.count, times.first, times.field);
    if (numbers !== undefined) this.add(at, 'number', numbers.count, numbers.first, numbers.field, numbers.outOfRange);
  }

  /** What was added, a kind and a file at a time (times first). */
  files(): ValuesNotReadInFile[] {
    return NOT_READ_KINDS.flatMap((kind) => [...this.byKind[kind].values()]);
  }
}

/**
 * Several tallies' files as one (the partitions of summarize --threads: one file's records are read on several
 * threads): counts summed, the first value the one of the lowest line; times first, then numbers, each in the order
 * the files were read.
 */
export function mergeValuesNotRead(tallies: ReadonlyArray<readonly ValuesNotReadInFile[]>, filesInOrder: readonly string[]): ValuesNotReadInFile[] {
  const merged = new ValuesNotReadTally();
  for (const files of tallies) for (const f of files) merged.add(f.unit === undefined ? { file: f.file, line: f.line } : { file: f.file, line: f.line, unit: f.unit }, f.kind, f.count, f.text, f.field, f.outOfRange);
  const order = new Map(filesInOrder.map((file, i) => [file, i]));
  const rank = (f: ValuesNotReadInFile) => NOT_READ_KINDS.indexOf(f.kind) * (filesInOrder.length + 1) + (order.get(f.file) ?? filesInOrder.length);
  return merged.files().sort((a, b) => rank(a) - rank(b));
}

/**
 * `files` (a part of what was read: one call's, in `call`) in the order `all` has them: times first, then numbers,
 * each in the order the files were read.
 */
export function inOrderOf(files: readonly ValuesNotReadInFile[], all: readonly ValuesNotReadInFile[]): ValuesNotReadInFile[] {
  const rank = new Map(all.map((f, i) => [`${f.kind} ${f.file}`, i]));
  const rankOf = (f: ValuesNotReadInFile) => rank.get(`${f.kind} ${f.file}`) ?? all.length;
  return [...files].sort((a, b) => rankOf(a) - rankOf(b));
}

/** The files with values of one kind not read. */
export function notReadOf(files: readonly ValuesNotReadInFile[], kind: NotReadKind): ValuesNotReadInFile[] {
  return files.filter((f) => f.kind === kind);
}

/** How many values of a kind, in all the files, were not read (the JSON reports' `input.timesNotRead`, `input.numbersNotRead`). */
export function totalNotRead(files: readonly ValuesNotReadInFile[], kind: NotReadKind): number {
  let total = 0;
  for (const f of files) if (f.kind === kind) total += f.count;
  return total;
}

/** A line before another; an unknown line comes after every known one. */
function isBefore(line: number | null, than: number | null): boolean {
  return line !== null && (than === null || line < than);
}

function keptText(text: string): string {
  const characters = [...text];
  return characters.length <= KEPT_CHARACTERS ? text : `${characters.slice(0, KEPT_CHARACTERS).join('')}…`;
}

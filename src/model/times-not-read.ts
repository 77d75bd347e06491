import type { SourceLocation } from '../input/input-event.js';

/** A file's times that were not read as dates: how many, and the first of them (its line and its text). */
export interface TimesNotReadInFile {
  file: string;
  count: number;
  /** The line of the first record that held one; null when not known. */
  line: number | null;
  text: string;
}

/** A time's text as kept to show: a hostile "time" can be any length. */
const KEPT_CHARACTERS = 60;

/**
 * The times not read as dates (parse-time.ts: an unknown form, or an impossible time), per file. The normaliser
 * counts them in each record; whoever knows where the record is (itemOf) adds them here; stderr then says, once a
 * file, how many and where the first is, since their fields count as absent. Adding costs nothing for a record whose
 * times were all read. A tally is kept per thread; the workers' are merged (mergeTimesNotRead).
 */
export class TimesNotReadTally {
  private readonly byFile = new Map<string, TimesNotReadInFile>();

  add(at: SourceLocation, count: number, firstText: string): void {
    const held = this.byFile.get(at.file);
    if (held === undefined) {
      this.byFile.set(at.file, { file: at.file, count, line: at.line, text: keptText(firstText) });
      return;
    }
    held.count += count;
    if (isBefore(at.line, held.line)) {
      held.line = at.line;
      held.text = keptText(firstText);
    }
  }

  /** What was added, a file at a time. */
  files(): TimesNotReadInFile[] {
    return [...this.byFile.values()];
  }
}

/**
 * Several tallies' files as one (the partitions of summarize --threads: one file's records are read on several
 * threads): counts summed, the first time the one of the lowest line, in the order the files were read.
 */
export function mergeTimesNotRead(tallies: ReadonlyArray<readonly TimesNotReadInFile[]>, filesInOrder: readonly string[]): TimesNotReadInFile[] {
  const merged = new TimesNotReadTally();
  for (const files of tallies) for (const f of files) merged.add({ file: f.file, line: f.line }, f.count, f.text);
  const order = new Map(filesInOrder.map((file, i) => [file, i]));
  const rank = (file: string) => order.get(file) ?? Number.MAX_SAFE_INTEGER;
  return merged.files().sort((a, b) => rank(a.file) - rank(b.file));
}

/** How many times, in all the files, were not read as dates (the JSON reports' `input.timesNotRead`). */
export function totalTimesNotRead(files: readonly TimesNotReadInFile[]): number {
  let total = 0;
  for (const f of files) total += f.count;
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

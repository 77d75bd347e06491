import type { InputEvent, InputShape } from '../input/input-event.js';

/** `files` and `osFile` as the `skipped` event has them (input-event.ts). */
export interface SkippedFile {
  file: string;
  reason: string;
  files?: number;
  osFile?: true;
}

/** How many files were skipped: an entry that stands for several (a version-control folder) counts them all. */
export function skippedFileCount(skipped: readonly SkippedFile[]): number {
  let n = 0;
  for (const s of skipped) n += s.files ?? 1;
  return n;
}

/** A CSV whose header gives its times in another zone than UTC, read as UTC all the same (see CsvHeader.timeZone). */
export interface ZonedFile {
  file: string;
  timeZone: string;
}

/**
 * A file named again (the same file by its device and inode), not read again: the name it was read under.
 * `skipped`: it was not read under that name either, but skipped (empty, not call logs…).
 */
export interface RepeatedFile {
  file: string;
  first: string;
  skipped?: true;
}

/** A CSV whose dates do not tell day from month (`03/04/2026`, the first of them), read as their form has it. */
export interface UndecidedDates {
  file: string;
  date: string;
}

/**
 * What is told of the files read beside their records, from the `file`, `skipped`, `repeated` and `zoned` events: how many of
 * each shape, the files skipped, those named twice (read once), and the CSVs whose times are not UTC. One reading of them for one thread and for the
 * workers' (judge-in-partitions.ts), which reads the events on the main thread.
 */
export class FilesRead {
  readonly shapes: Partial<Record<InputShape, number>> = {};
  readonly skipped: SkippedFile[] = [];
  readonly zoned: ZonedFile[] = [];
  readonly undecidedDates: UndecidedDates[] = [];
  readonly repeated: RepeatedFile[] = [];
  private readonly skippedNames = new Set<string>();
  /** The files read (not skipped), in order. */
  readonly read: string[] = [];

  add(event: Extract<InputEvent, { kind: 'file' | 'skipped' | 'repeated' | 'zoned' }>): void {
    if (event.kind === 'zoned') {
      // A later header of exports joined: the file is listed once, with the first zone met.
      if (!this.zoned.some((z) => z.file === event.file)) this.zoned.push({ file: event.file, timeZone: event.timeZone });
      return;
    }
    if (event.kind === 'repeated') {
      // The first name's `skipped` event came before: a file is skipped, or read, under the name it came by first.
      this.repeated.push(this.skippedNames.has(event.first) ? { file: event.file, first: event.first, skipped: true } : { file: event.file, first: event.first });
      return;
    }
    if (event.kind === 'skipped') {
      const { file, reason, files, osFile } = event;
      this.skipped.push(files !== undefined ? { file, reason, files } : osFile === true ? { file, reason, osFile } : { file, reason });
      this.skippedNames.add(event.file);
      return;
    }
    this.shapes[event.shape] = (this.shapes[event.shape] ?? 0) + 1;
    this.read.push(event.file);
    if (event.timeZone !== undefined) this.zoned.push({ file: event.file, timeZone: event.timeZone });
    if (event.undecidedDate !== undefined) this.undecidedDates.push({ file: event.file, date: event.undecidedDate });
  }

  /** As LoadedCalls holds them. */
  told(): { shapes: FilesRead['shapes']; skipped: SkippedFile[]; zoned: ZonedFile[]; undecidedDates: UndecidedDates[]; repeated: RepeatedFile[] } {
    return { shapes: this.shapes, skipped: this.skipped, zoned: this.zoned, undecidedDates: this.undecidedDates, repeated: this.repeated };
  }
}

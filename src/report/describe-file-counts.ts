import type { FileCounts } from '../model/file-tally.js';
import { plural } from './format-values.js';
import { escapedHidden } from '../schema/visible-id.js';

/** What a count of items read is made of (`filtered`: call's, the records of other calls). */
export type ReadCounts = Pick<FileCounts, 'used' | 'duplicates' | 'superseded' | 'ignored' | 'invalid'> & { filtered?: number };

/** The note the reports that name the ignored records as such put after them (`notes.ignored` of readParts). */
export const OTHER_CATEGORIES = ' (other categories)';

/**
 * The parts of what was read, each when there are any (used always), in the order they add up to it: read = used +
 * duplicates + superseded + ignored + invalid (+ filtered). `notes`: words a part carries in one report or another.
 */
export function readParts(c: ReadCounts, notes: { used?: string; ignored?: string } = {}): string[] {
  const parts = [`${c.used} used${notes.used ?? ''}`];
  if (c.duplicates) parts.push(plural(c.duplicates, 'duplicate'));
  if (c.superseded) parts.push(`${c.superseded} superseded`);
  if (c.ignored) parts.push(`${c.ignored} ignored${notes.ignored ?? ''}`);
  if (c.invalid) parts.push(`${c.invalid} invalid`);
  // Most never parsed, for not holding the id; some parsed, holding it, and found to be another call's.
  if (c.filtered) parts.push(`${c.filtered} of other calls`);
  return parts;
}

/**
 * " (1 of them a copy of another record, written otherwise, counted once)", after the used records' count: those that
 * a call holds once (Call.copies); nothing when there are none. A copy reads as another record of its call but is not
 * the same bytes: the same leg from a storage blob and a Log Analytics export, or in one file a number written `600.0`
 * and `600`, keys in another order. So the words say neither "another layout" nor "exported twice", which only some
 * copies are. The table's Read line and the Markdown's footer both say it.
 */
export function copiesNote(copies: number): string {
  if (!copies) return '';
  return copies === 1 ? ' (1 of them a copy of another record, written otherwise, counted once)' : ` (${copies} of them copies of other records, written otherwise, counted once)`;
}

/** "; 2 files skipped", after what was read: files that hold no call logs (stderr names each); nothing when none was. */
export function skippedFilesNote(skippedFiles: number): string {
  return skippedFiles ? `; ${plural(skippedFiles, 'file')} skipped` : '';
}

/**
 * `--verbose`: one line a file read, "x.jsonl (json-lines, gzip): 12 read — 10 used, 1 duplicate, 1 invalid";
 * the parts add up to what was read.
 */
export function describeFileCounts(f: FileCounts): string {
  return `${escapedHidden(f.file)} (${f.shape}${f.gzip ? ', gzip' : ''}): ${f.read} read — ${readParts(f).join(', ')}`;
}

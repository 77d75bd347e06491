import type { FileCounts } from '../model/file-tally.js';
import { plural } from './format-values.js';
import { safeText } from '../schema/visible-text.js';

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
 * `--verbose`: one line a file read, "x.jsonl (json-lines, gzip): 12 read — 10 used, 1 duplicate, 1 invalid";
 * the parts add up to what was read.
 */
export function describeFileCounts(f: FileCounts): string {
  return `${safeText(f.file)} (${f.shape}${f.gzip ? ', gzip' : ''}): ${f.read} read — ${readParts(f).join(', ')}`;
}

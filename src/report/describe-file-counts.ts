import type { FileCounts } from '../model/file-tally.js';
import { plural } from './format-values.js';
import { safeText } from './terminal-text.js';

/**
 * `--verbose`: one line a file read, "x.jsonl (json-lines, gzip): 12 read — 10 used, 1 duplicate, 1 invalid";
 * the parts add up to what was read.
 */
export function describeFileCounts(f: FileCounts): string {
  const parts = [`${f.used} used`];
  if (f.duplicates) parts.push(plural(f.duplicates, 'duplicate'));
  if (f.superseded) parts.push(`${f.superseded} superseded`);
  if (f.ignored) parts.push(`${f.ignored} ignored`);
  if (f.invalid) parts.push(`${f.invalid} invalid`);
  if (f.filtered) parts.push(`${f.filtered} not parsed (without this call's id)`);
  return `${safeText(f.file)} (${f.shape}${f.gzip ? ', gzip' : ''}): ${f.read} read — ${parts.join(', ')}`;
}

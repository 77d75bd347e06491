import type { LoadedCalls } from '../model/load-calls.js';
import { plural } from '../report/format-values.js';
import { safeText } from '../report/terminal-text.js';

const SHOWN = 5;

/** Names the first invalid records and skipped files on stderr, then how many more: nothing is lost silently. */
export function inputProblemLines(loaded: LoadedCalls): string[] {
  const lines: string[] = [];
  for (const { at, reason } of loaded.invalidSamples.slice(0, SHOWN)) {
    const where = at.line === null ? at.file : `${at.file}:${at.line}`;
    lines.push(`warning: ${safeText(where)}: invalid record: ${safeText(reason)}`);
  }
  const more = loaded.counts.invalid - Math.min(SHOWN, loaded.invalidSamples.length);
  if (more > 0) lines.push(`warning: … and ${plural(more, 'more invalid record')}`);
  for (const { file, reason } of loaded.skipped.slice(0, SHOWN)) lines.push(`note: skipped ${safeText(file)}: ${safeText(reason)}`);
  if (loaded.skipped.length > SHOWN) lines.push(`note: … and ${loaded.skipped.length - SHOWN} more skipped files`);
  return lines;
}

/** Records of the call categories (used, duplicate or superseded): without any, there is nothing to report on. */
export function callRecordCount(loaded: LoadedCalls): number {
  const c = loaded.counts;
  return c.used + c.duplicates + c.superseded;
}

import { basename } from 'node:path';
import { APPLE_DOUBLE_PREFIX } from '../input/apple-double.js';
import { formOrder } from '../input/date-order.js';
import { type RepeatedFile, type SkippedFile, skippedFileCount } from '../model/files-read.js';
import type { LoadedCalls } from '../model/load-calls.js';
import { type NotReadKind, notReadOf, type ValuesNotReadInFile } from '../model/values-not-read.js';
import { describeFileCounts } from '../report/describe-file-counts.js';
import { plural } from '../report/format-values.js';
import { placeInFile, sourcePlace } from '../report/source-place.js';
import { escapedHidden, visibleId } from '../schema/visible-id.js';

const SHOWN = 5;
/** Values not read, a kind at a time (times first), as the line past the first files words them. */
const NOT_READ_WORDS: ReadonlyArray<readonly [NotReadKind, string]> = [
  ['time', 'times not read as dates'],
  ['number', 'numbers not read'],
];
/** Locations named in the one-line count of invalid records. */
const WHERE_SHOWN = 3;

/**
 * What stderr says about the input: with any invalid record, the first of them with their reasons and how many
 * more, after one line with how many and where the first few are when some are not listed; CSV files whose times are not UTC; files
 * with times not read as dates, files with numbers not read; skipped files; files named twice, read once; with
 * `verbose`, a line per file read.
 * Nothing is lost silently, nor hidden: a file name or a reason shows its control characters escaped, never removed
 * (escapedHidden: `evil\u001b[31m.jsonl`), so the file can be found; a value quoted from a log is named as the
 * reports name an id (visibleId).
 */
export function inputProblemLines(loaded: LoadedCalls, verbose = false): string[] {
  const lines: string[] = [];
  if (verbose) for (const f of loaded.perFile ?? []) lines.push(`note: read ${describeFileCounts(f)}`);
  const invalid = loaded.counts.invalid;
  // The first few, and every file's own failure (a corrupt gzip's cause) however many bad lines it made first.
  const shown = loaded.invalidSamples.filter((s, i) => i < SHOWN || s.endsFile).slice(0, 2 * SHOWN);
  // The count and the first places only when some are not listed below: else each line of them says as much.
  if (invalid > shown.length) lines.push(invalidHeadline(loaded));
  for (const { at, reason } of shown) {
    lines.push(`warning: ${sourcePlace(at)}: invalid record: ${escapedHidden(reason)}`);
  }
  const more = invalid - shown.length;
  if (more > 0) lines.push(`warning: … and ${plural(more, 'more invalid record')}`);
  for (const { file, timeZone } of loaded.zoned.slice(0, SHOWN)) {
    lines.push(`warning: ${escapedHidden(file)}: its times are headed [${visibleId(timeZone)}], not [UTC], and are read as UTC: export it again with the portal's time zone set to UTC for exact times`);
  }
  if (loaded.zoned.length > SHOWN) lines.push(`warning: … and ${plural(loaded.zoned.length - SHOWN, 'more file')} whose times are not UTC`);
  const undecided = loaded.undecidedDates ?? [];
  for (const { file, date } of undecided.slice(0, SHOWN)) lines.push(undecidedLine(file, date));
  if (undecided.length > SHOWN) lines.push(`warning: … and ${plural(undecided.length - SHOWN, 'more file')} whose dates do not tell day from month`);
  for (const [kind, what] of NOT_READ_WORDS) {
    const files = notReadOf(loaded.valuesNotRead, kind);
    for (const f of files.slice(0, SHOWN)) lines.push(notReadLine(f));
    if (files.length > SHOWN) lines.push(`warning: … and ${plural(files.length - SHOWN, 'more file')} with ${what}`);
  }
  lines.push(...skippedLines(loaded.skipped));
  lines.push(...repeatedLines(loaded.repeated ?? []));
  return lines;
}

/**
 * "note: skipped a.txt: not call logs: …" for each of the first five files skipped (a version-control folder is one,
 * its reason counting its files), "note: … and 3 more skipped files"; then the files an operating system keeps in
 * folders, all in one line: "note: skipped 3 files the operating system keeps in folders (.DS_Store, Thumbs.db), not
 * call logs, the first logs/.DS_Store", macOS's AppleDouble files named as one ("AppleDouble ._*") (one alone has a line of
 * its own, as any file skipped, after the others).
 */
function skippedLines(skipped: readonly SkippedFile[]): string[] {
  const os = skipped.filter((s) => s.osFile === true);
  // One such file is said as any other, after them.
  const each = os.length === 1 ? [...skipped.filter((s) => s.osFile !== true), os[0]!] : skipped.filter((s) => s.osFile !== true);
  const lines = each.slice(0, SHOWN).map(({ file, reason }) => `note: skipped ${escapedHidden(file)}: ${escapedHidden(reason)}`);
  const more = skippedFileCount(each.slice(SHOWN));
  if (more > 0) lines.push(`note: … and ${plural(more, 'more skipped file')}`);
  if (os.length > 1) {
    // AppleDouble files, one a file copied (`._calls.json`), are named as one.
    const names = [...new Set(os.map(({ file }) => (basename(file).startsWith(APPLE_DOUBLE_PREFIX) ? `AppleDouble ${APPLE_DOUBLE_PREFIX}*` : basename(file))))].map(escapedHidden).join(', ');
    lines.push(`note: skipped ${os.length} files the operating system keeps in folders (${names}), not call logs, the first ${escapedHidden(os[0]!.file)}`);
  }
  return lines;
}

/**
 * "note: in/p2p.jsonl was named twice: read once", "note: in/p2p.jsonl was named 3 times (also as link.jsonl): read
 * once": a line for each file named more than once (under a named folder too, or through a symbolic link), under the
 * name it was read by, with its other names; "…: skipped once, not read" for one skipped (empty, not call logs…).
 */
function repeatedLines(repeated: readonly RepeatedFile[]): string[] {
  const names = new Map<string, string[]>(); // the name read → the names after it
  const skipped = new Set<string>(); // of them, the names of files skipped, not read
  for (const { file, first, skipped: wasSkipped } of repeated) {
    names.set(first, [...(names.get(first) ?? []), file]);
    if (wasSkipped) skipped.add(first);
  }
  const lines = [...names].slice(0, SHOWN).map(([first, others]) => {
    const times = others.length === 1 ? 'twice' : `${others.length + 1} times`;
    const also = [...new Set(others)].filter((name) => name !== first);
    return `note: ${escapedHidden(first)} was named ${times}${also.length > 0 ? ` (also as ${also.map(escapedHidden).join(', ')})` : ''}: ${skipped.has(first) ? 'skipped once, not read' : 'read once'}`;
  });
  if (names.size > SHOWN) {
    const each = [...names.keys()].slice(SHOWN).some((name) => skipped.has(name)) ? 'each read or skipped once' : 'each read once';
    lines.push(`note: … and ${plural(names.size - SHOWN, 'more file')} named twice or more, ${each}`);
  }
  return lines;
}

/**
 * "warning: x.csv: no date in it tells day from month (every first and second field 12 or less, as in '03/04/2026,
 * 09:01'): read day first, as its form (no AM/PM) has it". Its form's order, as portal-time.ts reads it.
 */
function undecidedLine(file: string, date: string): string {
  const monthFirst = formOrder(date) === 'month-first';
  const how = monthFirst ? 'month first, as its form (AM/PM) has it' : 'day first, as its form (no AM/PM) has it';
  return `warning: ${escapedHidden(file)}: no date in it tells day from month (every first and second field 12 or less, as in '${visibleId(date)}'): read ${how}`;
}

/** "warning: 14 invalid records, not used (at x.jsonl:2, x.jsonl:9, y.json:40, …)". */
function invalidHeadline(loaded: LoadedCalls): string {
  const n = loaded.counts.invalid;
  const first = loaded.invalidSamples.slice(0, WHERE_SHOWN).map((s) => sourcePlace(s.at));
  const etc = n > first.length ? ', …' : '';
  return `warning: ${plural(n, 'invalid record')}, not used (at ${first.join(', ')}${etc})`;
}

/**
 * "warning: f.csv: 3 times not read as dates (first at line 4: '20.13.2026, 10:31:44.902' in callStartTime); they count as absent",
 * "warning: f.csv: 2 numbers not read (first at line 7: '1,000' in packetLossRateAvg); they count as absent",
 * "warning: f.jsonl: 1 number not read (at line 3: '-5' in callDuration, out of range: below 0); it counts as absent".
 */
export function notReadLine({ kind, file, count, line, unit, text, field, outOfRange }: ValuesNotReadInFile): string {
  const one = count === 1;
  const place = line === null ? (one ? '' : 'first: ') : `${one ? 'at' : 'first at'} ${placeInFile(line, unit)}: `;
  const what = kind === 'time' ? `${plural(count, 'time')} not read as ${one ? 'a date' : 'dates'}` : `${plural(count, 'number')} not read`;
  const why = outOfRange === undefined ? '' : `, out of range: ${outOfRange}`;
  return `warning: ${escapedHidden(file)}: ${what} (${place}'${visibleId(text)}' in ${visibleId(field)}${why}); ${one ? 'it counts' : 'they count'} as absent`;
}


/** Records of the call categories (used, duplicate or superseded): without any, there is nothing to report on. */
export function callRecordCount(loaded: LoadedCalls): number {
  const c = loaded.counts;
  return c.used + c.duplicates + c.superseded;
}

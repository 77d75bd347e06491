import { Chalk } from 'chalk';
import { SUMMARIZE_FORMAT_ALIASES, SUMMARIZE_FORMATS, type SummarizeFormat } from '../config/formats.js';
import { resolveSettings, type Settings, type SettingsFlags } from '../config/resolve-settings.js';
import { EMPTY_FILE_REASON } from '../input/decide-shape.js';
import { STDIN_INPUT } from '../input/walk-paths.js';
import { buildCallChunks, CALLS_A_CHUNK } from '../model/build-calls.js';
import { type SkippedFile, skippedFileCount } from '../model/files-read.js';
import { type LoadedCalls, loadCalls } from '../model/load-calls.js';
import { defaultThreadsFor } from '../partition/default-threads.js';
import { judgeInPartitions } from '../partition/judge-in-partitions.js';
import { totalsOf } from '../rules/assess-calls.js';
import { byQuality } from '../rules/call-row.js';
import { judgeCallChunks, type JudgedCalls } from '../rules/judge-calls.js';
import { listCalls, type ListingOptions } from '../rules/list-calls.js';
import { SORT_FIELDS } from '../rules/sort-fields.js';
import { SUMMARIZE_HOLDS } from '../rules/judged-fields.js';
import type { TimeWindow } from '../rules/time-window.js';
import { evaluateSummaryGates } from '../rules/gates.js';
import { colorsFor } from '../report/colors.js';
import { distinctPrefixLength } from '../report/distinct-prefix.js';
import { strictCheckOf } from '../report/describe-invalid.js';
import { plural } from '../report/format-values.js';
import { type JudgedNothing, judgedNothingWarning, summaryGatesJudgedNothing } from '../report/gates-judged-nothing.js';
import { emptyWindowWarning, withoutStartTimeWarning } from '../report/selection-lines.js';
import { type SummaryDocument, summaryDocument } from '../report/summary-document.js';
import { redactSummary } from '../report/redact-summary.js';
import { SUMMARY_REPORTERS } from '../report/summary-reporters.js';
import { visibleId } from '../schema/visible-id.js';
import { parseChoice } from './parse-choice.js';
import { parseWholeNumber } from './parse-whole-number.js';
import { parseTimeWindow } from './parse-time-window.js';
import { requireCheckedInputs } from './require-inputs.js';
import { terminalColumns } from './terminal-columns.js';
import { printConfig } from './print-config.js';
import { printInputProblems, readWith } from './read-calls.js';
import { refuseReportClashes } from './report-clash.js';
import { type ReadFlags, readOptionsFrom } from './read-flags.js';
import { runExitCode } from './run-exit-code.js';
import { UsageError } from './usage-error.js';
import { callRecordCount } from './warn-input-problems.js';
import { limitHeapGrowth } from './heap-growth.js';
import { markdownRoom } from './step-summary.js';
import { parseReportFlag, writeReports, writeStdout } from './write-reports.js';
import { summarizeCommentHint } from './pr-comment-size.js';
import { inputName } from './input-name.js';
import { nextStepOf } from './next-step.js';

export interface SummarizeOptions extends SettingsFlags, ReadFlags {
  strict?: boolean;
  verbose?: boolean;
  report?: string[];
  printConfig?: boolean;
  since?: string;
  until?: string;
  onlyPoor?: boolean;
  sort?: string;
  limit?: string;
  /** false with --no-breakdowns */
  breakdowns?: boolean;
}

export async function summarize(named: string[], options: SummarizeOptions): Promise<number> {
  // Only the tests set this: it proves that an unexpected error in a command becomes one line, not a stack trace, and
  // that --debug's stack names this file (through the source maps that cli.ts turns on).
  if (process.env.ACS_CALLLOGS_TEST_INTERNAL_ERROR) throw new TypeError(process.env.ACS_CALLLOGS_TEST_INTERNAL_ERROR);
  const settings = resolveSettings(named, options);
  const format: SummarizeFormat = parseChoice('--format', settings.format ?? 'table', SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES);
  const reports = (options.report ?? []).map((r) => parseReportFlag(r, SUMMARIZE_FORMATS, SUMMARIZE_FORMAT_ALIASES));
  const window = parseTimeWindow(options.since, options.until, Date.now());
  const listingOptions = {
    sort: parseChoice('--sort', options.sort ?? 'quality', SORT_FIELDS),
    onlyPoor: options.onlyPoor === true,
    limit: options.limit === undefined ? null : parseWholeNumber('--limit', options.limit),
  };
  // Every flag is checked before the config is printed: a value the run would refuse is refused there too.
  const reading = readOptionsFrom(options);
  if (options.printConfig) {
    // The report paths too: two naming one file, a broken link, a file for a folder (standard output is the config's).
    await refuseReportClashes(reports, settings.inputs, null);
    return printConfig(settings, format, reading);
  }
  const inputs = await requireCheckedInputs(settings, 'acs-calllogs summarize <files|dirs|->');
  await refuseReportClashes(reports, inputs);
  limitHeapGrowth();

  // summarize judges media quality and client-operation reliability: the time series are counted, not held.
  const { loaded, judged } = await readWith(inputs, options, { mediaQualityOnly: true, ...SUMMARIZE_HOLDS }, async (reading) => {
    // Per-file counts (--verbose) follow each record from its file to the ledger: one thread only.
    const choice = reading.perFile ? { threads: 1 } : reading.threads !== undefined ? { threads: reading.threads } : await defaultThreadsFor(inputs);
    // Standard input peeked at to choose is read from what the choice gives back.
    if (choice.stdin !== undefined) reading = { ...reading, stdin: choice.stdin };
    if (choice.threads > 1) return judgeInPartitions(inputs, reading, choice.threads, settings.thresholds, window);
    const loaded = await loadCalls(inputs, reading);
    return { loaded, judged: judgeLoaded(loaded, settings, window) };
  }, false);
  if (callRecordCount(loaded) === 0) {
    // The files skipped are why, said in the one line; the invalid records are still told, each where it is.
    printInputProblems({ ...loaded, skipped: [] }, options);
    const whole = onlyInputSkipped(loaded, inputs);
    if (whole !== null) throw new UsageError(`no call-log records found in ${whole}`);
    const invalid = loaded.counts.invalid > 0 ? `, ${loaded.counts.invalid} invalid` : '';
    throw new UsageError(`no call-log records found in ${inputs.map(inputName).join(', ')} (read ${plural(loaded.counts.files, 'file')}, ${plural(loaded.counts.records, 'record')}${ignoredText(loaded.counts)}${invalid}${skippedText(loaded.skipped)})`);
  }
  printInputProblems(loaded, options);
  const { doc, judgedNothing } = documentOf(loaded, judged, settings, window, listingOptions);
  const leftOut = withoutStartTimeWarning(doc);
  if (leftOut !== null) process.stderr.write(`${leftOut}\n`);
  const emptyWindow = emptyWindowWarning(doc);
  if (emptyWindow !== null) process.stderr.write(`${emptyWindow}\n`);
  // Gates with nothing to judge pass (gates-judged-nothing.ts): said on stderr, in the JSON, and by the reports a CI job shows.
  for (const n of judgedNothing) process.stderr.write(`${judgedNothingWarning(n)}\n`);

  // Ids (as the reports name them: visible-id.ts) cut to what tells apart every call read, those --only-poor, --limit or the
  // window leave out too: `call` searches them all.
  // In any case, as `call` matches a prefix: two ids that differ only in case show whole.
  const callIdLength = distinctPrefixLength([...judged.rows.map((row) => row.correlationId), ...judged.leftOutIds].map(visibleId), 8, true);
  // The table ends with the command that tells the first poor call's story (next-step-line.ts), on stdout and in a file alike.
  const nextStep = nextStepOf(named, options);
  const render = { breakdowns: options.breakdowns !== false, callIdLength, strict: strictCheckOf(options.strict, loaded), judgedNothing, nextStep };
  // Markdown longer than a pull-request comment takes is noted on stderr, but with --quiet (pr-comment-size.ts).
  const commentHint = options.quiet === true ? null : summarizeCommentHint(listingOptions.onlyPoor, listingOptions.limit);
  // A report that cannot be written is said, and the others, stdout and the gates' lines still are: exit 2.
  const failed = await writeReports(
    reports,
    (report) => SUMMARY_REPORTERS[report.format](doc, new Chalk({ level: 0 }), { ...render, ...markdownRoom(report.format, report.path) }),
    commentHint,
  );
  // Only standard output is fitted to a terminal's width: a --report file is the same whatever the terminal.
  await writeStdout(SUMMARY_REPORTERS[format](doc, colorsFor(process.stdout), { ...render, ...markdownRoom(format, 1), columns: terminalColumns() }), format, process.stdout, commentHint);

  return runExitCode(doc.gates, loaded, options.strict, failed);
}

/**
 * The one input named, and why it held no record, when it is one file (or standard input) that was opened and skipped:
 * "empty.json: the file is empty", "- (standard input): it is empty", "a.bin: not call logs: binary data" ("- (standard
 * input): not call logs: …" when it came in on standard input). "read 0
 * files" said of the file just read was untrue: it was read, and skipped for what it held. Else null.
 */
function onlyInputSkipped(loaded: LoadedCalls, inputs: readonly string[]): string | null {
  const [skipped, ...others] = loaded.skipped;
  const { files, records, invalid } = loaded.counts;
  if (skipped === undefined || others.length > 0 || skipped.files !== undefined || inputs.length !== 1 || files + records + invalid > 0) return null;
  const stdin = inputs[0] === STDIN_INPUT;
  if (!stdin && skipped.file !== inputs[0]) return null;
  const named = inputName(inputs[0]!);
  if (skipped.reason !== EMPTY_FILE_REASON) return `${named}: ${skipped.reason}`;
  return stdin ? `${named}: it is empty` : `${named}: the file is empty`;
}

/**
 * "; skipped logs/empty.json: empty file", "; skipped 5 files: a.txt: not call logs …, b.json: empty file, and 3 more"
 * (a version-control folder counts its files).
 */
function skippedText(all: LoadedCalls['skipped']): string {
  if (all.length === 0) return '';
  // The files that may be the logs meant come first: a version-control folder and the operating system's files last.
  const rank = (s: SkippedFile) => (s.osFile === true ? 2 : s.files !== undefined ? 1 : 0);
  const skipped = [0, 1, 2].flatMap((r) => all.filter((s) => rank(s) === r));
  const count = skippedFileCount(skipped);
  const named = skipped.slice(0, 2).map(({ file, reason }) => `${file}: ${reason}`);
  const more = count - skippedFileCount(skipped.slice(0, 2));
  return `; skipped ${count === 1 ? '' : `${count} files: `}${named.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

/**
 * The calls read, built and judged a chunk at a time on one thread: each chunk's records are let go once judged,
 * so that nothing holds them while the report is written.
 */
function judgeLoaded(loaded: LoadedCalls, settings: Settings, window: TimeWindow): JudgedCalls {
  const unbuilt = loaded.unbuilt!;
  loaded.unbuilt = null;
  const judged = judgeCallChunks(buildCallChunks(unbuilt, CALLS_A_CHUNK, { reuseStreams: true }), settings.thresholds, window);
  // Copies are found as the calls are built, once reading is over.
  loaded.counts.copies = judged.copies;
  return judged;
}

/** The document of the calls judged: sorted, totalled, gated, listed; and the gates that had nothing to judge. */
function documentOf(loaded: LoadedCalls, judged: JudgedCalls, settings: Settings, window: TimeWindow, listingOptions: ListingOptions): { doc: SummaryDocument; judgedNothing: JudgedNothing[] } {
  const rows = judged.rows.sort(byQuality);
  const totals = totalsOf(rows);
  const gates = evaluateSummaryGates(totals, settings.gates, settings.gateSources);
  // Of every call judged (the listing may show fewer).
  const judgedNothing = summaryGatesJudgedNothing(gates, totals, rows.some((r) => r.unknownStreamsWithMetrics > 0));
  const view = {
    window: {
      ...window,
      outside: judged.outside,
      withoutStartTime: judged.withoutStartTime,
      withoutStartTimePoor: judged.withoutStartTimePoor,
      withoutStartTimeUnknown: judged.withoutStartTimeUnknown,
    },
    listing: { ...listingOptions, ...listCalls(rows, listingOptions) },
    breakdowns: judged.breakdowns,
  };
  const doc = summaryDocument(loaded, rows, totals, settings.thresholds, gates, view, judgedNothing);
  // --redact: every format is drawn from this one document, redacted once.
  return { doc: settings.redact ? redactSummary(doc) : doc, judgedNothing };
}

/** ", all ignored: other categories (AzureMetrics 2)": what the records of a run that found no call log were, when any were of other categories. */
function ignoredText(counts: LoadedCalls['counts']): string {
  if (counts.ignored === 0) return '';
  const categories = Object.entries(counts.byCategory).map(([name, n]) => `${visibleId(name)} ${n}`).join(', ');
  return `, ${counts.ignored === counts.records ? 'all' : counts.ignored} ignored: other categories (${categories})`;
}

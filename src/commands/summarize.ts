import { Chalk } from 'chalk';
import type { Command } from 'commander';
import { SUMMARIZE_FORMATS, type SummarizeFormat } from '../config/config-schema.js';
import { resolveSettings, type Settings, type SettingsFlags } from '../config/resolve-settings.js';
import type { LoadedCalls } from '../model/load-calls.js';
import { assessCalls, totalsOf } from '../rules/assess-calls.js';
import { fleetBreakdowns } from '../rules/breakdowns/fleet-breakdowns.js';
import { listCalls, type ListingOptions, SORT_FIELDS } from '../rules/list-calls.js';
import { selectByStartTime, type TimeWindow } from '../rules/time-window.js';
import { evaluateSummaryGates } from '../rules/gates.js';
import { colorsFor } from '../report/colors.js';
import { plural } from '../report/format-values.js';
import { type SummaryDocument, summaryDocument } from '../report/summary-document.js';
import { SUMMARY_REPORTERS } from '../report/summary-reporters.js';
import { parseChoice } from './parse-choice.js';
import { parseListLimit } from './parse-list-limit.js';
import { parseTimeWindow } from './parse-time-window.js';
import { requireInputs } from './require-inputs.js';
import { printConfig } from './print-config.js';
import { readCalls } from './read-calls.js';
import { addReadOptions, type ReadFlags } from './read-flags.js';
import { runExitCode } from './run-exit-code.js';
import { addSettingsOptions, collect } from './settings-options.js';
import { UsageError } from './usage-error.js';
import { callRecordCount } from './warn-input-problems.js';
import { parseReportFlag, writeReport, writeStdout } from './write-reports.js';

interface SummarizeOptions extends SettingsFlags, ReadFlags {
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

export function registerSummarize(program: Command): void {
  const command = program
    .command('summarize')
    .description('every call in an export, poor ones first, with totals')
    .argument('[inputs...]', 'files, directories (walked recursively) or - for standard input')
    .option('-f, --format <format>', `report on stdout: ${SUMMARIZE_FORMATS.join(', ')} (default: table)`)
    .option('--report <format=path>', 'also write a report to a file (repeatable), e.g. junit=out/calls.xml', collect)
    .option('--max-poor-calls <N|P%>', 'gate: fail (exit 1) with more poor calls than N, or than P% of the calls of known quality')
    .option('--max-poor-streams <N|P%>', 'gate: fail with more poor streams than N, or than P% of the streams')
    .option('--fail-on-unknown', 'gate: fail when any call has no CallDiagnostics (quality unknown)')
    .option('--strict', 'exit 2 when any record is invalid')
    .option('--verbose', 'count what was read per file (stderr, and input.byFile in JSON)')
    .option('--since <time>', 'only calls that started at or after: ISO 8601 (2026-11-20T09:00Z, UTC without a zone) or back from now (90m, 24h, 7d, 2w); totals, breakdowns and gates are over the selected calls')
    .option('--until <time>', 'only calls that started before (same forms as --since)')
    .option('--only-poor', 'list only poor calls (totals, breakdowns and gates still count every selected call)')
    .option('--sort <field>', `order of the listing: ${SORT_FIELDS.join(', ')} (default: quality, poor first)`)
    .option('--limit <n>', 'list at most n calls (the report says how many are not shown)')
    .option('--no-breakdowns', 'table and markdown: leave out the breakdown tables (JSON always has them)');
  addReadOptions(addSettingsOptions(command)).action(async (inputs: string[], options: SummarizeOptions) => {
    process.exitCode = await summarize(inputs, options);
  });
}

export async function summarize(named: string[], options: SummarizeOptions): Promise<number> {
  const settings = resolveSettings(named, options);
  const format: SummarizeFormat = parseChoice('--format', settings.format === 'text' ? 'table' : (settings.format ?? 'table'), SUMMARIZE_FORMATS);
  const reports = (options.report ?? []).map((r) => parseReportFlag(r, SUMMARIZE_FORMATS));
  if (options.printConfig) return printConfig(settings, format);
  const window = parseTimeWindow(options.since, options.until, Date.now());
  const listingOptions = {
    sort: parseChoice('--sort', options.sort ?? 'quality', SORT_FIELDS),
    onlyPoor: options.onlyPoor === true,
    limit: options.limit === undefined ? null : parseListLimit(options.limit),
  };
  const inputs = requireInputs(settings, 'acs-calllogs summarize <files|dirs|->');

  // summarize judges media quality and client-operation reliability: the time series are counted, not held.
  const loaded = await readCalls(inputs, options, { mediaQualityOnly: true });
  if (callRecordCount(loaded) === 0) {
    throw new UsageError(`no call-log records found in ${inputs.join(', ')} (read ${plural(loaded.counts.files, 'file')}, ${plural(loaded.counts.records, 'record')})`);
  }
  const doc = judgeCalls(loaded, settings, window, listingOptions);

  const render = { breakdowns: options.breakdowns !== false };
  for (const report of reports) writeReport(report.path, SUMMARY_REPORTERS[report.format](doc, new Chalk({ level: 0 }), render));
  writeStdout(SUMMARY_REPORTERS[format](doc, colorsFor(process.stdout), render));

  return runExitCode(doc.gates, loaded, options.strict);
}

/**
 * The document of the calls read: selected, judged, listed and broken down. The calls leave `loaded` here, so
 * that once the document is made nothing holds the records while the report is written (on the 230 MB bench
 * export they are most of the heap: the peak then falls by what they hold).
 */
function judgeCalls(loaded: LoadedCalls, settings: Settings, window: TimeWindow, listingOptions: ListingOptions): SummaryDocument {
  const calls = loaded.calls;
  loaded.calls = [];
  const { selected, ...windowed } = selectByStartTime(calls, window);
  const assessed = assessCalls(selected, settings.thresholds);
  const totals = totalsOf(assessed);
  const gates = evaluateSummaryGates(totals, settings.gates);
  const view = {
    window: { ...window, ...windowed },
    listing: { ...listingOptions, ...listCalls(assessed, listingOptions) },
    breakdowns: fleetBreakdowns(assessed),
  };
  return summaryDocument(loaded, assessed, totals, settings.thresholds, gates, view);
}

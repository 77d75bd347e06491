import { Chalk } from 'chalk';
import type { Command } from 'commander';
import { SUMMARIZE_FORMATS, type SummarizeFormat } from '../config/config-schema.js';
import { resolveSettings, type SettingsFlags } from '../config/resolve-settings.js';
import { loadCalls } from '../model/load-calls.js';
import { assessCalls, totalsOf } from '../rules/assess-calls.js';
import { evaluateSummaryGates, gateExitCode } from '../rules/gates.js';
import { colorsFor } from '../report/colors.js';
import { describeGate } from '../report/describe-gate.js';
import { summaryDocument } from '../report/summary-document.js';
import { SUMMARY_REPORTERS } from '../report/summary-reporters.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { parseChoice } from './parse-choice.js';
import { requireInputs } from './require-inputs.js';
import { printConfig } from './print-config.js';
import { startProgress } from './progress-reporter.js';
import { addReadOptions, type ReadFlags, readOptionsFrom } from './read-flags.js';
import { addSettingsOptions, collect } from './settings-options.js';
import { UsageError } from './usage-error.js';
import { callRecordCount, inputProblemLines } from './warn-input-problems.js';
import { parseReportFlag, writeReport } from './write-reports.js';

interface SummarizeOptions extends SettingsFlags, ReadFlags {
  strict?: boolean;
  report?: string[];
  printConfig?: boolean;
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
    .option('--strict', 'exit 2 when any record is invalid');
  addReadOptions(addSettingsOptions(command)).action(async (inputs: string[], options: SummarizeOptions) => {
    process.exitCode = await summarize(inputs, options);
  });
}

export async function summarize(named: string[], options: SummarizeOptions): Promise<number> {
  const settings = resolveSettings(named, options);
  const format: SummarizeFormat = parseChoice('--format', settings.format === 'text' ? 'table' : (settings.format ?? 'table'), SUMMARIZE_FORMATS);
  const reports = (options.report ?? []).map((r) => parseReportFlag(r, SUMMARIZE_FORMATS));
  if (options.printConfig) return printConfig(settings, format);
  const inputs = requireInputs(settings, 'acs-calllogs summarize <files|dirs|->');

  // summarize judges media quality: the client operations and time series are counted, not held.
  const reading = readOptionsFrom(options);
  const progress = await startProgress(inputs, options.quiet);
  let loaded;
  try {
    loaded = await loadCalls(inputs, { ...reading, mediaQualityOnly: true, onBytes: progress.onBytes });
  } finally {
    progress.stop();
  }
  for (const line of inputProblemLines(loaded)) process.stderr.write(`${line}\n`);
  if (callRecordCount(loaded) === 0) {
    throw new UsageError(`no call-log records found in ${inputs.join(', ')} (read ${loaded.counts.files} files, ${loaded.counts.records} records)`);
  }
  const assessed = assessCalls(loaded.calls, settings.thresholds);
  const totals = totalsOf(assessed);
  const gates = evaluateSummaryGates(totals, settings.gates);
  const doc = summaryDocument(loaded, assessed, totals, settings.thresholds, gates);

  for (const report of reports) writeReport(report.path, SUMMARY_REPORTERS[report.format](doc, new Chalk({ level: 0 })));
  process.stdout.write(SUMMARY_REPORTERS[format](doc, colorsFor(process.stdout)));

  for (const gate of gates.filter((g) => g.crossed)) process.stderr.write(`acs-calllogs: gate ${describeGate(gate)}\n`);
  if (options.strict && loaded.counts.invalid > 0) {
    process.stderr.write(`acs-calllogs: --strict: ${loaded.counts.invalid} invalid record(s)\n`);
    return EXIT_USAGE;
  }
  return gateExitCode(gates) || EXIT_OK;
}

import { delimiter } from 'node:path';
import type { Command } from 'commander';
import { SUMMARIZE_FORMATS } from '../config/formats.js';
import { INPUT_ENV } from '../config/input-env.js';
import { SORT_FIELDS } from '../rules/sort-fields.js';
import { addReadOptions } from './read-flags.js';
import { addRedactOptions, addSettingsOptions, collect } from './settings-options.js';
import type { SummarizeOptions } from './summarize.js';

/** The summarize command's arguments and options; what it does (summarize.ts, and all it needs) is loaded when it runs. */
export function registerSummarize(program: Command): void {
  const command = program
    .command('summarize')
    .description('every call in an export, poor ones first, with totals')
    .argument('[inputs...]', `files, directories (walked recursively) or - for standard input (default: $${INPUT_ENV}, paths joined by "${delimiter}", or the config's inputs)`)
    .option('-f, --format <format>', `report on stdout: ${SUMMARIZE_FORMATS.join(', ')} (default: table; text, call's name for it, is table here too)`)
    .option('--report <format=path>', 'also write a report to a file (repeatable), e.g. junit=out/calls.xml', collect)
    .option('--max-poor-calls <N|P%|off>', 'gate: fail (exit 1) with more poor calls than N, or than P% of the calls of known quality; off: none this run, whatever gates.maxPoorCalls says (null there is off)')
    .option('--max-poor-streams <N|P%|off>', 'gate: fail with more poor streams than N, or than P% of the streams of known quality (not those with no metric read); off: none this run, whatever gates.maxPoorStreams says (null there is off)')
    .option('--max-failed-calls <N|P%|off>', 'gate: fail with more calls with a failed leg (dropped, or ended on an unexpected error) than N, or than P% of the calls with a CallSummary; off: none this run, whatever gates.maxFailedCalls says (null there is off)')
    .option('--fail-on-poor', 'gate: fail when any call is poor (as --max-poor-calls 0)')
    .option('--no-fail-on-poor', 'turn off the config file\'s failOnPoor')
    .option('--fail-on-unknown', 'gate: fail when any call\'s quality is unknown (no CallDiagnostics, or no metric read on its streams)')
    .option('--no-fail-on-unknown', 'turn off the config file\'s failOnUnknown')
    .option('--strict', 'exit 2 when any record is invalid, and fail the JUnit "strict" testcase')
    .option('--verbose', 'count what was read per file (stderr, and input.byFile in JSON)')
    .option('--since <time>', 'only calls that started at or after: an ISO 8601 time (2026-11-20T09:00Z, UTC without a zone) or back from now (90m, 24h, 7d, 2w); totals, breakdowns and gates count only these')
    .option('--until <time>', 'only calls that started before (same forms as --since)')
    .option('--only-poor', 'list only poor calls (totals, breakdowns and gates still count every selected call)')
    .option('--sort <field>', `order of the listing: ${SORT_FIELDS.join(', ')} (default: quality, poor first)`)
    .option('--limit <n>', 'list at most n calls (the report says how many are not shown)')
    .option('--no-breakdowns', 'table and markdown: leave out the breakdown tables (JSON always has them)');
  addReadOptions(addRedactOptions(addSettingsOptions(command)), 'shown').action(async (inputs: string[], options: SummarizeOptions) => {
    const { summarize } = await import('./summarize.js');
    process.exitCode = await summarize(inputs, options);
  });
}

import type { Command } from 'commander';
import { TIME_BOUND_FORMS } from '../config/time-bound.js';
import type { KqlOptions } from './kql.js';
import { addSettingsOptions } from './settings-options.js';

/** The kql command's options; what it does (kql.ts, and all it needs) is loaded when it runs. */
export function registerKql(program: Command): void {
  const command = program
    .command('kql')
    .description('print the KQL that gives the verdicts of summarize over the ACS tables of a Log Analytics workspace')
    .option('--per-call', 'one row per call (default: one row of totals)')
    .option('--since <time>', `only records generated since then: ${TIME_BOUND_FORMS}`)
    .option('--until <time>', 'only records generated before then (same forms as --since)');
  addSettingsOptions(command).action(async (options: KqlOptions) => {
    const { kqlCommand } = await import('./kql.js');
    process.exitCode = kqlCommand(options);
  });
}

import { delimiter } from 'node:path';
import type { Command } from 'commander';
import { CALL_FORMATS } from '../config/formats.js';
import { INPUT_ENV } from '../config/input-env.js';
import type { CallOptions } from './call.js';
import { addReadOptions } from './read-flags.js';
import { addRedactOptions, addSettingsOptions, collect } from './settings-options.js';

/** The call command's arguments and options; what it does (call.ts, and all it needs) is loaded when it runs. */
export function registerCall(program: Command): void {
  const command = program
    .command('call')
    .description('the whole story of one call: legs, timeline, streams, flagged metrics, end reasons')
    .argument('<correlationId>', "the call id, or a unique prefix of at least 8 characters; else a leg's (participantId or endpointId), or a Teams meeting's thread id or link, for its call")
    .argument('[inputs...]', `files, directories or - (default: $${INPUT_ENV}, paths joined by "${delimiter}", or the config's inputs)`)
    .option('-f, --format <format>', `report on stdout: ${CALL_FORMATS.join(', ')} (default: text; table, summarize's name for it, is text here too)`)
    .option('--report <format=path>', 'also write a report to a file (repeatable), e.g. junit=out/call.xml; formats as --format', collect)
    .option('--fail-on-poor', 'gate: exit 1 when the call is poor')
    .option('--no-fail-on-poor', 'turn off the config file\'s failOnPoor')
    .option('--fail-on-unknown', 'gate: exit 1 when the call\'s quality is unknown (no CallDiagnostics or no metric read, and nothing else poor)')
    .option('--no-fail-on-unknown', 'turn off the config file\'s failOnUnknown')
    .option('--all', 'text and markdown: list every event, stream and leg, and in markdown every failed or degraded operation (over 40, some are counted, not listed); JSON always has them all')
    .option('--verbose', 'count what was read per file (stderr, and input.byFile in JSON)')
    .option('--strict', 'exit 2 when any record read is invalid (records of other calls are not parsed), and fail the JUnit "strict" testcase');
  addReadOptions(addRedactOptions(addSettingsOptions(command)), 'hidden').action(async (id: string, inputs: string[], options: CallOptions) => {
    const { callCommand } = await import('./call.js');
    process.exitCode = await callCommand(id, inputs, options);
  });
}

import { delimiter } from 'node:path';
import type { Command } from 'commander';
import { CALL_FORMATS, type CallFormat } from '../config/config-schema.js';
import { INPUT_ENV, resolveSettings, type SettingsFlags } from '../config/resolve-settings.js';
import { STDIN_INPUT } from '../input/walk-paths.js';
import { loadCalls } from '../model/load-calls.js';
import { assessCallStory } from '../rules/assess-call-story.js';
import { isUsableQuery, matchCallId, MIN_PREFIX, nearestIds, normaliseQuery } from '../rules/match-call-id.js';
import { evaluateCallGates, gateExitCode } from '../rules/gates.js';
import { callDocument } from '../report/call-document.js';
import { colorsFor } from '../report/colors.js';
import { describeGate } from '../report/describe-gate.js';
import { jsonText } from '../report/json-text.js';
import { renderCallText } from '../report/render-call-text.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { parseChoice } from './parse-choice.js';
import { requireInputs } from './require-inputs.js';
import { printConfig } from './print-config.js';
import { startProgress } from './progress-reporter.js';
import { addReadOptions, type ReadFlags, readOptionsFrom } from './read-flags.js';
import { addSettingsOptions } from './settings-options.js';
import { UsageError } from './usage-error.js';
import { inputProblemLines } from './warn-input-problems.js';

interface CallOptions extends SettingsFlags, ReadFlags {
  printConfig?: boolean;
  verbose?: boolean;
  strict?: boolean;
}

export function registerCall(program: Command): void {
  const command = program
    .command('call')
    .description('the whole story of one call: legs, timeline, streams, flagged metrics, end reasons')
    .argument('<correlationId>', 'the call id, or a unique prefix of at least 8 characters')
    .argument('[inputs...]', `files, directories or - (default: $${INPUT_ENV}, paths joined by "${delimiter}", or the config's inputs)`)
    .option('-f, --format <format>', `report format: ${CALL_FORMATS.join(', ')} (default: text)`)
    .option('--fail-on-poor', 'gate: exit 1 when the call is poor')
    .option('--verbose', 'count what was read per file (stderr, and input.byFile in JSON)')
    .option('--strict', 'exit 2 when any record read is invalid (records of other calls are not parsed)');
  addReadOptions(addSettingsOptions(command)).action(async (id: string, inputs: string[], options: CallOptions) => {
    process.exitCode = await callCommand(id, inputs, options);
  });
}

/** Finds a call id in a raw line without parsing it: the ids of other calls, for "did you mean". */
const RAW_ID = /"(?:correlationId|CallId)"\s*:\s*"\s*([0-9A-Za-z-]{8,})\s*"/i;

export async function callCommand(id: string, named: string[], options: CallOptions): Promise<number> {
  const settings = resolveSettings(named, options);
  const configured = settings.format === 'table' ? 'text' : settings.format;
  // The config's format is shared with summarize: call takes it only when it is one of its own.
  const format: CallFormat =
    options.format !== undefined ? parseChoice('--format', options.format, CALL_FORMATS) : configured === 'json' ? 'json' : 'text';
  if (options.printConfig) return printConfig(settings, format);
  if (!isUsableQuery(id)) throw new UsageError(`call id '${id}' is too short: give the full id or at least ${MIN_PREFIX} characters`);
  const inputs = requireInputs(settings, 'acs-calllogs call <id> <files|dirs|->');
  const query = normaliseQuery(id);
  const needle = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  // Records of other calls are never parsed: JSON Lines bytes are searched for the id (ids are GUIDs, written
  // in lower or upper case) before anything is decoded; the raw text of other shapes' records is tested.
  const needles = [...new Set([id.trim(), query, query.toUpperCase()])];
  const reading = readOptionsFrom(options);
  // Standard input cannot be read twice: there the ids of other calls are gathered as lines are tested (slower).
  const seenIds = new Set<string>();
  const gathering = (raw: string) => {
    if (needle.test(raw)) return true;
    const seen = RAW_ID.exec(raw)?.[1];
    if (seen && seenIds.size < 10_000) seenIds.add(seen);
    return false;
  };
  const viaStdin = inputs.includes(STDIN_INPUT);
  const progress = await startProgress(inputs, options.quiet);
  let loaded;
  try {
    const search = viaStdin ? { prefilter: gathering } : { needles, prefilter: (raw: string) => needle.test(raw) };
    loaded = await loadCalls(inputs, { ...reading, ...search, onBytes: progress.onBytes, perFile: options.verbose === true });
  } finally {
    progress.stop();
  }
  for (const line of inputProblemLines(loaded, options.verbose)) process.stderr.write(`${line}\n`);

  const found = loaded.calls.map((c) => c.correlationId);
  const match = matchCallId(query, found);
  if (match.kind === 'ambiguous') {
    throw new UsageError(`call id '${id}' is ambiguous: ${match.candidates.join(', ')}`);
  }
  if (match.kind === 'unknown') {
    // The calls parsed hold no match: the nearest ids come from everything, read again for the ids alone.
    const otherIds = viaStdin ? seenIds : await idsIn(inputs, reading);
    const nearest = nearestIds(query, [...new Set([...otherIds, ...found])], 3);
    const hint = nearest.length ? `; nearest ids seen: ${nearest.join(', ')}` : '';
    throw new UsageError(`no call '${id}' in ${inputs.join(', ')}${hint}`);
  }
  const call = loaded.calls.find((c) => c.correlationId === match.id)!;
  const story = assessCallStory(call, settings.thresholds);
  const output =
    format === 'json' ? `${jsonText(callDocument(story, settings.thresholds, loaded.counts, loaded.perFile), 2)}\n` : renderCallText(story, colorsFor(process.stdout));
  process.stdout.write(output);
  const gates = evaluateCallGates(story.quality, settings.gates);
  for (const gate of gates.filter((g) => g.crossed)) process.stderr.write(`acs-calllogs: gate ${describeGate(gate)}\n`);
  if (options.strict && loaded.counts.invalid > 0) {
    process.stderr.write(`acs-calllogs: --strict: ${loaded.counts.invalid} invalid record(s)\n`);
    return EXIT_USAGE;
  }
  return gateExitCode(gates) || EXIT_OK;
}

/** The call ids named in the raw text of the records (up to 10,000 distinct), none of them parsed: for "did you mean". */
async function idsIn(inputs: string[], reading: ReturnType<typeof readOptionsFrom>): Promise<Set<string>> {
  const ids = new Set<string>();
  const prefilter = (raw: string) => {
    const seen = RAW_ID.exec(raw)?.[1];
    if (seen && ids.size < 10_000) ids.add(seen);
    return false;
  };
  await loadCalls(inputs, { ...reading, threads: 1, prefilter });
  return ids;
}

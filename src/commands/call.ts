import { CALL_FORMAT_ALIASES, CALL_FORMATS, type CallFormat } from '../config/formats.js';
import { resolveSettings, type SettingsFlags } from '../config/resolve-settings.js';
import { STDIN_INPUT } from '../input/walk-paths.js';
import { countOnlyCall } from '../model/count-only-call.js';
import type { LoadedCalls } from '../model/load-calls.js';
import { redactCall } from '../model/redact-call.js';
import { assessCallStory } from '../rules/assess-call-story.js';
import { callIdSpellings, guidsInText, startsWithEllipsis } from '../rules/clean-call-id.js';
import { isUsableQuery, matchCallId, MIN_PREFIX, normaliseQuery } from '../rules/match-call-id.js';
import { describeLegId, describeLegIds, legIdsOf, type LegMatch, matchLegId } from '../rules/match-leg-id.js';
import { callsOfThread, threadIdIn, type ThreadCall } from '../rules/match-thread-id.js';
import { callGates, evaluateCallGates } from '../rules/gates.js';
import { CALL_REPORTERS, type CallReportInput } from '../report/call-reporters.js';
import { plural } from '../report/format-values.js';
import { visibleId } from '../schema/visible-id.js';
import { safeText } from '../schema/visible-text.js';
import { streamCountsOf } from '../report/describe-unknown.js';
import { callGatesJudgedNothing, judgedNothingWarning } from '../report/gates-judged-nothing.js';
import { strictCheckOf } from '../report/describe-invalid.js';
import { refuseIdAfterInputs, refuseSecondId } from './call-id-first.js';
import { idGatherer, noSeenIds, readSeenIds } from './call-id-gatherer.js';
import { nearestIdsHint } from './nearest-ids-hint.js';
import { callSearch } from './call-search.js';
import { parseChoice } from './parse-choice.js';
import { requireCheckedInputs } from './require-inputs.js';
import { printInputProblems, readCalls } from './read-calls.js';
import { callRecordCount } from './warn-input-problems.js';
import { readLegCall } from './read-leg-call.js';
import { type ReadFlags, readOptionsFrom } from './read-flags.js';
import { runExitCode } from './run-exit-code.js';
import { refuseReportClashes } from './report-clash.js';
import { markdownRoom } from './step-summary.js';
import { terminalColumns } from './terminal-columns.js';
import { parseReportFlag, writeReports, writeStdout } from './write-reports.js';
import { callCommentHint } from './pr-comment-size.js';
import { UsageError } from './usage-error.js';
import { inputName } from './input-name.js';

export interface CallOptions extends SettingsFlags, ReadFlags {
  printConfig?: boolean;
  report?: string[];
  verbose?: boolean;
  strict?: boolean;
  all?: boolean;
}

export async function callCommand(pasted: string, named: string[], options: CallOptions): Promise<number> {
  let id = pasted;
  const settings = resolveSettings(named, options);
  const configured = settings.format === undefined ? undefined : (CALL_FORMAT_ALIASES.get(settings.format) ?? settings.format);
  // The config's format is shared with summarize: call takes it only when it is one of its own (`table` is `text`,
  // as on the command line: formats.ts).
  const format: CallFormat =
    options.format !== undefined ? parseChoice('--format', options.format, CALL_FORMATS, CALL_FORMAT_ALIASES) : (CALL_FORMATS.find((f) => f === configured) ?? 'text');
  const reports = (options.report ?? []).map((r) => parseReportFlag(r, CALL_FORMATS, CALL_FORMAT_ALIASES));
  // The reading flags are checked first, as the run does (call reads on one thread: --threads is checked, not used).
  const reading = readOptionsFrom(options);
  if (options.printConfig) {
    // The report paths are checked as the run checks them (standard output is the config's).
    await refuseReportClashes(reports, settings.inputs, null);
    // The gates call applies: a shared config's count gates are summarize's (callGates).
    return (await import('./print-config.js')).printConfig({ ...settings, gates: callGates(settings.gates) }, format, { ...reading, threads: 1 });
  }
  // An id shorter than a prefix may be (`abc`) is still some call's or leg's whole id: it is looked for as that only.
  let short = !isUsableQuery(id);
  // The id as the messages quote it: as it is searched for (clean-call-id.ts), what the terminal shows of what was typed.
  let typed = safeText(id);
  const tooShort = `call id '${typed}' is too short: give the full id or at least ${MIN_PREFIX} characters`;
  // `call "$TEST_CALL_ID" logs/` where the variable is unset: said as an empty --config or --report path is.
  if (id.trim() === '') throw new UsageError(`the call id is ${id === '' ? 'empty' : 'blank'} (an unset variable?): expected the call's id, or its first ${MIN_PREFIX} characters or more`);
  if (short && normaliseQuery(id) === '') throw new UsageError(tooShort);
  await refuseIdAfterInputs(id, named, settings.inputs.length);
  await refuseSecondId(named);
  const inputs = await requireCheckedInputs(settings, 'acs-calllogs call <id> <files|dirs|->');
  await refuseReportClashes(reports, inputs);
  let query = normaliseQuery(id);
  // A text that holds a GUID (`correlationId: …`, a portal URL, a log line) is tried as typed first, then by its GUID.
  const inText = guidsInText(id);
  // A Teams thread id (`19:meeting_…@thread.v2`), or a meeting link holding one: the calls that log it are looked for.
  const thread = threadIdIn(id);
  // Standard input cannot be read twice: there the ids of other calls are gathered as lines are tested (slower).
  const seenIds = noSeenIds();
  const viaStdin = inputs.includes(STDIN_INPUT);
  // What was wrong with the input is told of the read whose call is shown: a leg's call is read again, and told of then.
  // The id's cleaned spellings are searched for (clean-call-id.ts): what the terminal would show, not what was pasted.
  const loaded = await readCalls(inputs, options, callSearch([...callIdSpellings(id), ...(inText.length === 1 ? inText : []), ...(thread === null ? [] : [thread])], viaStdin ? idGatherer(seenIds) : null), false);

  const found = loaded.calls.map((c) => c.correlationId);
  let match = matchCallId(id, found, short);
  // No call has the id: a ticket may quote a leg's instead (its participantId, or endpointId), as the reports show them.
  let byLeg = match.kind === 'unknown' ? matchLegId(id, legIdsOf(loaded.calls), short) : null;
  // Nor a leg's: a Teams thread's calls (before the GUIDs a meeting link holds, the tenant's and organiser's, no call's).
  const byThread = byLeg?.kind === 'unknown' && thread !== null ? callsOfThread(thread, loaded.calls) : null;
  if (byThread !== null && byThread.length !== 1) {
    printInputProblems(loaded, options);
    throw new UsageError(threadNotOneCall(typed, thread!, byThread, inputs.map(inputName).join(', ')));
  }
  // Nothing has the text as typed: the one GUID it holds is the id asked for (said, whether found or not); of several,
  // none is picked.
  if (byLeg?.kind === 'unknown' && byThread === null && inText.length > 1) {
    throw new UsageError(`no call or leg has the id '${typed}', and it holds ${inText.length} GUIDs: ${inText.map(safeText).join(', ')}; give the one to show`);
  }
  if (byLeg?.kind === 'unknown' && byThread === null && inText.length === 1) {
    id = inText[0]!;
    process.stderr.write(`note: no call or leg has the id '${typed}': looked for the GUID it holds, ${safeText(id)}\n`);
    [typed, query, short] = [safeText(id), normaliseQuery(id), false];
    match = matchCallId(id, found);
    byLeg = match.kind === 'unknown' ? matchLegId(id, legIdsOf(loaded.calls)) : null;
  }
  // The records of other calls that hold the id (a transfer names the call it came from) were read: filtered, not used.
  if (match.kind === 'found') countOnlyCall(loaded, match.id);
  if (byLeg?.kind !== 'found' && byLeg?.kind !== 'several' && byThread === null) printInputProblems(loaded, options);
  // The ids the message offers are named as the reports name them (visible-id.ts): each, given back, finds its call.
  if (match.kind === 'ambiguous') {
    throw new UsageError(`call id '${typed}' is ambiguous: ${match.candidates.map(visibleId).join(', ')}`);
  }
  if (byLeg?.kind === 'ambiguous') {
    throw new UsageError(`no call has the id '${typed}', and as a leg's it is ambiguous: ${byLeg.candidates.map(describeLegId).join(', ')}`);
  }
  // As for a longer id, what could not be read (on stderr above) is said to may have been the call's.
  const unread = byLeg?.kind === 'unknown' && byThread === null ? unreadParts(loaded, typed) : [];
  if (byLeg?.kind === 'unknown' && byThread === null && short) throw new UsageError(`${tooShort} (no call or leg has the whole id '${typed}'${unread.map((part) => `; ${part}`).join('')})`);
  if (byLeg?.kind === 'unknown' && byThread === null) {
    // An id cut at its start (`…539cb9f7a904`) is the end of one: ids are found by their start, and the nearest ids
    // by theirs, so no suggestion would be its call's (no suffix is matched: said so, with what to give instead).
    const cut = startsWithEllipsis(id) ? `; it starts with an ellipsis, as an id cut at its start does, and ids are found by their start: give the whole id, or its first ${MIN_PREFIX} characters or more` : null;
    // Else the calls parsed hold no match: the nearest ids come from everything, read again for the ids alone.
    const hint = cut ?? nearestIdsHint(query, viaStdin ? seenIds : await readSeenIds(inputs, readOptionsFrom(options), options.quiet), loaded.calls);
    // Only records whose text holds the id are parsed: the invalid ones (on stderr above) may have been the call's,
    // whose id a torn record no longer tells. Said as it is, not as "no call", whatever the size of the input.
    throw new UsageError(`no call '${typed}' in ${inputs.map(inputName).join(', ')}${unread.length > 0 ? `: ${unread.join('; ')}` : noRecordsText(loaded)}${hint}`);
  }
  // A leg's: only the records holding the leg's id were parsed; the whole call is read again by the call's id.
  // Several legs of one call (a prefix a report shortened their ids to): the call is theirs, no one leg is asked for.
  const asked = byLeg?.kind === 'found' ? byLeg.leg : null;
  const legCall = byThread !== null ? threadCallOf(typed, thread!, byThread[0]!) : legCallOf(byLeg);
  const shown = legCall === null ? loaded : await readLegCall(typed, legCall.callId, legCall.names, inputs, options);
  const callId = legCall?.callId ?? (match.kind === 'found' ? match.id : null);
  const call = shown.calls.find((c) => c.correlationId === callId)!;
  if (legCall !== null) process.stderr.write(`note: '${typed}' ${safeText(legCall.names)}${byLeg?.kind === 'several' ? '; none is marked as asked for' : ''}\n`);
  // --redact: the call found by its raw records is told with its personal data redacted, in every format alike.
  const story = assessCallStory(settings.redact ? redactCall(call) : call, settings.thresholds);
  const gates = evaluateCallGates(story.quality, settings.gates, settings.gateSources);
  // As summarize says of gates with nothing to judge: a call whose CallDiagnostics have not arrived passes --fail-on-poor.
  const judgedNothing = callGatesJudgedNothing(gates, story.quality, streamCountsOf(story.verdict));
  const input: CallReportInput = { story, gates, thresholds: settings.thresholds, loaded: shown, asked, strict: strictCheckOf(options.strict, shown), judgedNothing, all: options.all === true };
  // Only the renderers of the formats asked for are loaded (the text one brings chalk and cli-table3).
  // A report that cannot be written is said, and the others, stdout and the gates' lines still are: exit 2.
  // Markdown longer than a pull-request comment takes is noted on stderr, but with --quiet (pr-comment-size.ts).
  const commentHint = options.quiet === true ? null : callCommentHint(options.all === true);
  const failed = await writeReports(reports, (report) => CALL_REPORTERS[report.format](input, { stdout: false, ...markdownRoom(report.format, report.path) }), commentHint);
  await writeStdout(await CALL_REPORTERS[format](input, { stdout: true, columns: terminalColumns(), ...markdownRoom(format, 1) }), format, process.stdout, commentHint);
  for (const n of judgedNothing) process.stderr.write(`${judgedNothingWarning(n)}\n`);
  return runExitCode(gates, shown, options.strict, failed);
}

/** The call a leg's id names (one leg, or several of one call), and how the note says so; null when it names none. */
function legCallOf(byLeg: LegMatch | null): { callId: string; names: string } | null {
  if (byLeg?.kind === 'found') return { callId: byLeg.leg.callId, names: `is ${describeLegId(byLeg.leg)}` };
  if (byLeg?.kind === 'several') return { callId: byLeg.callId, names: `names ${describeLegIds(byLeg.legs, byLeg.callId)}` };
  return null;
}

/** The one call of a Teams thread, and how the note says so: "is the Teams thread of call …", or for a link "holds …". */
function threadCallOf(typed: string, thread: string, one: ThreadCall): { callId: string; names: string } {
  return { callId: one.callId, names: `${typed.trim() === thread ? 'is the Teams thread' : `holds the Teams thread ${thread}`} of call ${visibleId(one.callId)}` };
}

/**
 * A Teams thread that no call read logs, or that several do (a meeting held more than once, a call that rejoined):
 * said as such, with each call's start to pick by the ticket's time, never "the nearest ids seen" (GUIDs of other
 * calls), nor, for a meeting link, the tenant's and organiser's GUIDs it holds.
 */
function threadNotOneCall(typed: string, thread: string, calls: readonly ThreadCall[], inputs: string): string {
  const named = typed.trim() === thread ? `the Teams thread '${safeText(thread)}'` : `the Teams thread ${safeText(thread)} that '${typed}' holds`;
  if (calls.length === 0) return `no call in ${inputs} logs ${named} (a meeting's calls log it as the teamsThreadId of their CallSummary records: are those of its day and hour among the inputs?)`;
  const listed = calls.map((c) => `${visibleId(c.callId)} (${c.startTime === null ? 'start not logged' : `${new Date(c.startTime).toISOString().slice(0, 19).replace('T', ' ')} UTC`})`);
  return `${calls.length} calls log ${named}: ${listed.join(', ')}; give the id of the one to show`;
}

/**
 * ": no call-log records found there (read 0 files, 0 records)" when the inputs held no record of any call (an empty
 * folder, the wrong folder, a file of notes): "no call 'x' in logs/" alone read as if the logs were there and the id
 * wrong. The files skipped are named above it (notes). Empty when some call's records were read.
 */
function noRecordsText(loaded: LoadedCalls): string {
  if (callRecordCount(loaded) + loaded.counts.filtered > 0) return '';
  const skipped = loaded.skipped.length > 0 ? '; the files skipped are named above' : '';
  return `: no call-log records found there (read ${plural(loaded.counts.files, 'file')}, ${plural(loaded.counts.records, 'record')}${skipped})`;
}

/**
 * What may have held the call but could not be read, each said as it is: invalid records whose text held the id;
 * invalid ones whose text was never searched (over the size limit, an envelope's element that is no object…); and
 * files whose own failure (a corrupt gzip, a blob torn inside a record or between two) left the rest unread or
 * lost, which may hold it whether or not they named it. An invalid record is said to hold the id only when its
 * text did (LoadedCalls.invalidMatched).
 */
function unreadParts(loaded: LoadedCalls, id: string): string[] {
  const failures = loaded.invalidSamples.filter((s) => s.endsFile);
  const files = new Set(failures.map((s) => s.at.file)).size;
  const holding = loaded.invalidMatched ?? 0;
  const others = loaded.counts.invalid - failures.length - holding;
  return [
    holding > 0 ? `${plural(holding, 'record')} holding '${id}' ${holding === 1 ? 'was' : 'were'} invalid (shown above), and may have been its` : '',
    others > 0 ? `${plural(others, holding > 0 ? 'other invalid record' : 'invalid record')} (shown above) may have been its` : '',
    files > 0 ? `${plural(files, 'file')} could not be read to the end (shown above), and may hold it` : '',
  ].filter((part) => part !== '');
}

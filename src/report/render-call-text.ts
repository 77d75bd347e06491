import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import { streamQuality } from '../rules/evaluate-stream.js';
import type { LegId } from '../rules/match-leg-id.js';
import { STREAM_METRICS } from '../schema/call-record.js';
import { REDACTED } from '../schema/values.js';
import { legId, offset } from './call-story-ids.js';
import { describeIssueLong, formatMetricValue, issueLeg } from './describe-issue.js';
import { streamCountsOf, unknownReason, unreadStreamsNote } from './describe-unknown.js';
import { formatDuration, formatNumber, formatTime, NO_CALL_TYPE, plural } from './format-values.js';
import { mediaSection, otherEnd, surveysSection } from './render-client-logs-text.js';
import { ganttAxis, ganttBars } from './render-gantt.js';
import { qualityLabel } from './render-table.js';
import { streamDirectionText } from './stream-direction.js';
import { formatStreamMetric } from './stream-metric-labels.js';
import { safeText, shortIdentifier } from './terminal-text.js';

const GANTT_WIDTH = 48;

/** The whole story of one call for a terminal: header, legs, timeline, streams, issues, operations, media, surveys. */
/** `asked`: the leg asked for, when the id given was a leg's: said under the header and marked ▸ in the Legs table. */
export function renderCallText(story: CallStory, c: ChalkInstance, asked: LegId | null = null): string {
  const sections = [header(story, c, asked), legs(story, c, asked), gantt(story, c), streams(story, c), issues(story, c), operations(story, c), mediaSection(story, c), surveysSection(story, c)];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function text(value: string | null, c: ChalkInstance): string {
  if (value === null) return c.dim('-');
  if (value === REDACTED) return c.dim('redacted');
  return safeText(value);
}

function legName(story: CallStory, l: LegStory): string {
  return legId(story, l.leg.participantId ?? l.leg.endpointId);
}

function header(story: CallStory, c: ChalkInstance, asked: LegId | null): string {
  const { call } = story;
  const lines = [
    `${c.bold('Call')} ${safeText(call.correlationId)}`,
    `${safeText(call.callType ?? NO_CALL_TYPE)} · ${formatTime(call.startTime)} → ${formatTime(call.endTime)} UTC · ${durationText(call)}`,
  ];
  if (story.origin?.from === 'first-record') {
    // A CallSummary whose start times were not read as dates (warned on stderr) gives no start either.
    const why = story.legs.length === 0 ? 'no CallSummary' : 'its CallSummary start times not read';
    lines.push(c.dim(`No call start (${why}): times below are from the first record, ${formatTime(story.origin.time)} UTC`));
  }
  if (call.teamsThreadId) lines.push(`Teams thread ${safeText(call.teamsThreadId)}`);
  lines.push(`Verdict: ${qualityLabel(story.quality, c)} — ${plural(story.issueCount, 'issue')}${verdictNote(story, c)}`);
  if (asked !== null) {
    const marked = story.legs.some((l) => isAsked(asked, l));
    lines.push(`Asked for ${asked.namesLeg ? 'leg' : 'endpoint'} ${safeText(asked.id)}${marked ? `, marked ${c.bold(MARK)} below` : ''}`);
  }
  return lines.join('\n');
}

/**
 * What the verdict could not see: why an unknown call is unknown ("no metric read"), or how many streams of a call
 * of known quality no rule could judge.
 */
function verdictNote(story: CallStory, c: ChalkInstance): string {
  const counts = streamCountsOf(story.verdict);
  const note = story.quality === 'unknown' ? unknownReason(counts) : unreadStreamsNote(counts);
  return note === null ? '' : c.dim(` (${note})`);
}

/** From the call's start to its end: the later of callDuration's end and its last leg's (build-calls.ts). */
function spanSeconds(call: CallStory['call']): number | null {
  return call.startTime === null || call.endTime === null ? null : (call.endTime - call.startTime) / 1000;
}

/**
 * The call's duration as logged (callDuration); when a leg outlasts it (the logs disagree), both, so that the
 * header's end time, its duration and the timeline's axis tell one story: "1m 00s logged, legs until +1h 00m".
 */
function durationText(call: CallStory['call']): string {
  const span = spanSeconds(call);
  const logged = formatDuration(call.durationSeconds);
  // An overhang of a second or more: durations are whole seconds and start times are not, so less is rounding.
  return span !== null && call.durationSeconds !== null && span - call.durationSeconds >= 1 ? `${logged} logged, legs until +${formatDuration(span)}` : logged;
}

/** What marks the leg asked for in the Legs table. */
const MARK = '▸';

/** A leg's id as the Legs table shows it: marked when it is the id asked for. */
function legCell(story: CallStory, id: string | null, asked: boolean, c: ChalkInstance): string {
  return asked ? c.bold(`${MARK} ${legId(story, id)}`) : legId(story, id);
}

/** The leg's id in the field asked for is the id asked for (in any case: a leg's records may spell it otherwise). */
function isAsked(asked: LegId | null, l: LegStory, field: LegId['field'] = asked?.field ?? 'participantId'): boolean {
  const id = l.leg[field];
  return asked !== null && asked.field === field && id !== null && id.toLowerCase() === asked.id.toLowerCase();
}

function legs(story: CallStory, c: ChalkInstance, asked: LegId | null): string {
  if (story.legs.length === 0) return `${c.bold('Legs')}\n  ${c.dim('no CallSummary records for this call')}`;
  const table = new Table({
    head: ['Leg', 'Endpoint', 'Type', 'Identifier', 'Joined', 'Duration', 'End reason', 'SDK', 'OS'].map((h) => c.bold(h)),
    style: { head: [], border: [] },
    colWidths: [null, null, null, null, null, null, 40, 12, 20],
    wordWrap: true,
  });
  for (const l of story.legs) {
    const r = l.endReason;
    const code = r.code === null ? '-' : `${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}`;
    const meaning = [r.resultCategory, r.message].filter((x) => x !== null).join(': ');
    const reason = `${code}${meaning ? ` ${safeText(meaning)}` : ''}`;
    table.push([
      l.leg.participantId ? legCell(story, l.leg.participantId, isAsked(asked, l, 'participantId'), c) : c.dim('(p2p)'),
      legCell(story, l.leg.endpointId, isAsked(asked, l, 'endpointId'), c),
      text(l.leg.endpointType, c),
      l.leg.identifier === null ? c.dim('-') : l.leg.identifier === REDACTED ? c.dim('redacted') : shortIdentifier(l.leg.identifier),
      offset(story, l.leg.participantStartTime),
      formatDuration(l.leg.participantDuration),
      r.dropped ? c.red(`${reason} (dropped)`) : r.failed ? c.red(`${reason} (failed)`) : reason,
      text(l.leg.sdkVersion, c),
      text(l.leg.osVersion, c),
    ]);
  }
  return `${c.bold('Legs')}\n${table.toString()}`;
}

/** The legs as bars on one axis, from the earliest join when a leg joined before the call's start (ganttAxis). */
function gantt(story: CallStory, c: ChalkInstance): string {
  const { call } = story;
  if (story.legs.length === 0 || call.startTime === null) return '';
  const end = call.endTime ?? call.startTime + 1000;
  const rows = story.legs.map((l) => ({ start: l.leg.participantStartTime, end: endOf(l), dropped: l.endReason.dropped }));
  const axis = ganttAxis(rows, call.startTime);
  const bars = ganttBars(rows, axis.start, end, GANTT_WIDTH);
  const total = formatDuration(spanSeconds(call) ?? call.durationSeconds);
  // Bars start after "  <leg> <type 9> ": 21 columns for ids of 8 characters.
  const names = story.legs.map((l) => legName(story, l));
  const width = Math.max(8, ...names.map((n) => n.length));
  const scale = `${' '.repeat(width + 13)}${axis.label}${' '.repeat(Math.max(1, GANTT_WIDTH - axis.label.length - total.length))}${total}`;
  const lines = story.legs.map((l, i) => `  ${names[i]!.padEnd(width)} ${safeText(l.leg.endpointType ?? '?').padEnd(9)} ${l.endReason.failed ? c.red(bars[i]!) : c.cyan(bars[i]!)}`);
  return `${c.bold('Timeline')}\n${c.dim(scale)}\n${lines.join('\n')}`;
}

function streams(story: CallStory, c: ChalkInstance): string {
  if (story.verdict.streams.length === 0) return `${c.bold('Streams')}\n  ${c.dim('no CallDiagnostics records: media quality unknown')}`;
  const lines = [c.bold('Streams')];
  let current: string | null | undefined;
  for (const { stream, issues, judged } of story.verdict.streams) {
    const leg = stream.participantId ?? stream.endpointId;
    if (leg !== current) {
      current = leg;
      lines.push(`  leg ${legId(story, leg)}`);
    }
    const breached = new Map(issues.map((i) => [i.metric as string, i]));
    const metrics = STREAM_METRICS.filter((m) => stream.metrics[m] !== undefined).map((m) => {
      const shown = safeText(formatStreamMetric(m, stream.metrics[m]!));
      const issue = breached.get(m);
      return issue ? c.red.bold(`${shown} (limit ${formatMetricValue(issue.metric, issue.threshold)})`) : shown;
    });
    const head = [
      stream.mediaType ?? '?',
      streamDirectionText(stream.streamDirection, stream.endpointType),
      stream.transportType ?? '',
      stream.codecName ?? '',
      stream.streamId ? `stream ${stream.streamId}` : '',
    ]
      .filter((x) => x !== '')
      .map((x) => safeText(x))
      .join(' · ');
    const quality = streamQuality({ issues, judged });
    const mark = quality === 'poor' ? c.red('✗') : quality === 'unknown' ? c.yellow('?') : c.green('✓');
    lines.push(`    ${mark} ${head}`);
    // Nothing a rule holds this stream to was logged ("None", null, "Redacted"): not good, not poor.
    const unread = quality === 'unknown' ? (metrics.length === 0 ? 'no metric read' : 'no metric a rule judges') : null;
    // The schema: "if this value is zero, media may not be flowing" (PacketUtilization, not a quality rule).
    if (stream.metrics.packetUtilization === 0) metrics.push(c.yellow('no packets: media may not have flowed'));
    if (unread !== null) metrics.push(c.yellow(`${unread}: quality unknown`));
    if (metrics.length) lines.push(`      ${metrics.join(' · ')}`);
  }
  return lines.join('\n');
}


function issues(story: CallStory, c: ChalkInstance): string {
  const lines: string[] = [];
  for (const issue of story.verdict.issues) lines.push(`${issueLeg(issue, legId(story, issue.participantId ?? issue.endpointId))}: ${describeIssueLong(issue)}`);
  for (const l of story.dropped) {
    const r = l.endReason;
    const end = endOf(l);
    lines.push(`leg ${legName(story, l)}: dropped ${end === null ? '(when is not logged)' : `at ${offset(story, end)}`} — code ${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}${r.message ? ` ${r.message}` : ''}`);
  }
  for (const l of story.failedLegs) {
    const r = l.endReason;
    const code = r.code === null ? '' : ` — code ${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}`;
    lines.push(`leg ${legName(story, l)}: ended on an unexpected error (${r.resultCategory})${code}${r.message ? ` ${r.message}` : ''}`);
  }
  for (const s of story.mediaSeries.filter((x) => x.poor)) {
    const comparison = s.rule!.breachWhen === 'above' ? '>' : '<';
    lines.push(`leg ${legId(story, s.participantId)}: client media stats ${s.direction ?? '?'} ${s.streamType ?? '?'} ${s.metricName}${otherEnd(story, s)} averaged ${formatNumber(s.stats!.average)} ${comparison} ${s.rule!.limit}`);
  }
  for (const o of story.operations.filter((x) => x.failed)) {
    const op = o.operation;
    lines.push(`${op.participantId ? `leg ${legId(story, op.participantId)}` : 'client'}: ${op.operationName ?? 'operation'} ${op.resultType ?? 'failed'}${op.resultSignature ? ` (${op.resultSignature})` : ''} at ${offset(story, op.time)}`);
  }
  if (lines.length === 0) return `${c.bold('Issues')}\n  ${c.green('none')}`;
  return `${c.bold(`Issues (${lines.length})`)}\n${lines.map((l) => `  ${c.red(safeText(l))}`).join('\n')}`;
}

function endOf(l: LegStory): number | null {
  const start = l.leg.participantStartTime;
  return start !== null && l.leg.participantDuration !== null ? start + l.leg.participantDuration * 1000 : null;
}

function operations(story: CallStory, c: ChalkInstance): string {
  if (story.operations.length === 0) return '';
  const lines = [c.bold(`Client operations (${story.operations.length})`)];
  for (const { operation: op, failed, degraded } of story.operations) {
    const when = offset(story, op.time).padStart(8);
    const name = safeText(op.operationName ?? '?').padEnd(22);
    const result = safeText(op.resultType ?? '-');
    const took = op.durationMs !== null ? `${op.durationMs} ms` : '';
    let line = `  ${when}  ${legId(story, op.participantId)}  ${name} ${failed ? c.red.bold(result) : result}${op.resultSignature ? ` ${safeText(op.resultSignature)}` : ''}  ${took}`;
    if (degraded) line += `  ${c.yellow(`${safeText(degraded.diagnostic)}: ${safeText(degraded.quality)}`)}`;
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}

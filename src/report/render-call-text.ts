import type { ChalkInstance } from 'chalk';
import type { CallStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';
import { ASKED_MARK as MARK, isAsked } from './asked-leg.js';
import { legsTable } from './call-legs-table.js';
import { callGantt } from './call-gantt.js';
import { callIssueLines } from './call-issue-lines.js';
import { eventsSection } from './render-call-events-text.js';
import { streamParts } from './call-stream-parts.js';
import { durationText } from './call-times.js';
import { legNameOf } from './call-story-ids.js';
import { streamCountsOf, unknownReason, unreadStreamsNote } from './describe-unknown.js';
import { formatTime, NO_CALL_TYPE, plural } from './format-values.js';
import { mediaSection, surveysSection } from './render-client-logs-text.js';
import { qualityLabel } from './render-table.js';
import { streamDirectionText } from './stream-direction.js';
import { teamsThreads } from './call-teams-threads.js';
import { wrapParts } from './wrap-parts.js';
import { visibleId } from '../schema/visible-id.js';
import { safeText } from '../schema/visible-text.js';

/** The whole story of one call for a terminal: header, legs, timeline, events in order (joins, operations, drops…), streams, issues, media, surveys. */
/** `asked`: the leg asked for, when the id given was a leg's: said under the header and marked ▸ in the Legs table. */
/**
 * `columns`: the terminal's width, when known (the command's to tell): the Legs table is narrowed to fit it
 * (call-legs-table.ts), the Streams' metric lines, the Events' texts and the Media stats' figures wrapped to it
 * (wrap-parts.ts, render-call-events-text.ts, render-client-logs-text.ts).
 */
/** `all`: every event in the Events list (render-call-events-text.ts), not the first and last of a long one. */
export function renderCallText(story: CallStory, c: ChalkInstance, asked: LegId | null = null, columns: number | null = null, all = false): string {
  const sections = [
    header(story, c, asked),
    legs(story, c, asked, columns),
    gantt(story, c),
    eventsSection(story, c, all, columns),
    streams(story, c, columns),
    issues(story, c),
    mediaSection(story, c, columns),
    surveysSection(story, c),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function header(story: CallStory, c: ChalkInstance, asked: LegId | null): string {
  const { call } = story;
  const lines = [
    `${c.bold('Call')} ${safeText(visibleId(call.correlationId))}`,
    `${safeText(call.callType ?? NO_CALL_TYPE)} · ${formatTime(call.startTime)} → ${formatTime(call.endTime)} UTC · ${durationText(story)}`,
  ];
  if (story.origin?.from === 'first-record') {
    // A CallSummary whose start times were not read as dates (warned on stderr) gives no start either.
    const why = story.legs.length === 0 ? 'no CallSummary' : 'its CallSummary start times not read';
    lines.push(c.dim(`No call start (${why}): times below are from the first record, ${formatTime(story.origin.time)} UTC`));
  }
  const threads = teamsThreads(story);
  if (threads?.kind === 'one') lines.push(`Teams thread ${safeText(threads.id)}`);
  else if (threads?.kind === 'disagree') lines.push(`Teams threads, the legs disagree: ${threads.threads.map((t) => `${safeText(t.id)} (${plural(t.legs, 'leg')})`).join(', ')}`);
  lines.push(`Verdict: ${qualityLabel(story.quality, c)} — ${plural(story.issueCount, 'issue')}${verdictNote(story, c)}`);
  if (asked !== null) {
    const marked = story.legs.some((l) => isAsked(asked, l));
    lines.push(`Asked for ${asked.namesLeg ? 'leg' : 'endpoint'} ${safeText(visibleId(asked.id))}${marked ? `, marked ${c.bold(MARK)} below` : ''}`);
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

function legs(story: CallStory, c: ChalkInstance, asked: LegId | null, columns: number | null): string {
  if (story.legs.length === 0) return `${c.bold('Legs')}\n  ${c.dim('no CallSummary records for this call')}`;
  return `${c.bold('Legs')}\n${legsTable(story, c, asked, columns)}`;
}

function gantt(story: CallStory, c: ChalkInstance): string {
  const chart = callGantt(story);
  if (chart === null) return '';
  const lines = chart.rows.map((row) => `${row.label}${row.failed ? c.red(row.bar) : c.cyan(row.bar)}`);
  return `${c.bold('Timeline')}\n${c.dim(chart.scale)}\n${lines.join('\n')}`;
}

/** Each stream's metrics on a line; on a terminal of known width (`columns`), wrapped at their ` · ` to fit it. */
function streams(story: CallStory, c: ChalkInstance, columns: number | null): string {
  if (story.verdict.streams.length === 0) return `${c.bold('Streams')}\n  ${c.dim('no CallDiagnostics records: media quality unknown')}`;
  const lines = [c.bold('Streams')];
  let current: string | null | undefined;
  for (const verdict of story.verdict.streams) {
    const { stream } = verdict;
    const leg = stream.participantId ?? stream.endpointId;
    if (leg !== current) {
      current = leg;
      lines.push(`  leg ${legNameOf(story, leg)}`);
    }
    const parts = streamParts(verdict);
    const metrics = parts.metrics.map((m) => (m.breached ? c.red.bold(safeText(m.text)) : safeText(m.text)));
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
    const mark = parts.quality === 'poor' ? c.red('✗') : parts.quality === 'unknown' ? c.yellow('?') : c.green('✓');
    lines.push(`    ${mark} ${head}`);
    for (const note of parts.notes) metrics.push(c.yellow(note));
    if (metrics.length) lines.push(...wrapParts(metrics, '      ', '        ', columns));
  }
  return lines.join('\n');
}

function issues(story: CallStory, c: ChalkInstance): string {
  const lines = callIssueLines(story);
  if (lines.length === 0) return `${c.bold('Issues')}\n  ${c.green('none')}`;
  return `${c.bold(`Issues (${lines.length})`)}\n${lines.map((l) => `  ${c.red(safeText(l))}`).join('\n')}`;
}

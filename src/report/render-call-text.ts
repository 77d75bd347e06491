import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { CallStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';
import { ASKED_MARK as MARK, askedClientLeg, askedIssueOf, askedMarks } from './asked-leg.js';
import { legsTable } from './call-legs-table.js';
import { foldedLegsNote, shownLegs } from './call-legs-shown.js';
import { callGantt } from './call-gantt.js';
import { callIssues } from './call-issue-lines.js';
import { ISSUES_SHOWN, shownIssues } from './call-issues-shown.js';
import { eventsSection } from './render-call-events-text.js';
import { streamParts } from './call-stream-parts.js';
import { foldedStreamsNote, shownStreams } from './call-streams-shown.js';
import { durationText } from './call-times.js';
import { legNameOf } from './call-story-ids.js';
import { streamCountsOf, unknownReason, unreadStreamsNote } from './describe-unknown.js';
import { formatTime, NO_CALL_TYPE, plural } from './format-values.js';
import { mediaSection, surveysSection } from './render-client-logs-text.js';
import { qualityLabel } from './render-table.js';
import { streamDirectionText } from './stream-direction.js';
import { teamsThreads } from './call-teams-threads.js';
import { wrapLine, wrapParts, wrapWords } from './wrap-parts.js';
import { visibleId } from '../schema/visible-id.js';
import { safeText } from '../schema/visible-text.js';

/** The whole story of one call for a terminal: header, legs, timeline, events in order (joins, operations, drops…), streams, issues, media, surveys. */
/** `asked`: the leg asked for, when the id given was a leg's: said under the header and marked ▸ in the Legs table. */
/**
 * `columns`: the terminal's width, when known (the command's to tell): the Legs table is narrowed to fit it
 * (call-legs-table.ts), the Streams' metric lines, the Events' texts, the Issues and the Media stats' figures wrapped
 * to it (wrap-parts.ts, render-call-events-text.ts, render-client-logs-text.ts).
 */
/**
 * `all`: every event in the Events list (render-call-events-text.ts), not the first and last of a long one; every
 * stream in the Streams, not only those not good of a call of many (call-streams-shown.ts); every leg in the Legs
 * table, not only those with something to say (call-legs-shown.ts); every issue in the Issues (call-issues-shown.ts).
 */
export function renderCallText(story: CallStory, c: ChalkInstance, asked: LegId | null = null, columns: number | null = null, all = false): string {
  const sections = [
    header(story, c, asked, columns),
    legs(story, c, asked, columns, all),
    gantt(story, c, columns),
    eventsSection(story, c, all, columns, asked),
    streams(story, c, columns, all),
    issues(story, c, columns, all, asked),
    mediaSection(story, c, columns),
    surveysSection(story, c),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

/** The call's id, times, Teams thread, verdict: a line each, wrapped at their words to the terminal's width when known. */
function header(story: CallStory, c: ChalkInstance, asked: LegId | null, columns: number | null): string {
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
    const isAsked = askedMarks(story, asked);
    const marked = story.legs.some((l) => isAsked(l));
    // A P2P client's own participantId names no row: the row marked is its leg's, named by its endpoint.
    const client = askedClientLeg(story, asked);
    const whose = client === null ? '' : " (its client's own participantId)";
    const at = client === null ? '' : ` at endpoint ${legNameOf(story, client.endpointId)}`;
    lines.push(`Asked for ${asked.namesLeg ? 'leg' : 'endpoint'} ${safeText(visibleId(asked.id))}${whose}${marked ? `, marked ${c.bold(MARK)} below${at}` : ''}`);
  }
  return lines.flatMap((line) => wrapLine(line, columns)).join('\n');
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

/**
 * The Legs table; of a call of many legs, without `all`, those with something to say (call-legs-shown.ts), how many
 * it leaves out directly under it, then the advice shared by legs (after the advice, the count read as part of it).
 */
function legs(story: CallStory, c: ChalkInstance, asked: LegId | null, columns: number | null, all: boolean): string {
  if (story.legs.length === 0) return `${c.bold('Legs')}\n  ${c.dim('no CallSummary records for this call')}`;
  const listed = shownLegs(story, asked, all);
  const note = foldedLegsNote(story, listed);
  const drawn = listed.shown.length === 0 ? null : legsTable(story, c, asked, columns, listed.shown);
  const heading = c.bold(note === null ? 'Legs' : `Legs (${story.legs.length})`);
  return [heading, ...(drawn === null ? [] : [drawn.table]), ...(note === null ? [] : allNote(note, c, columns)), ...(drawn?.advice ?? [])].join('\n');
}

/**
 * "  55 of 150 legs not shown (…): --all lists every one", "  +64 more: stream issues; --all lists every one": what a
 * section left out, wrapped at its words to the terminal's width when known.
 */
function allNote(note: string, c: ChalkInstance, columns: number | null, after = ':'): string[] {
  return wrapParts(`${note}${after} --all lists every one`.split(' '), '  ', '    ', columns, ' ').map((line) => c.dim(line));
}

function gantt(story: CallStory, c: ChalkInstance, columns: number | null): string {
  const chart = callGantt(story, columns);
  if (chart === null) return '';
  const lines = chart.rows.map((row) => `${row.label}${row.failed ? c.red(row.bar) : c.cyan(row.bar)}`);
  return `${c.bold('Timeline')}\n${c.dim(chart.scale)}\n${lines.join('\n')}`;
}

/**
 * Each stream's metrics on a line; on a terminal of known width (`columns`), wrapped at their ` · ` to fit it. A call
 * of many streams lists, without `all`, those not good, each leg's good ones counted under them, and the good streams
 * left out in a last line (call-streams-shown.ts).
 */
function streams(story: CallStory, c: ChalkInstance, columns: number | null, all: boolean): string {
  if (story.verdict.streams.length === 0) return `${c.bold('Streams')}\n  ${c.dim('no CallDiagnostics records: media quality unknown')}`;
  const listed = shownStreams(story, all);
  const lines = [c.bold(listed.folded === 0 ? 'Streams' : `Streams (${story.verdict.streams.length})`)];
  let current: string | null | undefined;
  const closeLeg = () => {
    const good = current === undefined ? 0 : (listed.foldedOf.get(current) ?? 0);
    if (good > 0) lines.push(c.dim(`    ✓ +${good} good ${good === 1 ? 'stream' : 'streams'} not shown`));
  };
  for (const verdict of listed.shown) {
    const { stream } = verdict;
    const leg = stream.participantId ?? stream.endpointId;
    if (leg !== current) {
      closeLeg();
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
  closeLeg();
  const note = foldedStreamsNote(listed);
  if (note !== null) lines.push(...allNote(note, c, columns));
  return lines.join('\n');
}

/** Narrower than this past where an issue's text begins, its lines go on 4 columns in instead. */
const MIN_ISSUE_COLUMNS = 24;

/**
 * Every issue a line, in FINDING_ORDER (drops first); a call of many, without `all`, its dropped and failed legs and
 * the issues after them up to ISSUES_SHOWN, the rest counted by kind in a last line (call-issues-shown.ts); the header
 * counts them all. On a terminal of known width (`columns`), an issue's text (many
 * are ~160 columns) wraps at its words, going on under where it began, past its leg ("leg 2aaed7ee: "); null (a pipe,
 * a file) leaves every line whole.
 */
function issues(story: CallStory, c: ChalkInstance, columns: number | null, all: boolean, asked: LegId | null): string {
  const list = callIssues(story);
  if (list.length === 0) return `${c.bold('Issues')}\n  ${c.green('none')}`;
  // The leg asked for: its issues are what the ticket is about, kept as drops are.
  const ofAsked = askedIssueOf(story, asked);
  const { shown, more } = shownIssues(list, all, ISSUES_SHOWN, (i) => ofAsked(i.legId));
  const lines = shown.map(({ who, what }) => {
    const line = safeText(`${who}: ${what}`);
    if (columns === null || stringWidth(line) + 2 <= columns) return `  ${c.red(line)}`;
    // The text begins past "  leg 2aaed7ee: " (its id as safeText shows it); too near the edge, 4 columns in instead.
    const start = 2 + stringWidth(safeText(`${who}: `));
    const under = start + MIN_ISSUE_COLUMNS <= columns ? start : 4;
    const words = line.split(' ').map((text) => ({ text: c.red(text), before: ' ' }));
    return wrapWords(words, '  ', ' '.repeat(under), columns).join('\n');
  });
  if (more !== null) lines.push(...allNote(more, c, columns, ';'));
  return `${c.bold(`Issues (${list.length})`)}\n${lines.join('\n')}`;
}

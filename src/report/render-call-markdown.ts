import { itemsRead } from '../model/file-tally.js';
import type { InputCounts } from '../model/input-counts.js';
import type { CallStory } from '../rules/assess-call-story.js';
import type { GateResult } from '../rules/gates.js';
import type { LegId } from '../rules/match-leg-id.js';
import { ASKED_MARK, askedClientLeg, askedMarks } from './asked-leg.js';
import { visibleId } from '../schema/visible-id.js';
import { callGantt } from './call-gantt.js';
import { callIssueLines } from './call-issue-lines.js';
import { clientIdName, clientIdShown } from './client-id-shown.js';
import { legId } from './call-story-ids.js';
import { NO_LEG_ID } from './shown-leg-id.js';
import { streamParts } from './call-stream-parts.js';
import { foldedStreamsNote, shownStreams } from './call-streams-shown.js';
import { durationText } from './call-times.js';
import { copiesNote, OTHER_CATEGORIES, readParts, skippedFilesNote } from './describe-file-counts.js';
import type { StrictCheck } from './describe-invalid.js';
import type { JudgedNothing } from './gates-judged-nothing.js';
import { streamCountsOf, unknownReason, unreadStreamsNote } from './describe-unknown.js';
import { formatTime, NO_CALL_TYPE, plural } from './format-values.js';
import { escapeMarkdown, escapeMarkdownLineStart, markdownCell, markdownCode } from './markdown-text.js';
import { besideLimit, otherEnd, pastTheLimit, seriesLimit, surveyRatingParts } from './render-client-logs-text.js';
import { mediaSeriesUnit, withMediaUnit } from './media-series-unit.js';
import { MARKDOWN_BUDGET_BYTES, markdownChecks } from './render-markdown.js';
import { streamDirectionText } from './stream-direction.js';
import { teamsThreads } from './call-teams-threads.js';
import type { CountedRow } from './bounded-rows.js';
import { eventsMarkdown } from './render-call-events-markdown.js';
import { operationsMarkdown } from './render-call-operations-markdown.js';
import { legsMarkdown } from './render-call-legs-markdown.js';

/** Room kept for the line that says the report stops short. */
const NOTE_ROOM = 256;

const QUALITY_WORD = { poor: '❌ poor', unknown: '❔ unknown', good: '✅ good' } as const;

/**
 * What a report of one call in Markdown is drawn from: the story, the gates judged (and those that passed with
 * nothing to judge), with --strict the input's check, the leg asked for, what was read and how many files were
 * skipped for holding no call logs.
 */
export interface CallMarkdownInput {
  story: CallStory;
  gates: readonly GateResult[];
  asked: LegId | null;
  counts: InputCounts;
  skippedFiles: number;
  strict?: StrictCheck | null;
  judgedNothing?: readonly JudgedNothing[];
  /** --all: every event in the Events table and every failed or degraded operation in the Client operations table, not the first and last of a long list (bounded-rows.ts); every stream and leg, not only those not good of many (call-streams-shown.ts, call-legs-shown.ts). */
  all?: boolean;
}

/**
 * The whole story of one call in Markdown, for a support ticket, a pull-request comment or $GITHUB_STEP_SUMMARY:
 * the verdict and the gates, every issue (as the text report words them), the legs, the timeline and the events in
 * order (as the text lists them), the streams with
 * their metrics (those past a limit in bold), the client operations that failed or were degraded, the client media
 * stats and the survey ratings. Text from logs is escaped (markdown-text.ts). Within `budget` bytes (GitHub caps a
 * step summary at 1 MiB, and earlier steps may have used some): the report stops, between two lines or rows, where
 * the next would not fit, and says so and how many rows of the table it stopped in were left out.
 */
export function renderCallMarkdown({ story, gates, asked, counts, skippedFiles, strict = null, judgedNothing = [], all = false }: CallMarkdownInput, budget = MARKDOWN_BUDGET_BYTES): string {
  const out = new BudgetedLines(budget);
  // Every part there is, so that they add up to what was read (duplicates, superseded and ignored records too); the
  // copies among the used and the files skipped in summarize's words: a ticket's reader never sees stderr.
  const parts = readParts(counts, { used: copiesNote(counts.copies), ignored: OTHER_CATEGORIES });
  const read = `${plural(itemsRead(counts), 'record')} (${parts.join(', ')})${skippedFilesNote(skippedFiles)}`;
  out.footer('', `<sub>Read ${plural(counts.files, 'file')}, ${read} · acs-calllogs</sub>`, '');
  const { call } = story;
  out.add(`## Call ${markdownCode(visibleId(call.correlationId), 'prose')}: ${QUALITY_WORD[story.quality]}, ${plural(story.issueCount, 'issue')}`, '');
  const times = `${formatTime(call.startTime)} → ${formatTime(call.endTime)} UTC · ${durationText(story)}`;
  out.add(`${escapeMarkdownLineStart(call.callType ?? NO_CALL_TYPE)} · ${times}${threadsText(story)}`);
  const counted = streamCountsOf(story.verdict);
  const note = story.quality === 'unknown' ? unknownReason(counted) : unreadStreamsNote(counted);
  if (note !== null) out.add('', `_Quality ${story.quality === 'unknown' ? 'unknown' : 'judged'}: ${escapeMarkdown(note)}._`);
  if (story.origin?.from === 'first-record') out.add('', `_No call start: times are from the first record, ${formatTime(story.origin.time)} UTC._`);
  if (asked !== null) {
    // As the text says it: the leg is marked in the Legs table of a ticket too, not only named above it.
    const isAsked = askedMarks(story, asked);
    const marked = story.legs.some((l) => isAsked(l));
    const client = askedClientLeg(story, asked);
    const whose = client === null ? '' : " (its client's own participantId)";
    const at = client === null ? '' : ` at endpoint ${legCell(story, client.endpointId, 'prose')}`;
    out.add('', `Asked for ${asked.namesLeg ? 'leg' : 'endpoint'} ${markdownCode(visibleId(asked.id), 'prose')}${whose}${marked ? `, marked ${ASKED_MARK} below${at}` : ''}.`);
  }
  // With --strict, an invalid record fails the run (exit 2): said beside the gates, as JUnit's `strict` testcase says it.
  const checks = markdownChecks(gates, judgedNothing, strict);
  if (checks.length > 0) out.add('', '### Gates', '', ...checks);

  const issues = callIssueLines(story);
  out.add('', issues.length === 0 ? '### Issues: none' : `### Issues (${issues.length})`);
  if (issues.length > 0) out.add('');
  out.rows(issues.map((line) => `- ${escapeMarkdown(line)}`), 'issue');

  legsTable(story, asked, all, out);
  timeline(story, out);
  eventsTable(story, asked, all, out);
  streamsTable(story, all, out);
  operationsTable(story, all, out);
  mediaTable(story, out);
  surveys(story, out);
  return out.text();
}

/** What names a leg (a row's leg, not a column of its ids): its id as the story shows it (cut to what tells its legs apart), in code (in a table cell unless said), NO_LEG_ID when it has none. */
function legCell(story: CallStory, id: string | null, place: 'cell' | 'prose' = 'cell'): string {
  return id === null ? NO_LEG_ID : markdownCode(legId(story, id), place);
}

/** The legs, their rows bounded by the budget as every table's are (render-call-legs-markdown.ts). */
function legsTable(story: CallStory, asked: LegId | null, all: boolean, out: BudgetedLines): void {
  const legs = legsMarkdown(story, asked, all);
  out.add(...legs.head);
  out.rows(legs.rows, 'leg');
  out.add(...legs.after);
}

/** The text report's timeline, in a code block fenced longer than any run of backticks in it. */
function timeline(story: CallStory, out: BudgetedLines): void {
  const chart = callGantt(story);
  if (chart === null) return;
  const lines = [chart.scale, ...chart.rows.map((row) => `${row.label}${row.bar}`)];
  const longest = Math.max(0, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  out.block('', '### Timeline', '', fence, ...lines, fence);
}

/** What happened when, as the text lists it: under the timeline, before the streams. */
function eventsTable(story: CallStory, asked: LegId | null, all: boolean, out: BudgetedLines): void {
  const events = eventsMarkdown(story, all, asked);
  if (events === null) return;
  out.add('', ...events.head);
  out.rows(events.rows, 'event');
  if (events.note !== null) out.add('', events.note);
}

/** The streams with their metrics; of a call of many, without `all`, those not good, the good ones counted (call-streams-shown.ts). */
function streamsTable(story: CallStory, all: boolean, out: BudgetedLines): void {
  const { streams } = story.verdict;
  out.add('', `### Streams (${streams.length})`, '');
  if (streams.length === 0) {
    out.add('_No CallDiagnostics records: media quality unknown._');
    return;
  }
  const listed = shownStreams(story, all);
  const note = foldedStreamsNote(listed);
  if (listed.shown.length === 0) {
    out.add(`_${note}: \`--all\` lists every one, \`--format json\` has them all._`);
    return;
  }
  out.add('| Leg | Media | Direction | Transport | Codec | Stream | Quality | Metrics |', '|---|---|---|---|---|---|---|---|');
  const rows = listed.shown.map((verdict) => {
    const { stream } = verdict;
    const parts = streamParts(verdict);
    const metrics = [...parts.metrics.map((m) => (m.breached ? `**${escapeMarkdown(m.text)}**` : escapeMarkdown(m.text))), ...parts.notes.map((n) => `_${escapeMarkdown(n)}_`)];
    const direction = streamDirectionText(stream.streamDirection, stream.endpointType);
    return `| ${legCell(story, stream.participantId ?? stream.endpointId)} | ${markdownCell(stream.mediaType)} | ${escapeMarkdown(direction)} | ${markdownCell(stream.transportType)} | ${markdownCell(stream.codecName)} | ${markdownCell(stream.streamId)} | ${QUALITY_WORD[parts.quality]} | ${metrics.join(' · ') || '-'} |`;
  });
  out.rows(rows, 'stream');
  if (note !== null) out.add('', `_${note}: \`--all\` lists every one, \`--format json\` has them all._`);
}

/** The client operations that failed or were degraded, bounded as the events are, with their count (render-call-operations-markdown.ts). */
function operationsTable(story: CallStory, all: boolean, out: BudgetedLines): void {
  const operations = operationsMarkdown(story, all);
  if (operations === null) return;
  out.add('', ...operations.head);
  out.rows(operations.rows, 'operation');
  for (const note of operations.notes) out.add('', note);
}

function mediaTable(story: CallStory, out: BudgetedLines): void {
  if (story.mediaSeries.length === 0) return;
  out.add('', '### Client media stats', '', '| Leg | Direction | Stream | Metric | Average | Min | Max | Limit | Past the limit |', '|---|---|---|---|---:|---:|---:|---:|---|');
  const rows = story.mediaSeries.map((s) => {
    const stream = `${s.streamType ?? '?'}${s.codec ? `/${s.codec}` : ''}${otherEnd(story, s)}`;
    // Each figure in the unit the metric's name carries (`JitterInMs`: 29.67 ms), as the text report and the issue lines give it.
    const unit = mediaSeriesUnit(s.metricName);
    const stat = (value: number | undefined) => (value === undefined ? '-' : withMediaUnit(besideLimit(value, s), unit));
    const average = stat(s.stats?.average);
    // The window and its worst average, as the text report says it: when, and how far past.
    const windows = escapeMarkdown(pastTheLimit(story, s).join(', '));
    // A P2P leg's series under the leg (its endpointId), with the participantId its client logged it under.
    const leg = clientIdName(clientIdShown(story.seriesLegs.get(s), s.participantId), (id) => legCell(story, id));
    return `| ${leg} | ${markdownCell(s.direction)} | ${escapeMarkdown(stream)} | ${escapeMarkdown(s.metricName)} | ${s.poor ? `**${average}**` : average} | ${stat(s.stats?.minimum)} | ${stat(s.stats?.maximum)} | ${s.rule ? withMediaUnit(seriesLimit(s.rule, s), unit) : '-'} | ${windows} |`;
  });
  out.rows(rows, 'media series', 'media series');
}

function surveys(story: CallStory, out: BudgetedLines): void {
  if (story.call.surveys.length === 0) return;
  out.add('', '### Survey ratings', '');
  const rows = story.call.surveys.map((s) => {
    const parts = surveyRatingParts(s.ratings).map((part) => (part.poor ? `**${escapeMarkdown(part.text)}**` : escapeMarkdown(part.text)));
    // A P2P client's own participantId under its leg, as its media series are (client-id-shown.ts).
    const who = clientIdName(clientIdShown(story.surveyLegs.get(s), s.participantId), (id) => legCell(story, id, 'prose'));
    return `- ${who}: ${parts.join(' · ') || '_no ratings_'}`;
  });
  out.rows(rows, 'survey');
}

/**
 * Lines under a budget of bytes (the footer's room kept from the start, and a note's): lines and table rows are
 * taken while they fit; the first that does not ends the report there, with one line saying so and how many rows of
 * that table were left out. Rows are whole, so a table cut short is still a table.
 */
class BudgetedLines {
  private readonly lines: string[] = [];
  private bytes = 0;
  private tail: string[] = [];
  private full = false;

  constructor(private readonly budget: number) {}

  add(...lines: string[]): void {
    for (const line of lines) if (!this.take(line)) return this.stop('');
  }

  /** Lines taken all or none: a code block is never left open. */
  block(...lines: string[]): void {
    const size = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    if (this.full || this.bytes + size > this.budget - NOTE_ROOM) return this.stop('');
    this.add(...lines);
  }

  /**
   * `one`, `many`: what a row is, as the note of the rows left out names it ("1 more leg", "3 more legs"). A row
   * that stands for several (a run of events left out, "+45 more") counts as those it stands for.
   */
  rows(rows: ReadonlyArray<string | CountedRow>, one: string, many = `${one}s`): void {
    const counted = rows.map((row) => (typeof row === 'string' ? { text: row, count: 1 } : row));
    for (let i = 0; i < counted.length; i++) {
      if (this.take(counted[i]!.text)) continue;
      const left = counted.slice(i).reduce((sum, row) => sum + row.count, 0);
      return this.stop(` (${left} more ${left === 1 ? one : many} among them)`);
    }
  }

  footer(...lines: string[]): void {
    this.tail = lines;
    this.bytes += Buffer.byteLength(lines.join('\n')) + 1;
  }

  text(): string {
    return [...this.lines, ...this.tail].join('\n');
  }

  private take(line: string): boolean {
    const size = Buffer.byteLength(line) + 1;
    if (this.full || this.bytes + size > this.budget - NOTE_ROOM) return false;
    this.lines.push(line);
    this.bytes += size;
    return true;
  }

  private stop(among: string): void {
    if (this.full) return;
    this.full = true;
    this.lines.push('', `_The rest is not shown${among}: the report stays under GitHub's 1 MiB; \`--format json\` has it all._`);
  }
}

/** The Teams thread of the header line: the call's, or each of those its legs log when they disagree. */
function threadsText(story: CallStory): string {
  const threads = teamsThreads(story);
  if (threads === null) return '';
  if (threads.kind === 'one') return ` · Teams thread ${markdownCode(threads.id, 'prose')}`;
  return ` · Teams threads, the legs disagree: ${threads.threads.map((t) => `${markdownCode(t.id, 'prose')} (${plural(t.legs, 'leg')})`).join(', ')}`;
}

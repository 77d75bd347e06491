import type { ChalkInstance } from 'chalk';
import { inFindingOrder, legEndKinds } from '../rules/finding-order.js';
import type { Quality, StreamRef } from '../rules/issue.js';
import { describeGate } from './describe-gate.js';
import { copiesNote, OTHER_CATEGORIES, readParts, skippedFilesNote } from './describe-file-counts.js';
import { describeFailedLeg, describeIssueShort, describeNoPackets, legNamesOf, streamsWithoutPacketsWords } from './describe-issue.js';
import { unknownReason, unreadStreamsNote } from './describe-unknown.js';
import { distinctPrefixLength } from './distinct-prefix.js';
import { formatDuration, formatIsoTime, plural } from './format-values.js';
import { CELL_COLUMNS, renderBreakdownsTable } from './render-breakdowns-table.js';
import { fittedSummaryLines, type Painted } from './fit-summary-table.js';
import type { ReportText } from './report-text.js';
import type { SummaryDocument } from './summary-document.js';
import { notListedLine, windowLine } from './selection-lines.js';
import { type NextStep, nextStepLines } from './next-step-line.js';
import { fitColumns } from './terminal-text.js';
import { wrapLine } from './wrap-parts.js';
import { safeText } from '../schema/visible-text.js';
import { visibleId, visibleIdStart } from '../schema/visible-id.js';

const MAX_BREACHES_SHOWN = 4;

export function qualityLabel(quality: Quality, c: ChalkInstance): string {
  if (quality === 'poor') return c.red.bold('POOR');
  if (quality === 'unknown') return c.yellow('unknown');
  return c.green('good');
}

/**
 * The default report of summarize: a row a call, poor calls first, then the calls not listed, the totals,
 * the gates, what was read, and (unless `breakdowns` is false) the breakdown tables. `columns`: the terminal's width,
 * when known (terminal-columns.ts): the tables are fitted to it (fit-summary-table.ts) and a longer line under them
 * wraps at its words; null (a pipe, a file, a CI log), all is drawn as wide as it is. `nextStep`: how to run `call`
 * as the run read, for the last line, which names the command that tells the story of the first poor call
 * (next-step-line.ts); null, no such line.
 */
export function renderSummaryTable(
  doc: SummaryDocument,
  c: ChalkInstance,
  breakdowns = true,
  callIdLength = distinctPrefixLength(doc.calls.map((call) => visibleId(call.correlationId)), 8, true),
  columns: number | null = null,
  nextStep: NextStep | null = null,
): ReportText {
  const head = ['Quality', 'Call', 'Start (UTC)', 'Duration', 'Type', 'Legs', 'Streams', 'Poor', 'Breaches'].map((h) => c.bold(h));
  const rows: string[][] = [];
  const breaches: Painted[][][] = [];
  // Ids cut to what tells the calls apart, and each call's legs (distinct-prefix.ts): `call <prefix>` finds one.
  for (const call of doc.calls) {
    const legs = legNamesOf(call);
    // A line in its pieces, each with its colour: a terminal's narrow table wraps it at words (fit-summary-table.ts).
    const finding = (i: { participantId: string | null; endpointId: string | null }, text: string, paint: (text: string) => string): Painted[] => [
      { text: `${safeText(legs.id(i))}:`, paint: c.dim },
      { text: ' ', paint: (s) => s },
      { text, paint },
    ];
    // In FINDING_ORDER: legs that dropped or ended on an unexpected error ("dropped 410/3101", "failed 495/4507"),
    // which a large call's stream breaches would push past "+N more", then stream breaches, then streams with no
    // packets, which no rule judges ("Audio inbound no packets (media may not have flowed)").
    const failedLeg = (l: (typeof call.failedLegs)[number]) => finding(l, safeText(describeFailedLeg(l)), c.red);
    const { dropped, failed } = legEndKinds(call.failedLegs);
    const lines = inFindingOrder({
      dropped: dropped.map(failedLeg),
      failed: failed.map(failedLeg),
      stream: call.issues.map((i) => finding(i, safeText(describeIssueShort(fitMedia(i))), c.red)),
      noPackets: call.zeroPacketStreams.map((s) => finding(s, safeText(describeNoPackets(fitMedia(s))), c.yellow)),
    });
    const shown = lines.slice(0, MAX_BREACHES_SHOWN);
    const more = lines.length - shown.length;
    if (more > 0) shown.push([{ text: `+${more} more`, paint: c.dim }]);
    // Why an unknown call is, or which streams of a call of known quality were not judged: never a silent blank.
    const unread = call.quality === 'unknown' ? unknownReason(call) : unreadStreamsNote(call);
    if (unread !== null) shown.push([{ text: unread, paint: c.dim }]);
    breaches.push(shown);
    rows.push([
      qualityLabel(call.quality, c),
      safeText(visibleIdStart(call.correlationId, callIdLength)),
      formatIsoTime(call.startTime),
      formatDuration(call.durationSeconds),
      call.callType === null ? '-' : fitText(call.callType),
      call.participants === null ? '-' : String(call.participants),
      String(call.streams),
      call.poorStreams > 0 ? c.red(String(call.poorStreams)) : '0',
      shown.map((line) => line.map(({ text, paint }) => paint(text)).join('')).join('\n'),
    ]);
  }
  const lines: string[] = [];
  const notListed = notListedLine(doc);
  if (notListed) lines.push(c.dim(notListed));
  lines.push(totalsLine(doc, c));
  const window = windowLine(doc);
  if (window) lines.push(window);
  for (const gate of doc.gates) lines.push(gate.crossed ? c.red.bold(describeGate(gate)) : c.green(describeGate(gate)));
  lines.push(readLine(doc));
  const wrapped = lines.flatMap((line) => wrapLine(line, columns));
  if (breakdowns && doc.breakdowns) wrapped.push('', renderBreakdownsTable(doc.breakdowns, c, columns));
  // Its command never broken into lines, which copied would not be the command (next-step-line.ts).
  const next = nextStep === null ? [] : nextStepLines(doc, callIdLength, nextStep, c, columns);
  if (next.length > 0) wrapped.push('', ...next);
  const rest = `${wrapped.join('\n')}\n`;
  // The calls' grid line by line: tens of thousands of calls are some MB of text, never joined into one string.
  const startHead = ['Start', '(UTC)'].map((h) => c.bold(h)).join('\n');
  return doc.calls.length === 0 ? rest : withGrid(fittedSummaryLines({ head, rows, breaches, startHead }, columns), rest);
}

/**
 * A value a service or client wrote (a call type, a media type) as the table shows it: cut to
 * CELL_COLUMNS columns, as the breakdown tables cut theirs, so that one long value does not widen the whole table past
 * the terminal. JSON, Markdown and the other reports have it whole.
 */
function fitText(value: string): string {
  return fitColumns(safeText(value), CELL_COLUMNS);
}

function fitMedia<T extends StreamRef>(stream: T): T {
  return stream.mediaType === null ? stream : { ...stream, mediaType: fitText(stream.mediaType) };
}

function* withGrid(grid: Iterable<string>, rest: string): Generator<string> {
  for (const line of grid) yield `${line}\n`;
  yield rest;
}

export function totalsLine(doc: SummaryDocument, c: ChalkInstance): string {
  const t = doc.totals;
  const good = t.calls - t.poorCalls - t.unknownCalls;
  const poor = t.poorCalls > 0 ? c.red.bold(`${t.poorCalls} poor`) : '0 poor';
  const failed = t.failedCalls > 0 ? ` · ${c.red(`${t.failedCalls} with a failed leg`)}` : '';
  // Streams with no metric read, only when there are some: most exports have none.
  const unread = t.unknownStreams > 0 ? `, ${c.yellow(`${t.unknownStreams} unknown`)}` : '';
  // Streams whose PacketUtilization was 0, only when there are some (not a quality rule: in neither count above).
  const noPackets = t.streamsWithoutPackets > 0 ? ` · ${c.yellow(streamsWithoutPacketsWords(t.streamsWithoutPackets))}` : '';
  return `${plural(t.calls, 'call')}: ${poor}, ${t.unknownCalls} unknown, ${good} good · ${plural(t.streams, 'stream')}, ${t.poorStreams} poor${unread}${failed}${noPackets}`;
}

/** What was read, so that nothing is lost silently: the counts add up to the records read. */
export function readLine(doc: SummaryDocument): string {
  const c = doc.input;
  const shapes = Object.entries(c.shapes)
    .map(([shape, n]) => `${shape} ${n}`)
    .join(', ');
  const parts = readParts(c, { used: copiesNote(c.copies), ignored: OTHER_CATEGORIES });
  // All that was read, invalid items too: the parts add up to it (read = used + duplicates + superseded + ignored + invalid).
  return `Read ${plural(c.files, 'file')}${shapes ? ` (${shapes})` : ''}: ${plural(c.read, 'record')} — ${parts.join(', ')}${skippedFilesNote(c.skippedFiles)}`;
}

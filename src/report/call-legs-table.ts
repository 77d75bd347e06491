import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';
import { ASKED_MARK as MARK, askedMarks } from './asked-leg.js';
import { REDACTED } from '../schema/values.js';
import { endReasonAdvice, endReasonText } from './call-issue-lines.js';
import { legId, noParticipantCell, offset } from './call-story-ids.js';
import { adviceHead, legAdviceGroups, sharesAdvice } from './shared-leg-advice.js';
import { fitTableWidths, type Narrowing, tableWidth } from './fit-table-widths.js';
import { formatDuration } from './format-values.js';
import { legKindParts } from './leg-kind.js';
import { textWidth } from './render-grid.js';
import { breakWords, fitWords, shortIdentifier } from './terminal-text.js';
import { wrapParts } from './wrap-parts.js';
import { safeText } from '../schema/visible-text.js';

const HEAD = ['Leg', 'Endpoint', 'Type', 'Identifier', 'Joined', 'Duration', 'End reason', 'SDK', 'OS'];
/** The widths of the columns that wrap (padding included); null: as wide as what they hold. */
const WIDTHS = [null, null, null, null, null, null, 40, 12, 20];
const [TYPE, END_REASON, SDK, OS] = [2, 6, 7, 8];

/**
 * How the table is narrowed to fit a terminal, in order: the End reason wrapped narrower (nothing lost), then the log
 * text the client wrote cut word by word with "…" (OS, SDK, Type), then the End reason narrower still, its long words
 * broken across lines, the Type down to a word a line on the way ("VoIP · ACS" as "VoIP ·" and "ACS"): the End reason
 * is what a reader of a dropped leg needs whole. The ids, times, durations and codes are never cut; the JSON and
 * Markdown reports have all.
 */
const NARROWING: readonly Narrowing[] = [
  { column: END_REASON, to: 26 },
  { column: OS, to: 9 },
  { column: SDK, to: 10 },
  { column: TYPE, to: 10 },
  { column: END_REASON, to: 14 },
  { column: TYPE, to: 8 },
  { column: END_REASON, to: 12 },
];

/** The End reason's width (padding included) down to which it is wrapped at its words, none broken (NARROWING's first step). */
const WORDS_WHOLE = NARROWING[0]!.to;

/** How each text column is shown: whole (as wide as it is, or wrapped at words), or cut to a width. */
type Cut = (column: number, text: string) => string;
const WHOLE: Cut = (_column, text) => text;

/** Where a leg's advice (the code table's, for its end code) is shown: under its End reason, or under the table. */
type AdviceIn = 'cell' | 'below';

/**
 * The columns the table is drawn in: its nine, or (STACKED) six, three of them holding two of the nine one over the
 * other: `of[x]` is the drawn column the x-th of HEAD is in.
 */
interface Columns {
  of: readonly number[];
  widths: ReadonlyArray<number | null>;
  narrowing: readonly Narrowing[];
}

const NINE: Columns = { of: HEAD.map((_h, x) => x), widths: WIDTHS, narrowing: NARROWING };

/**
 * When even the narrowest nine columns are wider than the terminal (a town hall's "PSTN · DirectRouting" legs, an
 * 80-column one), or would break the End reason's words where these leave it wider (samples/ at 100), the Leg goes over its Endpoint, the Joined over the Duration and the SDK over the OS, in one column
 * each, nothing of them cut; then the six are narrowed as the nine were (NARROWING), the End reason whole the longest.
 */
const STACKED_OF = [0, 0, 1, 2, 3, 3, 4, 5, 5];
const STACKED: Columns = {
  of: STACKED_OF,
  widths: [null, null, null, null, 40, 20],
  narrowing: NARROWING.map(({ column, to }) => ({ column: STACKED_OF[column]!, to })),
};

/** A row of the nine cells in the columns drawn: two in one column are one over the other. */
function inColumns(columns: Columns, row: readonly string[]): string[] {
  const cells: string[][] = columns.widths.map(() => []);
  row.forEach((cell, x) => cells[columns.of[x]!]!.push(cell));
  return cells.map((parts) => parts.join('\n'));
}

/** The columns the table is drawn in and their widths, fitted to `room` (null: as it is, wider when it fits no way). */
function fitted(head: readonly string[], rows: ReadonlyArray<readonly string[]>, room: number | null): { columns: Columns; widths: number[] } | null {
  if (room === null) return null;
  let squeezed: { columns: Columns; widths: number[] } | null = null;
  for (const columns of [NINE, STACKED]) {
    const natural = naturalWidths(columns, inColumns(columns, head), rows.map((row) => inColumns(columns, row)));
    // Nine columns that fit as they are are drawn as a pipe has them; six that do, at their natural widths.
    if (tableWidth(natural) <= room) return columns === NINE ? null : { columns, widths: natural };
    const widths = fitTableWidths(natural, columns.narrowing, room);
    if (widths === null) continue;
    const fit = { columns, widths };
    // Nine columns whose End reason is narrowed past its words (a dozen columns, "Communicatio" "n Services" at 100)
    // give way to six that keep it wider: the room the Endpoint, Duration and OS columns took goes to it.
    if (columns === NINE && widths[END_REASON]! < WORDS_WHOLE) {
      squeezed = fit;
      continue;
    }
    return squeezed !== null && fit.widths[STACKED_OF[END_REASON]!]! <= squeezed.widths[END_REASON]! ? squeezed : fit;
  }
  return squeezed;
}

/**
 * The Legs table of call's text report. `columns`: the terminal's width, when known; a table wider than it is
 * narrowed to fit (NARROWING, then STACKED) when it can be, else drawn as it is wider (the terminal wraps it). A narrowed table
 * gives its End reason column to the reason alone: each leg's advice goes under the table, wrapped at words to the
 * width (a sentence wrapped in a column a dozen wide took a line or two a word), once for the legs that share it (as a
 * pipe's table gives an advice shared). `legs`: those listed (call-legs-shown.ts). The table and the advice apart: what
 * else goes under the table (how many legs it leaves out) goes between them, not after the advice, where it read as
 * the advice's.
 */
export function legsTable(story: CallStory, c: ChalkInstance, asked: LegId | null, columns: number | null, legs: readonly LegStory[] = story.legs): { table: string; advice: string[] } {
  const head = HEAD.map((h) => c.bold(h));
  // Advice the code table gives for more than one leg listed (a town hall's nine drops of 410/3101) is said once,
  // under the table, naming its legs: in their cells it was the same four lines nine times.
  const isShared = sharesAdvice(legs);
  const isAsked = askedMarks(story, asked);
  const rows = legs.map((l) => legRow(story, l, c, isAsked, WHOLE, isShared(l) ? 'below' : 'cell'));
  const fit = fitted(head, rows, columns);
  if (fit === null || columns === null) {
    const table = drawn(head, rows, [...WIDTHS]);
    const width = Math.min(columns ?? Infinity, textWidth(table.slice(0, table.indexOf('\n'))));
    return { table, advice: adviceBelow(story, legs.filter(isShared), c, width) };
  }
  const { of, widths: natural } = fit.columns;
  const cut: Cut = (column, text) => {
    const width = fit.widths[of[column]!]!;
    if (width === natural[of[column]!]) return text;
    return column === END_REASON ? breakWords(text, width - 2) : fitWords(text, width - 2);
  };
  const cells = legs.map((l) => inColumns(fit.columns, legRow(story, l, c, isAsked, cut, 'below')));
  return { table: drawn(inColumns(fit.columns, head), cells, fit.widths), advice: adviceBelow(story, legs, c, columns) };
}

function drawn(head: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: Array<number | null>): string {
  // A copy: cli-table3 fills a null width in the array it is given, which would set this call's widths for the next.
  const table = new Table({ head: [...head], style: { head: [], border: [] }, colWidths: [...widths], wordWrap: true });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/**
 * "Advice for 2aaed7ee (410/3101): Check network configuration, …": each advice once, for the legs that ended with it
 * (shared-leg-advice.ts), wrapped at words to `columns`.
 */
function adviceBelow(story: CallStory, legs: readonly LegStory[], c: ChalkInstance, columns: number): string[] {
  return legAdviceGroups(story, legs).flatMap((group) => {
    const words = `${adviceHead(group)}: ${safeText(group.advice)}`.split(' ');
    return wrapParts(words, '', '  ', columns, ' ').map((line) => c.dim(line));
  });
}

/** The widths the table is drawn at by cli-table3 (padding included): the fixed ones, else the widest line of the column. */
function naturalWidths(columns: Columns, head: readonly string[], rows: ReadonlyArray<readonly string[]>): number[] {
  return columns.widths.map((fixed, x) => fixed ?? Math.max(...[head, ...rows].flatMap((row) => row[x]!.split('\n').map((line) => 2 + textWidth(line)))));
}

/** A leg's id as the Legs table shows it: marked when it is the id asked for. */
function legCell(story: CallStory, id: string | null, asked: boolean, c: ChalkInstance): string {
  return asked ? c.bold(`${MARK} ${legId(story, id)}`) : legId(story, id);
}

function legRow(story: CallStory, l: CallStory['legs'][number], c: ChalkInstance, isAsked: (l: LegStory, field: LegId['field']) => boolean, cut: Cut, adviceIn: AdviceIn): string[] {
  const r = l.endReason;
  const reason = cut(END_REASON, safeText(endReasonText(r)));
  const advice = adviceIn === 'cell' ? endReasonAdvice(r) : null;
  const text = (column: number, value: string | null) => (value === null ? c.dim('-') : value === REDACTED ? c.dim(cut(column, 'redacted')) : cut(column, safeText(value)));
  return [
    l.leg.participantId ? legCell(story, l.leg.participantId, isAsked(l, 'participantId'), c) : c.dim(noParticipantCell(story, l.leg.endpointId)),
    legCell(story, l.leg.endpointId, isAsked(l, 'endpointId'), c),
    [text(TYPE, l.leg.endpointType), ...legKindParts(l.leg).map((part) => text(TYPE, part))].join(' · '),
    l.leg.identifier === null ? c.dim('-') : l.leg.identifier === REDACTED ? c.dim('redacted') : shortIdentifier(l.leg.identifier),
    offset(story, l.leg.participantStartTime),
    formatDuration(l.leg.participantDuration),
    `${r.dropped ? c.red(`${reason} (dropped)`) : r.failed ? c.red(`${reason} (failed)`) : reason}${advice === null ? '' : `\n${c.dim(cut(END_REASON, safeText(advice)))}`}`,
    text(SDK, l.leg.sdkVersion),
    text(OS, l.leg.osVersion),
  ];
}

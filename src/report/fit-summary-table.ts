import { fitTableWidths, type Narrowing, tableWidth } from './fit-table-widths.js';
import { gridLines, textWidth } from './render-grid.js';
import { wrapCell, wrapWords, type WrapWord } from './wrap-parts.js';

/** A piece of a line of a Breaches cell and its colour: a line is wrapped at its words, each word coloured on its own. */
export interface Painted {
  text: string;
  paint: (text: string) => string;
}

/** The calls table as summarize draws it unfitted, and what it needs to be fitted to a terminal. */
export interface SummaryGrid {
  /** The heads, coloured: the last is the Breaches column's. */
  head: readonly string[];
  /** A row a call, its last cell the Breaches lines joined: as a pipe has it. */
  rows: ReadonlyArray<readonly string[]>;
  /** Each call's Breaches lines, in pieces (the last cell of its row). */
  breaches: ReadonlyArray<ReadonlyArray<readonly Painted[]>>;
  /** The Start head as two lines ("Start" over "(UTC)"), each coloured. */
  startHead: string;
}

/** The column of the start time: "2026-11-20 08:31:07" may go on two lines, its date over its time. */
const START = 2;

/**
 * What gives way last, in order, each only as far as needed: the call type (a client writes what it likes there, up
 * to CELL_COLUMNS) wraps at its words, down to "Group"'s 5 columns; then the call's id (its distinct prefix, of tens
 * of characters when ids share their start) wraps across lines, down to the 8 characters a prefix has at least:
 * never cut, users copy it. Padding included; at these the calls' cells of samples/ take 78 columns.
 */
const GIVING_WAY: readonly Narrowing[] = [
  { column: 4, to: 2 + 5 },
  { column: 1, to: 2 + 8 },
];

/**
 * The narrowest (in text columns) the Breaches column is wrapped to beside the calls' cells: a finding
 * ("ec6d55e9: Audio inbound jbuf max 410 > 200 ms") then takes two lines. Narrower, they go under each call's row.
 */
export const BREACHES_FLOOR = 30;

/** The indent of a Breaches line's continuation, so that a wrapped finding reads as one. */
const CONTINUED = '  ';

/** How the calls table fits a terminal: Start on one line or two; the Breaches a column of that width, or under each row. */
export interface SummaryLayout {
  twoLineStart: boolean;
  /** The Breaches column's width in text columns (wrapped at words); null: under each call's row, across the table. */
  breaches: number | null;
  /** The widths (padding included) of the columns before Breaches when the call type and id wrap (GIVING_WAY). */
  narrowed?: number[];
}

/**
 * How a calls table is fitted into `room` terminal columns, what gives way first: the Breaches wrapped at their words
 * (nothing lost) down to BREACHES_FLOOR, then the start time on two lines, then the Breaches under each call's row,
 * as wide as the table, with Start on one line if the row fits so and on two if not; then a long call type and id
 * wrap (GIVING_WAY). Ids, times, durations and counts are never cut. `widths`: the natural widths (padding included) of the columns before Breaches, Start on
 * one line; `startTwoLines`: Start's width on two lines; `breaches`: the Breaches column's natural width; `breachesLeast`:
 * the fewest text columns its lines wrap to (their widest word, indented, or its head). Null when the table fits as it
 * is, and when it fits no way (narrower than the calls' own cells): then it is drawn as it is and the terminal wraps it.
 */
export function summaryLayout(widths: readonly number[], startTwoLines: number, breaches: number, breachesLeast: number, room: number): SummaryLayout | null {
  if (tableWidth([...widths, breaches]) <= room) return null;
  const least = Math.max(BREACHES_FLOOR, breachesLeast);
  const starts = [false, true].map((twoLineStart) => ({ twoLineStart, widths: widths.map((w, x) => (x === START && twoLineStart ? Math.min(w, startTwoLines) : w)) }));
  for (const { twoLineStart, widths: w } of starts) {
    const text = room - tableWidth([...w, 0]) - 2;
    if (text >= least || text >= breaches - 2) return { twoLineStart, breaches: Math.min(text, breaches - 2) };
  }
  for (const { twoLineStart, widths: w } of starts) {
    // The lines under a row are as wide as the table, less its border and padding.
    if (tableWidth(w) <= room && tableWidth(w) - 4 >= breachesLeast) return { twoLineStart, breaches: null };
  }
  const narrowed = fitTableWidths(starts[1]!.widths, GIVING_WAY, room);
  return narrowed !== null && tableWidth(narrowed) - 4 >= breachesLeast ? { twoLineStart: true, breaches: null, narrowed } : null;
}

/**
 * The calls table's lines fitted to `columns` (summaryLayout); `columns` null, or a table that fits as it is or fits no
 * way, has the lines a pipe has (gridLines), byte for byte.
 */
export function fittedSummaryLines(grid: SummaryGrid, columns: number | null): Iterable<string> {
  if (columns === null) return gridLines(grid.head, grid.rows);
  const last = grid.head.length - 1;
  const widths = grid.head.slice(0, last).map(() => 2);
  let breaches = 2;
  let startTwoLines = 2 + Math.max(...grid.startHead.split('\n').map(textWidth));
  for (const row of [grid.head, ...grid.rows]) {
    for (let x = 0; x < last; x++) for (const line of row[x]!.split('\n')) widths[x] = Math.max(widths[x]!, 2 + textWidth(line));
    for (const line of row[last]!.split('\n')) breaches = Math.max(breaches, 2 + textWidth(line));
    if (row !== grid.head) startTwoLines = Math.max(startTwoLines, ...twoLines(row[START]!).split('\n').map((l) => 2 + textWidth(l)));
  }
  // A loop, not Math.max(...): tens of thousands of calls have too many words to spread as arguments.
  let breachesLeast = textWidth(grid.head[last]!);
  for (const lines of grid.breaches) for (const line of lines) for (const word of wordsOf(line)) breachesLeast = Math.max(breachesLeast, CONTINUED.length + textWidth(word.text));
  const layout = summaryLayout(widths, startTwoLines, breaches, breachesLeast, columns);
  if (layout === null) return gridLines(grid.head, grid.rows);
  const head = grid.head.map((h, x) => (x === START && layout.twoLineStart ? grid.startHead : h));
  const { narrowed } = layout;
  const start = (row: readonly string[]) =>
    row.map((cell, x) => {
      if (x === START && layout.twoLineStart) return twoLines(cell);
      const room = narrowed === undefined || x >= narrowed.length ? Infinity : narrowed[x]! - 2;
      return textWidth(cell) > room ? wrapCell(cell, room).join('\n') : cell;
    });
  if (layout.breaches !== null) {
    const room = layout.breaches;
    return gridLines(head, grid.rows.map((row, i) => [...start(row).slice(0, last), wrapBreaches(grid.breaches[i]!, room).join('\n')]));
  }
  return breachesUnderLines(
    head.slice(0, last),
    grid.rows.map((row) => start(row).slice(0, last)),
    grid.breaches,
    grid.head[last]!,
  );
}

/** "2026-11-20 08:31:07" as "2026-11-20" over "08:31:07"; "-" as it is. */
function twoLines(start: string): string {
  return start.replace(' ', '\n');
}

/** A line's words, each coloured on its own (a colour never runs over a line's end into the table's border). */
function wordsOf(line: readonly Painted[]): WrapWord[] {
  const words: WrapWord[] = [];
  let open = false;
  for (const { text, paint } of line) {
    text.split(' ').forEach((piece, i) => {
      if (i > 0) open = false;
      const painted = piece === '' ? '' : paint(piece);
      if (open) words[words.length - 1]!.text += painted;
      else if (piece !== '') {
        words.push({ text: painted, before: ' ' });
        open = true;
      }
    });
  }
  return words;
}

/** Each Breaches line wrapped at its words to `room` columns, the rest of it indented; none cut. */
export function wrapBreaches(lines: ReadonlyArray<readonly Painted[]>, room: number): string[] {
  return lines.flatMap((line) => wrapWords(wordsOf(line), '', CONTINUED, room));
}

/**
 * The calls table with its Breaches under each call's row, across the table (a rule parting them from the row's
 * cells, as a cell that spans the columns is drawn), wrapped at words to its width; a call with none has no such lines.
 */
function* breachesUnderLines(head: readonly string[], rows: ReadonlyArray<readonly string[]>, breaches: SummaryGrid['breaches'], breachesHead: string): Generator<string> {
  const widths = head.map(() => 2);
  for (const row of [head, ...rows]) for (let x = 0; x < widths.length; x++) for (const line of row[x]!.split('\n')) widths[x] = Math.max(widths[x]!, 2 + textWidth(line));
  const inner = tableWidth(widths) - 4;
  const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
  const span = (line: string) => `│ ${line}${' '.repeat(Math.max(0, inner - textWidth(line)))} │`;
  const cells = function* (row: readonly string[]) {
    const lines = row.map((cell) => cell.split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    for (let i = 0; i < height; i++) yield `│${lines.map((l, x) => ` ${l[i] ?? ''}${' '.repeat(widths[x]! - 2 - textWidth(l[i] ?? ''))} `).join('│')}│`;
  };
  yield rule('┌', '┬', '┐');
  yield* cells(head);
  // Every call good (none has a line under its row): no Breaches head over nothing.
  let spanned = breaches.some((lines) => lines.length > 0);
  if (spanned) {
    yield rule('├', '┴', '┤');
    yield span(breachesHead);
  }
  for (const [i, row] of rows.entries()) {
    yield spanned ? rule('├', '┬', '┤') : rule('├', '┼', '┤');
    yield* cells(row);
    const under = wrapBreaches(breaches[i]!, inner);
    spanned = under.length > 0;
    if (!spanned) continue;
    yield rule('├', '┴', '┤');
    for (const line of under) yield span(line);
  }
  yield spanned ? `└${'─'.repeat(inner + 2)}┘` : rule('└', '┴', '┘');
}

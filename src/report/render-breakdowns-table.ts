import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import stringWidth from 'string-width';
import { type BreakdownSection, breakdownSections, FAILURES_HEAD, METRIC_GROUP } from './breakdown-sections.js';
import type { BreakdownsJson } from './breakdowns-json.js';
import { fitTableWidths, type Narrowing } from './fit-table-widths.js';
import { flowGroupLabels, ruleTallRows } from './grouped-table-rows.js';
import { textWidth } from './render-grid.js';
import { breakWords, fitColumns } from './terminal-text.js';
import { wrapLine } from './wrap-parts.js';

/**
 * The widest a cell of text from the logs is drawn (an SDK version, a result category, an operation, its failure
 * codes): a client writes what it likes there, and one value of 300 characters would widen its whole table past
 * any terminal. The Meaning column (the code table's own words) wraps at its own width.
 */
export const CELL_COLUMNS = 40;

/** The groups of the stream table whose values are the tool's own names (metrics), broken onto lines, never cut. */
const OWN_NAMES = new Set([METRIC_GROUP]);

/** The Meaning column's width (padding included): the code table's words wrap in it. */
const MEANING_WIDTH = 48;

/**
 * How a breakdown table is narrowed to fit a terminal, by the heads of its columns, in order: the Meaning wraps
 * narrower (nothing lost), then the values from the logs are cut narrower with "…" (a failures list breaks onto more
 * lines), then the Meaning narrower still. The By column (the table's own words: "endpoint type") wraps at its
 * words down its group's rows (grouped-table-rows.ts). Codes, counts and rates are never cut.
 */
const NARROWING: ReadonlyArray<{ head: string; to: number }> = [
  { head: 'Meaning', to: 24 },
  { head: 'By', to: 11 },
  { head: 'Value', to: 20 },
  { head: FAILURES_HEAD, to: 18 },
  { head: 'Operation', to: 16 },
  { head: 'Category', to: 16 },
  { head: 'Meaning', to: 20 },
];

/**
 * The breakdown sections as compact terminal tables, worst first, each with its "+n more" and notes; a value from the
 * logs in a note is cut to CELL_COLUMNS as the cells are. `columns`: the terminal's width, when known: a table wider
 * is narrowed to fit (NARROWING) when it can be, else drawn as it is, and a title or note longer wraps at its words.
 */
export function renderBreakdownsTable(breakdowns: BreakdownsJson, c: ChalkInstance, columns: number | null = null): string {
  return breakdownSections(breakdowns, (value) => fitColumns(value, CELL_COLUMNS))
    .map((section) => sectionText(section, c, columns))
    .join('\n\n');
}

function sectionText(section: BreakdownSection, c: ChalkInstance, columns: number | null): string {
  const lines = [...wrapLine(section.title, columns).map((line) => c.bold(line))];
  if (section.rows.length === 0) lines.push(c.dim('  none'));
  else lines.push(tableText(section, c, columns));
  if (section.more > 0) lines.push(c.dim(`+${section.more} more`));
  lines.push(...section.notes.flatMap((note) => wrapLine(note, columns)));
  return lines.join('\n');
}

function tableText(section: BreakdownSection, c: ChalkInstance, columns: number | null): string {
  const head = section.head.map((h) => c.bold(h));
  const meaning = section.head.indexOf('Meaning');
  const by = section.head.indexOf('By');
  const list = section.head.indexOf(FAILURES_HEAD);
  const value = section.head.indexOf('Value');
  const cells = (width: (x: number) => number) => {
    let group = '';
    return section.rows.map((row) => {
      if (by >= 0 && row[by] !== '') group = row[by]!;
      return row.map((cell, x) => {
        if (section.numeric[x] || x === meaning || x === by) return cell;
        if (x === list) return fitList(cell, width(x));
        // A metric's name is the tool's word, not the logs': broken where it reads on (at a capital), never cut.
        return x === value && OWN_NAMES.has(group) ? breakWords(cell, width(x)) : fitColumns(cell, width(x));
      });
    });
  };
  const rows = cells(() => CELL_COLUMNS);
  const natural = section.head.map((_, x) => (x === meaning ? MEANING_WIDTH : Math.max(...[head, ...rows].flatMap((row) => row[x]!.split('\n').map((line) => 2 + textWidth(line))))));
  const steps: Narrowing[] = NARROWING.filter((s) => section.head.includes(s.head)).map((s) => ({ column: section.head.indexOf(s.head), to: s.to }));
  const fitted = columns === null ? null : fitTableWidths(natural, steps, columns);
  const table = new Table({
    head,
    colAligns: section.numeric.map((n) => (n ? 'right' : 'left')),
    style: { head: [], border: [], compact: true },
    // A narrowed column's head wraps at its words ("Failures by" over "code/subcode"), as the Meaning does.
    ...(fitted !== null
      ? { colWidths: fitted.map((w, x) => (w === natural[x] && x !== meaning ? null : w)), wordWrap: true }
      : meaning >= 0
        ? { colWidths: section.head.map((_, x) => (x === meaning ? MEANING_WIDTH : null)), wordWrap: true }
        : {}),
  });
  const shown = fitted === null ? rows : cells((x) => Math.min(CELL_COLUMNS, fitted[x]! - 2));
  // The stream table's groups (By first), narrowed: a wrapped row reads as one, not as a row of blank counts (grouped-table-rows.ts).
  const flowed = fitted !== null && by === 0 ? flowGroupLabels(shown, by, fitted[by]! - 2) : shown;
  for (const row of flowed) table.push(row);
  return flowed === shown ? table.toString() : ruleTallRows(table.toString(), flowed, shown);
}

/**
 * The failures of an operation ("500/- ×3, 403/41001 ×1, …") in at most `columns` columns (CELL_COLUMNS, or fewer on a narrow terminal): the list breaks after a
 * comma onto further lines, and a longer item is cut with "…", its count ("×3") kept (the JSON and Markdown reports
 * have it whole). Other cells of log text are cut to one line: a second line would read as a row of its own.
 */
function fitList(cell: string, columns: number): string {
  const lines: string[] = [];
  for (const item of cell.split(', ')) {
    const [, text = item, count = ''] = /^(.*?)( ×\d+)?$/s.exec(item) ?? [];
    // One column kept for the comma that ends a line of a list.
    const fitted = `${fitColumns(text, columns - 1 - count.length)}${count}`;
    const joined = lines.length > 0 ? `${lines.at(-1)!}, ${fitted}` : null;
    if (joined !== null && stringWidth(joined) < columns) lines[lines.length - 1] = joined;
    else lines.push(fitted);
  }
  return lines.join(',\n');
}

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import stringWidth from 'string-width';
import { type BreakdownSection, breakdownSections, FAILURES_HEAD } from './breakdown-sections.js';
import type { BreakdownsJson } from './breakdowns-json.js';
import { fitColumns } from './terminal-text.js';

/**
 * The widest a cell of text from the logs is drawn (an SDK version, a result category, an operation, its failure
 * codes): a client writes what it likes there, and one value of 300 characters would widen its whole table past
 * any terminal. The Meaning column (the code table's own words) wraps at its own width.
 */
export const CELL_COLUMNS = 40;

/**
 * The breakdown sections as compact terminal tables, worst first, each with its "+n more" and notes; a value from the
 * logs in a note is cut to CELL_COLUMNS as the cells are.
 */
export function renderBreakdownsTable(breakdowns: BreakdownsJson, c: ChalkInstance): string {
  return breakdownSections(breakdowns, (value) => fitColumns(value, CELL_COLUMNS))
    .map((section) => sectionText(section, c))
    .join('\n\n');
}

function sectionText(section: BreakdownSection, c: ChalkInstance): string {
  const lines = [c.bold(section.title)];
  if (section.rows.length === 0) lines.push(c.dim('  none'));
  else {
    const table = new Table({
      head: section.head.map((h) => c.bold(h)),
      colAligns: section.numeric.map((n) => (n ? 'right' : 'left')),
      style: { head: [], border: [], compact: true },
      ...(section.head.includes('Meaning') ? { colWidths: [null, null, null, null, 48], wordWrap: true } : {}),
    });
    const meaning = section.head.indexOf('Meaning');
    const list = section.head.indexOf(FAILURES_HEAD);
    for (const row of section.rows) table.push(row.map((cell, x) => (section.numeric[x] || x === meaning ? cell : x === list ? fitList(cell) : fitColumns(cell, CELL_COLUMNS))));
    lines.push(table.toString());
  }
  if (section.more > 0) lines.push(c.dim(`+${section.more} more`));
  lines.push(...section.notes);
  return lines.join('\n');
}

/**
 * The failures of an operation ("500/- ×3, 403/41001 ×1, …") in at most CELL_COLUMNS columns: the list breaks after a
 * comma onto further lines, and a longer item is cut with "…", its count ("×3") kept (the JSON and Markdown reports
 * have it whole). Other cells of log text are cut to one line: a second line would read as a row of its own.
 */
function fitList(cell: string): string {
  const lines: string[] = [];
  for (const item of cell.split(', ')) {
    const [, text = item, count = ''] = /^(.*?)( ×\d+)?$/s.exec(item) ?? [];
    // One column kept for the comma that ends a line of a list.
    const fitted = `${fitColumns(text, CELL_COLUMNS - 1 - count.length)}${count}`;
    const joined = lines.length > 0 ? `${lines.at(-1)!}, ${fitted}` : null;
    if (joined !== null && stringWidth(joined) < CELL_COLUMNS) lines[lines.length - 1] = joined;
    else lines.push(fitted);
  }
  return lines.join(',\n');
}

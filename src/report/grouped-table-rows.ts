import { wrapCell } from './wrap-parts.js';

/**
 * How a compact table of groups of rows (the stream breakdowns: a group a dimension, named in the By column on its
 * first row) reads on a terminal too narrow for it, where a cell takes more than one line: in a compact table (no rule
 * between rows) a second line of blank counts reads as a row of its own. Two steps, as cli-table3 draws a cell that
 * spans rows: the group's label wraps at its words down the group's own rows ("media" beside Audio, "type" beside
 * VBSS), so it takes no line of its own unless the group has fewer rows than it has lines; and a row that still takes
 * more than one line (a metric's name broken at a capital, a one-row group's label) is ruled off above and below,
 * the rule leaving the label's column open inside a group.
 */

/**
 * The rows with each group's label (column `by`, blank on the group's other rows) wrapped at its words to `columns`,
 * a line on each of the group's rows, the rest on its last.
 */
export function flowGroupLabels(rows: ReadonlyArray<readonly string[]>, by: number, columns: number): string[][] {
  const flowed = rows.map((row) => [...row]);
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && rows[end]![by] === '') end++;
    const lines = wrapCell(rows[start]![by]!, columns);
    for (let i = start; i < end; i++) flowed[i]![by] = i < end - 1 ? (lines[i - start] ?? '') : lines.slice(i - start).join('\n');
    start = end;
  }
  return flowed;
}

/**
 * A compact table's text (cli-table3's, `rows` as pushed, the label column `by` first) with a rule above and below
 * each row that takes more than one line; inside a group (a row whose label is blank in `groups`, the rows before
 * flowGroupLabels) the rule leaves the label's column open. The text as it is when its lines are not those rows'
 * (a cell the table wrapped further).
 */
export function ruleTallRows(text: string, rows: ReadonlyArray<readonly string[]>, groups: ReadonlyArray<readonly string[]>): string {
  const lines = text.split('\n');
  const headRule = lines.findIndex((line) => line.startsWith('├'));
  const heights = rows.map((row) => Math.max(...row.map((cell) => cell.split('\n').length)));
  if (headRule < 0 || lines.length !== headRule + 2 + heights.reduce((sum, h) => sum + h, 0)) return text;
  const rule = lines[headRule]!;
  const open = `│${' '.repeat(rule.indexOf('┼') - 1)}├${rule.slice(rule.indexOf('┼') + 1)}`;
  const ruled = lines.slice(0, headRule + 1);
  let at = headRule + 1;
  heights.forEach((height, i) => {
    if (i > 0 && (height > 1 || heights[i - 1]! > 1)) ruled.push(groups[i]![0] === '' ? open : rule);
    ruled.push(...lines.slice(at, at + height));
    at += height;
  });
  ruled.push(lines.at(-1)!);
  return ruled.join('\n');
}

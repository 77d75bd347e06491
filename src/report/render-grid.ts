import stringWidth from 'string-width';

/**
 * A table drawn as cli-table3 draws one with its default look (box lines, one space of padding, text at the left
 * and the top, a rule between rows), character for character, for tables of any length: cli-table3 lays a table
 * out in time that grows with the square of its rows and measures every cell many times (2 minutes for the 23,810
 * calls of `npm run bench`'s export; this takes well under a second). Cells may hold several lines and chalk's
 * colours, each line's colours closed on it, as chalk closes them. The lines come one at a time (no line ends), so
 * that a report of many rows is written in pieces, never as one string.
 */
export function* gridLines(head: readonly string[], rows: ReadonlyArray<readonly string[]>): Generator<string> {
  // A loop, not Math.max(...): a spread of 200,000 rows would overflow the stack as arguments.
  const widths = head.map(() => 2);
  const measure = (row: readonly string[]) => {
    for (let x = 0; x < widths.length; x++) for (const line of (row[x] ?? '').split('\n')) widths[x] = Math.max(widths[x]!, 2 + textWidth(line));
  };
  measure(head);
  for (const row of rows) measure(row);
  const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
  yield rule('┌', '┬', '┐');
  let first = true;
  for (const row of [head, ...rows]) {
    if (!first) yield rule('├', '┼', '┤');
    first = false;
    const cells = widths.map((_, x) => (row[x] ?? '').split('\n'));
    const height = Math.max(...cells.map((lines) => lines.length));
    for (let i = 0; i < height; i++) {
      let line = '│';
      for (let x = 0; x < widths.length; x++) {
        const text = cells[x]![i] ?? '';
        line += ` ${text}${' '.repeat(widths[x]! - 2 - textWidth(text))} │`;
      }
      yield line;
    }
  }
  yield rule('└', '┴', '┘');
}

const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;

/** The columns a line of a cell takes, as cli-table3 counts them: its colour codes left out, then string-width. */
export function textWidth(line: string): number {
  const plain = line.includes('\u001b') ? line.replace(SGR, '') : line;
  // Printable ASCII is one column a character (string-width's own answer, without its per-call regular expressions).
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return stringWidth(plain);
  }
  return plain.length;
}

/**
 * How CSV text is quoted, as CSV writers write it (RFC 4180): a quote opens a cell only at its start, a quote inside
 * a quoted cell is doubled (`""`), and the quote that closes a cell is followed by the delimiter or the end of the
 * row. csv-parse with `relax_quotes` reads any other quote as a character of its cell: a time cell that lost its
 * closing quote runs on into the next row until that row's own closing quote ends it, a lone quote (the next row's
 * opening one) inside it. On text quoted so, csv-parse and this agree on where each row ends.
 */
export type Quoting = 'closed' | 'open' | 'broken';

/**
 * How the text leaves its quotes: all closed, a quoted cell open at its end (its line break is in the cell), or a
 * quote where no writer puts one. `inside`: the text starts inside a quoted cell (the lines before left one open).
 * Jumps from quote to quote: a line with no quote costs one search.
 */
export function quotingOf(text: string, delimiter: string, inside = false): Quoting {
  let close = inside ? 0 : -1; // where to look for the closing quote of an open cell; -1: outside a cell
  let i = inside ? -1 : text.indexOf('"');
  for (;;) {
    if (close < 0) {
      if (i < 0) return 'closed';
      const before = i === 0 ? '\n' : text[i - 1];
      if (before !== delimiter && before !== '\n') return 'broken';
      close = i + 1;
    }
    let j = text.indexOf('"', close);
    while (j >= 0 && text[j + 1] === '"') j = text.indexOf('"', j + 2);
    if (j < 0) return 'open';
    const after = text[j + 1];
    if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') return 'broken';
    close = -1;
    i = text.indexOf('"', j + 1);
  }
}

/** Whether a row's raw text is quoted as writers quote it, every quoted cell closed. */
export function isWellQuoted(raw: string, delimiter: string): boolean {
  return quotingOf(raw, delimiter) === 'closed';
}

/**
 * Whether a CSV row's raw text is quoted as CSV writers write it (RFC 4180): a quote opens a cell only at its start,
 * a quote inside a quoted cell is doubled (`""`), and the quote that closes a cell is followed by the delimiter or the
 * end of the row. csv-parse with `relax_quotes` reads any other quote as a character of its cell: a time cell that
 * lost its closing quote runs on into the next row until that row's own closing quote ends it, a lone quote (the next
 * row's opening one) inside it. Such a row is lines joined by a broken quote, however many cells it ends up with.
 */
export function isWellQuoted(raw: string, delimiter: string): boolean {
  let cellStart = true;
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quoted) {
      if (c !== '"') continue;
      if (raw[i + 1] === '"') {
        i++; // a doubled quote, in the cell
        continue;
      }
      const next = raw[i + 1];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') return false;
      quoted = false;
      cellStart = false;
    } else if (c === delimiter || c === '\n') cellStart = true;
    else if (c === '"') {
      if (!cellStart) return false;
      quoted = true;
      cellStart = false;
    } else cellStart = false;
  }
  return !quoted;
}

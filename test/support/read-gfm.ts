import { marked, type Tokens } from 'marked';

/**
 * A Markdown report read as GitHub reads a step summary or a comment: CommonMark with GFM's tables,
 * strikethrough and autolinks (marked, `gfm: true`), then what a reader would see. Where marked and GitHub's
 * cmark-gfm split a table row differently (a `|` after an even run of backslashes: cmark-gfm keeps it in the
 * cell, marked splits there), the row is counted both ways, so a report must be read alike by both.
 */
export interface GfmReading {
  /** Each table's raw rows (the delimiter row left out) whose cells, counted either way, are not its columns. */
  badRows: string[];
  tables: number;
  headings: Array<{ depth: number; text: string }>;
  /** Code blocks: indented ones (never written on purpose) and fenced ones whose fence is not closed. */
  unclosedOrIndentedCode: string[];
  /** The HTML tags of the rendered page, by name (`a`, `code`, `td`…). */
  tags: Set<string>;
  links: Array<{ href: string; text: string }>;
  /** The rendered page as text: tags dropped (a <br> a line break), entities read, word joiners dropped. */
  text: string;
}

/** How many cells a table row has: split at each `|` that is no cell's text, by cmark-gfm's rule or by backslash parity. */
function rowCellCount(line: string, rule: 'cmark-gfm' | 'parity'): number {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  let count = 0;
  let cellStart = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let backslashes = 0;
    while (row[i - 1 - backslashes] === '\\') backslashes++;
    if (rule === 'cmark-gfm' ? backslashes > 0 : backslashes % 2 === 1) continue;
    count++;
    cellStart = i + 1;
  }
  // What follows the last `|` is a cell only when it holds text.
  return row.slice(cellStart).trim() === '' ? count : count + 1;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function readGfm(markdown: string): GfmReading {
  const tokens = marked.lexer(markdown, { gfm: true });
  const reading: GfmReading = { badRows: [], tables: 0, headings: [], unclosedOrIndentedCode: [], tags: new Set(), links: [], text: '' };
  for (const token of tokens) {
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      reading.tables++;
      const columns = table.header.length;
      const rows = table.raw.trimEnd().split('\n');
      for (const [i, row] of rows.entries()) {
        if (i !== 1 && (rowCellCount(row, 'cmark-gfm') !== columns || rowCellCount(row, 'parity') !== columns)) reading.badRows.push(row);
      }
    }
    if (token.type === 'heading') reading.headings.push({ depth: (token as Tokens.Heading).depth, text: (token as Tokens.Heading).text });
    if (token.type === 'code') {
      const code = token as Tokens.Code;
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(code.raw)?.[1];
      const lines = code.raw.trimEnd().split('\n');
      const last = lines.at(-1)!.trim();
      const closed = fence !== undefined && lines.length > 1 && last[0] === fence[0] && /^(`+|~+)$/.test(last) && last.length >= fence.length;
      if (!closed) reading.unclosedOrIndentedCode.push(code.raw);
    }
  }
  const html = marked.parser(tokens);
  for (const match of html.matchAll(/<([a-z][a-z0-9]*)\b/g)) reading.tags.add(match[1]!);
  for (const match of html.matchAll(/<a href="([^"]*)"[^>]*>([^]*?)<\/a>/g)) reading.links.push({ href: decodeEntities(match[1]!), text: decodeEntities(match[2]!.replace(/<[^>]*>/g, '')) });
  // A word joiner (the report's own, after an @ or # that GitHub would read as a mention or a reference) shows as nothing.
  reading.text = decodeEntities(html.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]*>/g, '')).replace(/\u2060/g, '');
  return reading;
}

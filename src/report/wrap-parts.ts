import stringWidth from 'string-width';
import { breakWords } from './terminal-text.js';

/** A word to wrap, and what joins it to the word before it when both are on one line (a space, two, ` · `). */
export interface WrapWord {
  text: string;
  before: string;
}

/**
 * Words on one line when `columns` is null (a pipe, a file, a CI log: the output is the same whatever reads it) or
 * when they fit; else wrapped into lines of at most `columns` terminal columns, the first after `indent`, the others
 * after `continued`. What joins two words is left out where a line breaks between them, and before a line's first
 * word that shows (one of no width, as a value of only a control character leaves, joins nothing to it). A word is
 * never cut: one wider than the room has a line of its own, and the terminal wraps it. Widths are measured as the
 * terminal shows them (string-width: colours take none).
 */
export function wrapWords(words: readonly WrapWord[], indent: string, continued: string, columns: number | null): string[] {
  const room = columns ?? Infinity;
  const lines: string[] = [];
  let line = indent;
  let start = stringWidth(indent);
  // The columns of the words on the line: with none yet, nothing joins the next word to what is before it.
  let shown = 0;
  for (const word of words) {
    const w = stringWidth(word.text);
    const join = stringWidth(word.before);
    if (shown > 0 && start + shown + join + w > room) {
      lines.push(line);
      line = continued;
      start = stringWidth(continued);
      shown = 0;
    }
    line += shown > 0 ? `${word.before}${word.text}` : word.text;
    shown += (shown > 0 ? join : 0) + w;
  }
  lines.push(line);
  return lines;
}

/**
 * Parts of a line ("RTT 58 ms", "loss 0.2%", …) joined by `separator`, wrapped as words are (wrapWords) at the
 * separators: one line with no width or room enough, else the first after `indent`, the others after `continued`.
 */
export function wrapParts(parts: readonly string[], indent: string, continued: string, columns: number | null, separator = ' · '): string[] {
  return wrapWords(
    parts.map((text) => ({ text, before: separator })),
    indent,
    continued,
    columns,
  );
}

/**
 * A line of text as it is, or, when `columns` is known and it is longer, wrapped at its spaces to it, the rest indented
 * two columns: no word cut (a colour open across the break colours only the indent's spaces, which show none). The
 * lines under summarize's tables, and its breakdown tables' titles and notes.
 */
export function wrapLine(line: string, columns: number | null): string[] {
  return columns === null || stringWidth(line) <= columns ? [line] : wrapParts(line.split(' '), '', '  ', columns, ' ');
}

/**
 * A table cell's text in lines of at most `columns` columns, nothing cut: wrapped at its spaces, and a word wider than
 * that broken where it reads on best (breakWords: after a '-', between a small letter and a capital). A long call type
 * or call id in summarize's calls table, a breakdown's By label.
 */
export function wrapCell(text: string, columns: number): string[] {
  const words = breakWords(text, columns)
    .split(' ')
    .flatMap((word) => word.split('\n').map((piece, i) => ({ text: piece, before: i === 0 ? ' ' : '' })));
  return wrapWords(words, '', '', columns);
}

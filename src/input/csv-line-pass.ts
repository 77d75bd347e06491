import { type CsvDelimiter, headerRowCells, isPreambleLine } from './csv-header.js';
import { quotingOf, type Quoting } from './csv-quoting.js';
import type { Prefilter } from './input-event.js';

/** Text for csv-parse, with the lines passed over emptied, and those lines' numbers. */
export interface PassedText {
  text: string;
  passed: number[];
}

/**
 * `call`'s search (a prefilter that tests text alone: ReadOptions.prefilterIsSearch) of a CSV's lines before
 * csv-parse cuts them into cells: a line that is a whole row (quoted as writers quote it, at a row's start) and does
 * not hold the id is emptied, its LF kept, so csv-parse passes it over as a blank line and counts the lines as before; the reader makes it a `filtered` item at its line, as the prefilter would have made
 * the row. The first of a run of such lines is made a row of empty cells instead, as many as the header's (no error
 * for csv-parse to make), which csv-parse passes over too (skip_records_with_empty_values): csv-parse holds a row back
 * until some characters after its line break have come, and blank lines are none; without it the row before the run
 * would be read after it, and the text before the run could not be let go. Whatever is not so
 * certain (a line inside a quoted cell or after a quote out of place, until the next parser; a header of an export
 * joined; a line as long as the parser's limit) goes to csv-parse as it is. A chunk that holds no match at all is not
 * tested line by line. Lines are held until their LF comes.
 */
/** Three delimiters at least (`,,,`): enough characters after a row's line break for csv-parse to end that row (it waits for 3). */
const FILLER_DELIMITERS = 3;

export class CsvLinePass {
  private held = '';
  private line: number;
  private quoting: Quoting = 'closed';
  private filler = '';

  constructor(
    private readonly delimiter: CsvDelimiter,
    private readonly search: Prefilter,
    private readonly longest: number,
    /** The line the parser's text starts on. */
    firstLine: number,
  ) {
    this.line = firstLine;
  }

  /**
   * The chunk's whole lines (and any held before them), those passed over made `columns` empty cells; null: none is
   * passed over (the header not read yet, or the rows' dates still telling their order).
   */
  pass(chunk: string, columns: number | null): PassedText {
    const text = this.held + chunk;
    const end = text.lastIndexOf('\n') + 1;
    this.held = text.slice(end);
    if (columns !== null && this.filler.length !== Math.max(FILLER_DELIMITERS, columns - 1)) this.filler = this.delimiter.repeat(Math.max(FILLER_DELIMITERS, columns - 1));
    return this.lines(text.slice(0, end), columns !== null);
  }

  /** The text held at the end (a last line with no LF), as it is. */
  end(): PassedText {
    const text = this.held;
    this.held = '';
    return { text, passed: [] };
  }

  private lines(text: string, active: boolean): PassedText {
    const passed: number[] = [];
    if (text === '') return { text, passed };
    const anyMatch = !active || this.search(text, () => null);
    const out: string[] = [];
    let kept = 0; // text from here on not yet in `out`
    let run = false; // the line before was passed over
    for (let start = 0; start < text.length; this.line++) {
      const lf = text.indexOf('\n', start);
      const line = text.slice(start, lf);
      if (this.quoting === 'closed' && active && this.passesOver(line, anyMatch)) {
        out.push(text.slice(kept, start));
        if (!run) out.push(this.filler);
        kept = lf; // the LF stays
        passed.push(this.line);
        run = true;
        start = lf + 1;
        continue;
      }
      run = false;
      if (this.quoting !== 'broken') this.quoting = quotingOf(line, this.delimiter, this.quoting === 'open');
      start = lf + 1;
    }
    if (passed.length === 0) return { text, passed };
    out.push(text.slice(kept));
    return { text: out.join(''), passed };
  }

  private passesOver(line: string, anyMatch: boolean): boolean {
    if (line === '' || line.length >= this.longest) return false;
    if (quotingOf(line, this.delimiter) !== 'closed') return false;
    if (headerRowCells(line, this.delimiter) !== null || isPreambleLine(line)) return false;
    return !anyMatch || !this.search(line, () => null);
  }
}

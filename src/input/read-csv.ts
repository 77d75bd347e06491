import { CsvError, type Info, type InfoCallback, parse, type Parser } from 'csv-parse';
import { type CsvDelimiter, headerRowCells, headerTimeZone, isPreambleLine } from './csv-header.js';
import { CsvLinePass } from './csv-line-pass.js';
import { isWellQuoted } from './csv-quoting.js';
import { DATE_ORDER_ROWS } from './date-order.js';
import { oneLine } from './input-error-from.js';
import { BrokenStreamError, DEFAULT_MAX_RECORD_BYTES, type InputEvent, type Prefilter } from './input-event.js';
import { invalidItem } from './record-events.js';
import { isOverLimit, tooLargeReason } from './record-size-limit.js';
import { countLf, RewindableText } from './rewindable-text.js';

/** What csv-parse's on_record is given with a row, with the `raw` option (its own types leave out some of these). */
interface RowInfo extends Info {
  raw: string;
  error: CsvError | undefined;
  /** How many cells the row has. */
  index: number;
  columns: InfoCallback['columns'];
}

interface CsvRead {
  file: string;
  delimiter: CsvDelimiter;
  prefilter: Prefilter | undefined;
  maxRecordBytes: number;
  /** csv-parse's own limit on a row, in characters. */
  parserLimit: number;
  /** The header's names, once the first parser has read them. */
  columns: string[] | undefined;
  /** Lines before the header, not rows. */
  preambleLines: number;
  /** The prefilter is `call`'s search: lines it passes over need not be cut into cells (csv-line-pass.ts). */
  search: boolean;
  /** Rows cut into cells so far (read, or passed over with their cells): past DATE_ORDER_ROWS their dates tell nothing more. */
  rows: number;
}

/** A row csv-parse cannot find the end of: a quote opened in it is not closed, or it is over the parser's limit. */
interface Runaway {
  line: number | null;
  reason: string;
  /** The row's first line, for the prefilter; undefined: the row is invalid whatever it holds (over the limit). */
  text: string | undefined;
}

/** Another export's header, at this line, in a file of exports joined (`cat a.csv b.csv`): its columns name the rows after it. */
interface Joined {
  header: number;
  /** The zone its times are headed in when not UTC (csv-header.ts headerTimeZone), else null. */
  timeZone: string | null;
}

/**
 * Thrown from on_skip and on_record to stop csv-parse: past its limit it fails again at every byte, copying the row
 * each time; after lines joined by a quote, the lines are to be read again.
 */
const STOP = new Error('stop at a row over the limit');

/**
 * Reads CSV exported from the Log Analytics portal with csv-parse: the first line is the header, each row becomes
 * an object keyed by the header names exactly as written, empty cells stay "". Quoted fields may hold delimiters,
 * quotes and line breaks. A row of more or fewer cells than the header (the last row of a file cut off mid-write,
 * a stray delimiter) becomes `invalid`, as does a row csv-parse cannot read: its cells cannot be told apart, and
 * a torn row read as a stream without its metrics would pass a gate. A row csv-parse cannot find the end of (a
 * quote opened in it is never closed: csv-parse looks for the closing quote up to the end of the file, or up to
 * its size limit; or a line over that limit) is one invalid row at its first line, and a new parser reads on from
 * the line after it, with the same header: the text from the start of the row being parsed is kept for that
 * (RewindableText), no more. Exports joined into one file (`cat summary.csv diagnostics.csv`) are read whole: a
 * line that is another header (csv-header.ts headerRowCells) is no row, and when its columns are other than those
 * read so far, a new parser reads on from it with its names; a `sep=;` or `#TYPE` line before it is passed over too.
 * The prefilter sees each row's raw CSV text first: a row it passes over is filtered, whatever is wrong with it (a
 * row of another call is not read, as a JSON line of another call is not parsed). Line numbers are those where each
 * row starts.
 */
export async function* readCsv(
  text: AsyncIterable<string>,
  file: string,
  delimiter: CsvDelimiter,
  prefilter: Prefilter | undefined,
  maxRecordBytes = DEFAULT_MAX_RECORD_BYTES,
  // csv-parse's own limit (characters) is a backstop: rows over a smaller --max-record-bytes are measured once read.
  parserLimit = Math.max(maxRecordBytes, DEFAULT_MAX_RECORD_BYTES),
  // Lines before the header (`#TYPE …`, `sep=;`: csv-header.ts), passed over by the first parser; later ones start past them.
  preambleLines = 0,
  // The prefilter tests the text alone, `call`'s search (ReadOptions.prefilterIsSearch).
  search = false,
): AsyncGenerator<InputEvent> {
  const read: CsvRead = { file, delimiter, prefilter, maxRecordBytes, parserLimit, columns: undefined, preambleLines, search, rows: 0 };
  // csv-parse counts a CRLF inside a quoted field as two lines: it reads LF-only text.
  const source = new RewindableText(toLf(text));
  try {
    for (let before = 0; ; ) {
      const stop = yield* parseRows(source, read, before);
      if (stop === null) return;
      if ('header' in stop) {
        // Its times in another zone than UTC are told as the first header's are (read-source.ts): read as UTC all the same.
        if (stop.timeZone !== null) yield { kind: 'zoned', file, timeZone: stop.timeZone };
        read.columns = undefined;
        const next = await source.restartAfter(stop.header - 1);
        if (next === null) return;
        before = next - 1;
        continue;
      }
      const runaway = stop;
      const passed = prefilter !== undefined && runaway.text !== undefined && !prefilter(runaway.text, () => null);
      const at = { file, line: runaway.line };
      // Without the header's names, no row after can be read.
      const from = read.columns === undefined ? null : runaway.line;
      const next = from === null ? null : await source.restartAfter(from);
      if (passed) yield { kind: 'filtered', at };
      else yield invalidItem(at, from === null ? `${runaway.reason}; the rest of the file is not read` : runaway.reason, prefilter !== undefined && runaway.text !== undefined);
      if (next === null) return; // also when the file ends in that row's first line
      before = next - 1;
    }
  } finally {
    await source.close();
  }
}

/**
 * One csv-parse parser over the text from line `before + 1` on (the first one, and one after another export's header,
 * reads the header there), yielding the events of its rows; returns the row it could not find the end of, or the
 * header of other columns it met, if any (the parser stops there).
 */
async function* parseRows(source: RewindableText, read: CsvRead, before: number): AsyncGenerator<InputEvent, Runaway | Joined | null> {
  const { file, prefilter, maxRecordBytes } = read;
  const events: InputEvent[] = [];
  let runaway: Runaway | Joined | null = null;
  let lastSkip = ''; // one error a row: csv-parse may report a row's error more than once
  const parser: Parser = parse({
    columns: read.columns ?? ((names: string[]) => (read.columns = names)),
    bom: true, // at the file's start, and at the start of an export joined after another (the text a new parser reads)
    // csv-parse still counts the lines it passes over: the rows' lines stay the file's.
    ...(before === 0 && read.preambleLines > 0 ? { from_line: read.preambleLines + 1 } : {}),
    delimiter: read.delimiter,
    relax_column_count: true,
    relax_quotes: true, // a stray quote stays in its cell; strict quoting loses every row after it
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    max_record_size: read.parserLimit,
    raw: true,
    // Rows are judged here as csv-parse meets them, in order with the errors of on_skip; none is passed on.
    on_record: ({ record }: { record: Record<string, string> }, context) => {
      const info = context as unknown as RowInfo;
      const raw = info.raw.replace(/^\n+/, '').replace(/\n$/, '');
      const lfs = countLf(raw);
      const at = { file, line: before + info.lines - lfs };
      // Another export joined after the rows read: its header is no row, nor its `sep=;` line.
      const header = lfs === 0 ? headerRowCells(raw, read.delimiter) : null;
      if (header !== null || (lfs === 0 && isPreambleLine(raw))) {
        if (header !== null && !sameColumns(header, read.columns)) {
          runaway = { header: at.line, timeZone: headerTimeZone(header) };
          throw STOP;
        }
        source.keepFrom(before + info.lines + 1);
        return undefined; // the same header again, or a preamble line
      }
      // Another call's row is passed over before it is judged whole, as a JSON line of another call is never parsed.
      const invalid = isOverLimit(raw, maxRecordBytes) ? tooLargeReason(maxRecordBytes) : cellCountProblem(info);
      // (Its extra cells all empty, as a delimiter at the end of the row leaves them, it is joined lines all the
      // same when a quote in it is not where a writer puts one: a union export's row that ends in empty cells.)
      if (lfs > 0 && info.error?.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' && (invalid !== null || !isWellQuoted(raw, read.delimiter))) {
        // Lines joined by a quote that a later one closed (a later row's quoted time, in a portal export): its
        // first line is the invalid row, and the lines after it are read again, where they would be lost in it.
        runaway = { line: at.line, reason: `${invalid ?? cellCountText(info)}, over lines ${at.line}–${at.line + lfs}: a quote opened on its first line closes on a later one`, text: raw.split('\n', 1)[0] };
        throw STOP;
      }
      source.keepFrom(before + info.lines + 1);
      if (invalid === null) read.rows++;
      if (prefilter !== undefined && !prefilter(raw, () => (invalid === null ? record : null))) events.push(invalid === null ? { kind: 'filtered', at, cells: record } : { kind: 'filtered', at });
      else if (invalid !== null) events.push(invalidItem(at, invalid, prefilter !== undefined));
      else events.push({ kind: 'record', value: record, at });
      return undefined;
    },
    on_skip: (error, raw) => {
      const lines = error?.lines;
      // The error names the line where csv-parse gave up; the row's raw text tells how far back it started.
      const text = raw === undefined ? undefined : raw.replace(/^\n+/, '').replace(/\n$/, '');
      const line = typeof lines === 'number' ? before + lines - (text === undefined ? 0 : countLf(text)) : null;
      if (line !== null) source.keepFrom(line);
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        runaway = { line, reason: 'CSV: Quote Not Closed: a quote opened in this row is not closed', text: text?.split('\n', 1)[0] };
        return undefined;
      }
      if (error?.code === 'CSV_MAX_RECORD_SIZE') {
        // Outside quotes a line break ends a row: a row over the limit that spans lines is in a quote.
        const quoted = text !== undefined && text.includes('\n') ? ' (a quote opened in it is not closed within them)' : '';
        runaway = { line, reason: `CSV: a row of over ${read.parserLimit.toLocaleString('en-US')} characters${quoted}`, text: undefined };
        throw STOP;
      }
      // A row that does not hold what the prefilter looks for is another call's: not read, whatever is wrong with it.
      const passed = prefilter !== undefined && text !== undefined && !prefilter(text, () => null);
      const reason = passed ? null : `CSV: ${csvErrorText(error?.message)}`;
      if (lastSkip === `${line} ${reason}`) return undefined;
      lastSkip = `${line} ${reason}`;
      events.push(reason === null ? { kind: 'filtered', at: { file, line } } : invalidItem({ file, line }, reason, prefilter !== undefined && text !== undefined));
      return undefined;
    },
  });
  parser.on('error', () => {
    /* each error comes back through write or end, below */
  });
  // `call`'s search passes over the lines of other calls before csv-parse, once the rows' dates have told their order
  // (csv-with-date-order.ts: the cells of another call's row vote until then).
  const lines = read.search && prefilter !== undefined ? new CsvLinePass(read.delimiter, prefilter, read.parserLimit, before + 1) : null;
  try {
    // The source's errors (a broken gzip stream…) pass through; csv-parse's come back through write and end.
    for (;;) {
      const chunk = await nextChunk(source);
      const given = lines === null ? { text: chunk, passed: [] } : chunk === undefined ? lines.end() : lines.pass(chunk, read.columns !== undefined && read.rows >= DATE_ORDER_ROWS ? read.columns.length : null);
      let error = given.text === undefined || given.text === '' ? undefined : await write(parser, given.text);
      if (chunk === undefined && error === undefined) error = await endOf(parser);
      // Lines passed over after a row the parser stops at are read again by the next parser, and passed over then.
      const stop = error === STOP || (chunk === undefined && runaway !== null) ? stopLine(runaway as Runaway | Joined | null) : error instanceof CsvError && typeof error.lines === 'number' ? before + error.lines : null;
      const passed = stop === null ? given.passed : given.passed.filter((line) => line < stop);
      yield* passed.length === 0 ? events.splice(0) : inLineOrder(events.splice(0), passed, file);
      if (error === STOP) return runaway;
      // Rows end where the lines passed over start: what is before them will not be read again.
      if (given.passed.length > 0 && error === undefined) source.keepFrom(given.passed[given.passed.length - 1]! + 1);
      if (error !== undefined) {
        if (!(error instanceof CsvError)) throw error;
        const at = { file, line: typeof error.lines === 'number' ? before + error.lines : null };
        yield { kind: 'invalid', at, reason: `CSV: ${csvErrorText(error.message)}; the rest of the file is not read` };
        return null;
      }
      if (chunk === undefined) return runaway;
    }
  } finally {
    parser.destroy();
  }
}

/** The line where the parser stopped: of the row it could not end, or of another export's header. */
function stopLine(stop: Runaway | Joined | null): number | null {
  return stop === null ? null : 'header' in stop ? stop.header : stop.line;
}

/** The parser's events and the `filtered` items of the lines passed over before it, in the order of their lines. */
function* inLineOrder(events: InputEvent[], passed: number[], file: string): Generator<InputEvent> {
  let p = 0;
  for (const event of events) {
    const line = 'at' in event ? event.at.line : null;
    while (line !== null && p < passed.length && passed[p]! < line) yield { kind: 'filtered', at: { file, line: passed[p++]! } };
    yield event;
  }
  while (p < passed.length) yield { kind: 'filtered', at: { file, line: passed[p++]! } };
}

/**
 * The next piece of text; a stream that breaks off (a torn gzip blob) is placed at the line the text ends on, as in
 * JSON Lines (the source counts the lines of the text as it reads it; csv-parse's own count lags behind it).
 */
async function nextChunk(source: RewindableText): Promise<string | undefined> {
  try {
    return await source.next();
  } catch (error) {
    throw error instanceof BrokenStreamError ? error.atLine(source.lineReached()) : error;
  }
}

function write(parser: Parser, chunk: string): Promise<unknown> {
  return new Promise((resolve) => parser.write(chunk, (error) => resolve(error ?? undefined)));
}

function endOf(parser: Parser): Promise<unknown> {
  return new Promise((resolve) => parser.end((error?: unknown) => resolve(error ?? undefined)));
}

/** A header's cells (trimmed) are the names read, as written. */
function sameColumns(cells: string[], columns: string[] | undefined): boolean {
  return columns !== undefined && cells.length === columns.length && cells.every((cell, i) => cell === columns[i]!.trim());
}

/**
 * Why a row with another number of cells than the header (relax_column_count lets it through, with this error) is
 * invalid; null for a whole row. Cells past the header's that are all empty, a delimiter at the end of each row
 * (`…,900,`) as some writers put it, add nothing: that row is whole.
 */
function cellCountProblem(info: RowInfo): string | null {
  const { error, columns } = info;
  if (error?.code !== 'CSV_RECORD_INCONSISTENT_COLUMNS') return null;
  const header = Array.isArray(columns) ? columns.length : null;
  const record = (error as { record?: unknown }).record;
  if (header !== null && Array.isArray(record) && record.length > header && record.slice(header).every((cell) => cell === '')) return null;
  return cellCountText(info);
}

/** "CSV: a row of 6 cells where the header has 5". */
function cellCountText(info: RowInfo): string {
  const { columns, index: cells } = info;
  const header = Array.isArray(columns) ? columns.length : null;
  return `CSV: a row of ${cells} cell${cells === 1 ? '' : 's'}${header === null ? '' : ` where the header has ${header}`}`;
}

/** "Invalid Closing Quote: got "x" at line 7 instead of delimiter, …" → "Invalid Closing Quote: got "x"". */
function csvErrorText(message: string | undefined): string {
  return oneLine((message ?? 'unreadable row').replace(/\s+at line \d+.*$/s, ''), 120);
}

/**
 * CRLF → LF, also when a CR ends one chunk and its LF starts the next. A file whose first line ends in a CR alone
 * (Excel for Mac's "CSV (Macintosh)") has every CR made an LF: csv-parse would take its CRs as its line ends, but
 * the lines of rows read again after one it cannot end (RewindableText) are counted in LFs, and would be lost.
 */
async function* toLf(text: AsyncIterable<string>): AsyncGenerator<string> {
  let heldCr = false;
  let crOnly: boolean | null = null; // null until the first line end
  for await (const chunk of text) {
    let data: string = heldCr ? `\r${chunk}` : chunk;
    heldCr = data.endsWith('\r');
    if (heldCr) data = data.slice(0, -1);
    if (crOnly === null) {
      const cr = data.indexOf('\r');
      const lf = data.indexOf('\n');
      if (cr >= 0 && (lf < 0 || cr + 1 < lf)) crOnly = true;
      else if (lf >= 0) crOnly = false; // else no line end yet (a CR held back decides with the next chunk)
    }
    if (data.length > 0) yield crOnly === true ? data.replace(/\r/g, '\n') : data.replace(/\r\n/g, '\n');
  }
  if (heldCr) yield crOnly === true ? '\n' : '\r';
}

import { Readable, pipeline } from 'node:stream';
import { type CsvError, type Info, type InfoCallback, parse } from 'csv-parse';
import type { CsvDelimiter } from './csv-header.js';
import { oneLine } from './input-error-from.js';
import { DEFAULT_MAX_RECORD_BYTES, InputError, type InputEvent, type Prefilter } from './input-event.js';
import { isOverLimit, tooLargeReason } from './record-size-limit.js';

interface ParsedRow {
  record: Record<string, string>;
  /** What csv-parse's `info` option gives with a row (its own types name these fields on other interfaces). */
  info: Info & { error: CsvError | undefined; index: number; columns: InfoCallback['columns'] };
  raw: string;
}

interface Skip {
  line: number | null;
  /** Why the row is invalid; null: a row of another call (the prefilter passed over its raw text), filtered. */
  reason: string | null;
}


/**
 * Reads CSV exported from the Log Analytics portal with csv-parse's streaming parser: the first line is
 * the header, each row becomes an object keyed by the header names exactly as written, empty cells stay "".
 * Quoted fields may hold delimiters, quotes and line breaks. A row of more or fewer cells than the header (the
 * last row of a file cut off mid-write, a stray delimiter) becomes `invalid`, as does a row csv-parse cannot read:
 * its cells cannot be told apart, and a torn row read as a stream without its metrics would pass a gate.
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
): AsyncGenerator<InputEvent> {
  const skips: Skip[] = [];
  // csv-parse's own limit (characters) is a backstop: rows over a smaller --max-record-bytes are measured once read.
  const csvLimit = Math.max(maxRecordBytes, DEFAULT_MAX_RECORD_BYTES);
  let tooLarge = false;
  const parser = parse({
    columns: true,
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true, // a stray quote stays in its cell; strict quoting loses every row after it
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    skip_records_with_error: true,
    max_record_size: csvLimit,
    info: true,
    raw: true,
    on_skip: (error, raw) => {
      const lines = (error as { lines?: unknown } | undefined)?.lines;
      // The error names the line where csv-parse gave up; the row's raw text tells how far back it started.
      const text = raw === undefined ? undefined : raw.replace(/^\n+/, '').replace(/\n$/, '');
      const back = text === undefined ? 0 : countLf(text);
      // A row that does not hold what the prefilter looks for is another call's: not read, whatever is wrong with it.
      const passed = prefilter !== undefined && text !== undefined && !prefilter(text, () => null);
      const line = typeof lines === 'number' ? lines - back : null;
      if (error?.code === 'CSV_MAX_RECORD_SIZE') {
        // csv-parse does not find the end of a row past its limit: it fails again at every byte after it, copying the
        // row each time (seconds a row), and reads no row after. The file ends here, and the message says so.
        if (!tooLarge) skips.push({ line, reason: `CSV: a row of over ${csvLimit.toLocaleString('en-US')} characters; the rest of the file is not read` });
        tooLarge = true;
        parser.destroy();
        return undefined;
      }
      const skip = { line, reason: passed ? null : `CSV: ${csvErrorText(error?.message)}` };
      const last = skips.at(-1);
      if (last === undefined || last.line !== skip.line || last.reason !== skip.reason) skips.push(skip); // one error a row
      return undefined;
    },
  });
  // csv-parse counts a CRLF inside a quoted field as two lines: it reads LF-only text.
  pipeline(Readable.from(toLf(text)), parser, () => {
    /* errors surface through the iteration below */
  });
  try {
    for await (const row of parser as AsyncIterable<ParsedRow>) {
      const raw = row.raw.replace(/^\n+/, '').replace(/\n$/, '');
      const at = { file, line: row.info.lines - countLf(raw) };
      // csv-parse reports skipped rows as it meets them, possibly ahead of the rows still queued: keep line order.
      while (skips.length > 0 && (skips[0]!.line ?? 0) <= at.line) {
        yield skipEvent(file, skips.shift()!);
      }
      // Another call's row is passed over before it is judged whole, as a JSON line of another call is never parsed.
      const invalid = isOverLimit(raw, maxRecordBytes) ? tooLargeReason(maxRecordBytes) : cellCountProblem(row);
      if (prefilter !== undefined && !prefilter(raw, () => (invalid === null ? row.record : null))) yield { kind: 'filtered', at };
      else if (invalid !== null) yield { kind: 'invalid', at, reason: invalid };
      else yield { kind: 'record', value: row.record, at };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The parser stopped at a row too large (on_skip): what that row's error says, it says once.
    if (tooLarge) return yield* skipsLeft(file, skips);
    const lines = (error as { lines?: unknown }).lines;
    const message = error instanceof Error ? error.message : String(error);
    yield { kind: 'invalid', at: { file, line: typeof lines === 'number' ? lines : null }, reason: `CSV: ${csvErrorText(message)}; the rest of the file is not read` };
  } finally {
    parser.destroy();
  }
  yield* skipsLeft(file, skips);
}

function* skipsLeft(file: string, skips: Skip[]): Generator<InputEvent> {
  for (const skip of skips.splice(0)) yield skipEvent(file, skip);
}

function skipEvent(file: string, skip: Skip): InputEvent {
  const at = { file, line: skip.line };
  return skip.reason === null ? { kind: 'filtered', at } : { kind: 'invalid', at, reason: skip.reason };
}

/**
 * Why a row with another number of cells than the header (relax_column_count lets it through, with this error) is
 * invalid; null for a whole row. Cells past the header's that are all empty, a delimiter at the end of each row
 * (`…,900,`) as some writers put it, add nothing: that row is whole.
 */
function cellCountProblem(row: ParsedRow): string | null {
  const { error, columns, index: cells } = row.info;
  if (error?.code !== 'CSV_RECORD_INCONSISTENT_COLUMNS') return null;
  const header = Array.isArray(columns) ? columns.length : null;
  const record = (error as { record?: unknown }).record;
  if (header !== null && Array.isArray(record) && record.length > header && record.slice(header).every((cell) => cell === '')) return null;
  return `CSV: a row of ${cells} cell${cells === 1 ? '' : 's'}${header === null ? '' : ` where the header has ${header}`}`;
}

/** "Invalid Closing Quote: got "x" at line 7 instead of delimiter, …" → "Invalid Closing Quote: got "x"". */
function csvErrorText(message: string | undefined): string {
  return oneLine((message ?? 'unreadable row').replace(/\s+at line \d+.*$/s, ''), 120);
}

function countLf(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** CRLF → LF, also when a CR ends one chunk and its LF starts the next. */
async function* toLf(text: AsyncIterable<string>): AsyncGenerator<string> {
  let heldCr = false;
  for await (const chunk of text) {
    let data: string = heldCr ? `\r${chunk}` : chunk;
    heldCr = data.endsWith('\r');
    if (heldCr) data = data.slice(0, -1);
    if (data.length > 0) yield data.replace(/\r\n/g, '\n');
  }
  if (heldCr) yield '\r';
}

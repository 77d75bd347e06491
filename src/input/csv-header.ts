/**
 * Columns that only call logs have (Log Analytics ACSCallSummary, ACSCallDiagnostics, ACSCallClientOperations…
 * and their diagnostic-settings counterparts), lower-cased. A CSV whose header names one of them is read.
 */
const CALL_LOG_COLUMNS = new Set([
  'correlationid', 'callid', 'participantid', 'endpointid', 'type', 'operationname', 'callstarttime', 'mediatype',
  'streamid', 'endpointtype', 'calltype', 'callduration', 'participantstarttime', 'participantduration',
  'participantendreason', 'callclienttimestamp', 'roundtriptimeavg', 'jitteravg', 'packetlossrateavg',
]);

const DELIMITERS = [',', ';', '\t'] as const;
/** Guessed among , ; and tab; any other one only as a `sep=` line names it. */
export type CsvDelimiter = (typeof DELIMITERS)[number] | '|';

export interface CsvHeader {
  delimiter: CsvDelimiter;
  columns: string[];
  /**
   * The time zone a column's bracket names when it is not UTC ("TimeGenerated [Local Time]": the portal's display
   * time zone was not UTC when the CSV was exported), else null. The times are still read as UTC: which zone the
   * exporter's was is not in the file.
   */
  timeZone: string | null;
  /** Lines before the header (a `#TYPE …` or `sep=;` line, see readCsvStart): not read as rows. */
  preambleLines?: number;
}

/** Excel's `sep=;` (the delimiter, for a spreadsheet to open the file with), quoted or not. */
const SEP_LINE = /^"?sep=([,;\t|])"?$/i;
/** What PowerShell's Export-Csv writes first without -NoTypeInformation (Windows PowerShell's default). */
const TYPE_LINE = /^#TYPE(?:\s|$)/;
/** At most this many such lines before the header. */
const MAX_PREAMBLE = 3;

/** Where the header is once the preamble lines are passed over: its text, the lines before it, a delimiter named. */
export interface CsvStart {
  header: string;
  /** Lines of the text before the header's (the first line is 1: this is the header's line less 1). */
  lines: number;
  delimiter: CsvDelimiter | null;
}

/**
 * The header of a CSV whose first lines (from `from`, the first character that is not white space) are a preamble
 * that Excel or PowerShell writes, `sep=;` and `#TYPE System.Management.Automation.PSCustomObject`; null when the
 * first line is none of them (the header is the first line); undefined when the text does not hold the header's line
 * whole yet and more of it may come (`final` false).
 */
export function readCsvStart(text: string, from: number, final: boolean): CsvStart | null | undefined {
  let at = from;
  let delimiter: CsvDelimiter | null = null;
  let passed = 0;
  for (;;) {
    const end = lineEnd(text, at);
    if (end < 0 && !final) return undefined;
    // Not trim(): a tab is white space to it, and `sep=<tab>` names the tab.
    const line = text.slice(at, end < 0 ? undefined : end).replace(/^ +|[ \r]+$/g, '');
    const sep = passed < MAX_PREAMBLE ? SEP_LINE.exec(line) : null;
    if (sep === null && (passed >= MAX_PREAMBLE || !TYPE_LINE.test(line))) {
      if (passed === 0) return null;
      let lines = 0;
      for (let i = lineEnd(text, 0); i >= 0 && i < at; i = lineEnd(text, i + 1)) lines++;
      return { header: line, lines, delimiter };
    }
    if (sep !== null) delimiter = sep[1] as CsvDelimiter;
    passed++;
    if (end < 0) return null; // a preamble and no header
    at = end + 1;
  }
}

/**
 * Where the line from `at` ends: its LF (after a CR, CRLF), or a CR alone (Excel for Mac's CSV ends its lines so);
 * -1 when the text holds no end of it yet.
 */
function lineEnd(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  const cr = text.indexOf('\r', at);
  return cr >= 0 && (lf < 0 || cr + 1 < lf) && cr + 1 < text.length ? cr : lf;
}

/**
 * The longest first line tested as a header: the ACS tables' ~60 columns take a few KB. A longer one (a text file of
 * one line, `a,a,a,…` megabytes of it) is no header, and is not cut into its cells, three delimiters over.
 */
const MAX_HEADER_LENGTH = 64 * 1024;

/**
 * Reads a first line as a CSV header: the delimiter is the one a `sep=` line named, else the one of , ; and tab that
 * occurs most outside quotes (a comma on a tie). Returns null unless a column is a known call-log column, compared without
 * case and without a bracketed suffix such as "TimeGenerated [UTC]".
 */
export function readCsvHeader(firstLine: string, named: CsvDelimiter | null = null): CsvHeader | null {
  if (firstLine.length > MAX_HEADER_LENGTH) return null;
  const line = firstLine.endsWith('\r') ? firstLine.slice(0, -1) : firstLine;
  let best: CsvDelimiter = named ?? ',';
  let bestCount = named === null ? -1 : Infinity;
  for (const delimiter of DELIMITERS) {
    const count = splitCells(line, delimiter).length;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  const columns = splitCells(line, best);
  if (!columns.some((column) => CALL_LOG_COLUMNS.has(columnBaseName(column)))) return null;
  return { delimiter: best, columns, timeZone: headerTimeZone(columns) };
}

/** The time zone a column's bracket names when it is not UTC (`TimeGenerated [Local Time]`: "Local Time"), else null. */
export function headerTimeZone(columns: readonly string[]): string | null {
  return columns.map((column) => BRACKET.exec(column)?.[1]?.trim()).find((z) => z !== undefined && z.toUpperCase() !== 'UTC') ?? null;
}

/** A row that may be a header: every ACS table has a CorrelationId or a CallId column (a cheap test before the cells). */
const MAY_BE_HEADER = /correlationid|callid/i;

/**
 * The cells of a line of a CSV being read that is a header, not a row: another export's, where exports were joined
 * (`cat summary.csv diagnostics.csv`, a day's export appended to the last). Two of its cells name call-log columns, as
 * no row of call logs does (its cells are values); a BOM before it (each Excel export starts with one) is dropped.
 * Null for a row; also for a line of another delimiter, whose one cell names no column.
 */
export function headerRowCells(line: string, delimiter: CsvDelimiter): string[] | null {
  if (!MAY_BE_HEADER.test(line)) return null;
  const cells = splitCells(line.replace(/^\uFEFF+/, ''), delimiter);
  let named = 0;
  for (const cell of cells) if (CALL_LOG_COLUMNS.has(columnBaseName(cell)) && ++named === 2) return cells;
  return null;
}

/** A `sep=;` or `#TYPE …` line, which an export joined after another starts with (readCsvStart passes them over at the top). */
export function isPreambleLine(line: string): boolean {
  const c = line.charCodeAt(0);
  // s, S, #, a quote, a space, a BOM, and short: a row of call logs is otherwise, and is passed by at once.
  if (line.length > 256 || (c !== 0x73 && c !== 0x53 && c !== 0x23 && c !== 0x22 && c !== 0x20 && c !== 0xfeff)) return false;
  const text = line.replace(/^\uFEFF+/, '').replace(/^ +|[ \r]+$/g, '');
  return SEP_LINE.test(text) || TYPE_LINE.test(text);
}

/** A GUID, as every ACS row holds (its TenantId, CorrelationId or CallId). */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a first line that names no call-log column is a row of a table with no header, as `az monitor
 * log-analytics query -o tsv` writes one (values only, tab-separated): three cells or more, one a GUID; a line longer
 * than a header may be is taken for none.
 */
export function isHeaderlessRow(line: string): boolean {
  if (line.length > MAX_HEADER_LENGTH) return false;
  return DELIMITERS.some((delimiter) => {
    const cells = splitCells(line, delimiter);
    return cells.length >= 3 && cells.some((cell) => GUID.test(cell));
  });
}

/** A column's bracketed suffix, "TimeGenerated [UTC]" → "UTC". */
const BRACKET = /\[([^\]]*)\]\s*$/;

/** A column's name without its bracketed suffix, in lower case: "TimeGenerated [UTC]" → "timegenerated". */
function columnBaseName(column: string): string {
  return column.replace(/\s*\[[^\]]*\]\s*$/, '').trim().toLowerCase();
}

/**
 * Splits one line into cells, honouring double quotes (with "" as an escaped quote; a quote left open takes the rest
 * of the line). Each cell is cut out of the line in slices, never built a character at a time: a file whose first
 * line is megabytes long (a text file of one line, a minified blob of no known shape) is tested as a header too, and
 * a character at a time made one string per character, ~16 s and a heap of hundreds of MB for 4 MiB of text.
 */
function splitCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let at = 0;
  // The next delimiter and quote at or after `at` (-1: none left), found again only once `at` has passed them.
  let nextDelimiter = line.indexOf(delimiter);
  let nextQuote = line.indexOf('"');
  for (;;) {
    if (nextDelimiter >= 0 && nextDelimiter < at) nextDelimiter = line.indexOf(delimiter, at);
    if (nextQuote >= 0 && nextQuote < at) nextQuote = line.indexOf('"', at);
    if (nextQuote >= 0 && (nextDelimiter < 0 || nextQuote < nextDelimiter)) {
      cell += line.slice(at, nextQuote);
      let from = nextQuote + 1;
      for (;;) {
        const close = line.indexOf('"', from);
        if (close < 0) {
          cells.push(`${cell}${line.slice(from)}`.trim());
          return cells;
        }
        if (line[close + 1] === '"') {
          cell += line.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        cell += line.slice(from, close);
        at = close + 1;
        break;
      }
      continue;
    }
    if (nextDelimiter < 0) {
      cells.push(`${cell}${line.slice(at)}`.trim());
      return cells;
    }
    cells.push(`${cell}${line.slice(at, nextDelimiter)}`.trim());
    cell = '';
    at = nextDelimiter + 1;
  }
}

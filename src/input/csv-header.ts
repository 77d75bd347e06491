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
export type CsvDelimiter = (typeof DELIMITERS)[number];

export interface CsvHeader {
  delimiter: CsvDelimiter;
  columns: string[];
  /**
   * The time zone a column's bracket names when it is not UTC ("TimeGenerated [Local Time]": the portal's display
   * time zone was not UTC when the CSV was exported), else null. The times are still read as UTC: which zone the
   * exporter's was is not in the file.
   */
  timeZone: string | null;
}

/**
 * Reads a first line as a CSV header: the delimiter is the one of , ; and tab that occurs most outside
 * quotes (a comma on a tie). Returns null unless a column is a known call-log column, compared without
 * case and without a bracketed suffix such as "TimeGenerated [UTC]".
 */
export function readCsvHeader(firstLine: string): CsvHeader | null {
  const line = firstLine.endsWith('\r') ? firstLine.slice(0, -1) : firstLine;
  let best: CsvDelimiter = ',';
  let bestCount = -1;
  for (const delimiter of DELIMITERS) {
    const count = splitCells(line, delimiter).length;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  const columns = splitCells(line, best);
  if (!columns.some((column) => CALL_LOG_COLUMNS.has(columnBaseName(column)))) return null;
  const zone = columns.map((column) => BRACKET.exec(column)?.[1]?.trim()).find((z) => z !== undefined && z.toUpperCase() !== 'UTC');
  return { delimiter: best, columns, timeZone: zone ?? null };
}

/** A column's bracketed suffix, "TimeGenerated [UTC]" → "UTC". */
const BRACKET = /\[([^\]]*)\]\s*$/;

/** A column's name without its bracketed suffix, in lower case: "TimeGenerated [UTC]" → "timegenerated". */
function columnBaseName(column: string): string {
  return column.replace(/\s*\[[^\]]*\]\s*$/, '').trim().toLowerCase();
}

/** Splits one line into cells, honouring double quotes (with "" as an escaped quote). */
function splitCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

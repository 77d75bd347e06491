import type { ObjectProbe } from './probe-object.js';

/**
 * The tool's own reports, known by how they start, so that a report written into a folder of logs (`summarize
 * ci/logs --report csv=ci/logs/calls.csv`, a CI pattern) is skipped by the next run rather than read: a CSV report's
 * header names call-log columns (correlationId, callType) and an NDJSON report's lines are JSON objects a line, so
 * both were read as call logs, every row an invalid record, and `--strict` failed the run on the tool's own output.
 * Each test looks only at what shape detection has already looked at (the header's cells, the object's top-level
 * keys, the first line), so a file of logs costs nothing more.
 */

/** What the skip note says: "skipped ci/logs/calls.csv: not call logs: an acs-calllogs csv report". */
function reason(format: string): string {
  return `not call logs: an acs-calllogs ${format} report`;
}

/**
 * The header of the CSV report, as src/report/render-csv.ts writes it (its CSV_COLUMNS; a unit test holds the two
 * equal): written here again because input/ is upstream of report/ and does not import it.
 */
const CSV_COLUMNS = 'correlationId,quality,callType,startTime,durationSeconds,participants,streams,poorStreams,issues,breaches,failedLegs,unknownStreams,streamsWithoutPackets'.split(',');

/**
 * How many of CSV_COLUMNS an earlier release wrote: `failedLegs`, `unknownStreams` and `streamsWithoutPackets` were added last, so a report
 * that an older version left in the folder has a shorter header, which is the start of today's.
 */
const OLDEST_CSV_COLUMNS = CSV_COLUMNS.indexOf('breaches') + 1;

/**
 * The CSV report: its header's cells are CSV_COLUMNS, or the start of them that an earlier release wrote, exactly
 * (by name and case, whatever the delimiter a spreadsheet saved it with). No export has a `quality` or `poorStreams`
 * column, so a call log's header never is this one.
 */
export function ownCsvReport(columns: readonly string[]): string | null {
  if (columns.length < OLDEST_CSV_COLUMNS || columns.length > CSV_COLUMNS.length) return null;
  return columns.every((column, i) => column === CSV_COLUMNS[i]) ? reason('csv') : null;
}

/** Keys every call of the NDJSON report has (they are the JSON report's `calls[]` objects), and no call log does. */
const CALL_KEYS = ['correlationId', 'quality', 'poorStreams', 'issues'] as const;
/**
 * Keys (lower-cased) of call-log records, Log Analytics rows and envelopes: an object with one of them is a record,
 * whatever else it holds (correlationId is in both, and so is not here).
 */
const LOG_KEYS = new Set(['category', 'type', 'records', 'tables', 'callid', 'properties', 'operationname', 'timegenerated', 'time']);

/**
 * The JSON reports, known by the object's top-level keys as probeObject found them: the NDJSON report's first line
 * (one call of `calls[]`, whole on its line), and the JSON report of `summarize` or of `call`, which open with
 * `schemaVersion` and then `thresholds` (summarize) or `correlationId` (call) — `jq -c` of either too. Null when it is
 * none of them, or when too few keys are read yet to tell (detection then reads more, as it does for a pretty object).
 */
export function ownJsonReport(probe: ObjectProbe): string | null {
  const { keys } = probe;
  if (keys[0] === 'schemaVersion' && keys.length >= 2) {
    if (keys[1] === 'thresholds') return reason('json');
    if (keys[1] === 'correlationId') return reason('call json');
    return null;
  }
  if (!probe.closed || probe.multiline) return null;
  if (!CALL_KEYS.every((key) => keys.includes(key))) return null;
  return keys.some((key) => LOG_KEYS.has(key.toLowerCase())) ? null : reason('ndjson');
}

/**
 * The first annotation the github report writes: a gate crossed, --strict's invalid records, a poor call, calls a window
 * left out, a failed leg, an unknown call, a pointer, the totals.
 */
const GITHUB_FIRST_LINE =
  /^::(?:error title=(?:Gate \S+ crossed::|Invalid input \(--strict\)::|Poor call )|warning title=(?:Calls left out of the window::|Failed leg in call |Unknown quality in call |More )|notice title=ACS call quality::)/;

/**
 * The text reports, looked at only once the file is to be skipped as neither JSON nor CSV (so that its note names
 * the tool rather than quoting the report's first line): JUnit (`<testsuites name="acs-calllogs"` on the line after
 * the XML declaration), Markdown (the heading of summarize's or call's report) and GitHub annotations (the titles the
 * tool writes). The table and call's text are for the terminal and keep the generic note. False when it is none of
 * them; null when the peek (`text`, from the first character that is not white space) does not hold the second line
 * of an XML file yet.
 */
export function ownTextReport(text: string, firstLine: string, final: boolean): string | false | null {
  if (firstLine.startsWith('<?xml')) {
    const second = text.indexOf('\n', firstLine.length + 1);
    if (second < 0 && !final) return null;
    return text.slice(firstLine.length, second < 0 ? undefined : second).includes('<testsuites name="acs-calllogs"') ? reason('junit') : false;
  }
  if (firstLine.startsWith('## ACS call quality: ') || firstLine.startsWith('## Call `')) return reason('markdown');
  if (GITHUB_FIRST_LINE.test(firstLine)) return reason('github');
  return false;
}

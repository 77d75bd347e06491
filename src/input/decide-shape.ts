import { arrayLayout } from './array-layout.js';
import { isHeaderlessRow, readCsvHeader, readCsvStart } from './csv-header.js';
import type { Detection } from './detect-shape.js';
import type { InputShape } from './input-event.js';
import { foreignElement, foreignNote, looksLikeRecord } from './looks-like-record.js';
import { ownCsvReport, ownJsonReport, ownTextReport } from './own-report.js';
import { probeObject } from './probe-object.js';
import { laterRecordLine, nextLineIsRecord } from './record-line.js';

/** Why a file of no bytes, or of white space only, is skipped. */
export const EMPTY_FILE_REASON = 'empty file';

/**
 * The shape of a file from the text at its start (detect-shape.ts decodes it and grows it until it tells): a JSON
 * array, an envelope, a query response, JSON Lines, a stream of pretty values, a CSV with a call-log header; or why
 * it is skipped (empty, the tool's own report, an INI file, a table with no header, binary data, anything else):
 * null when more text is needed; `final`: the text ended or the peek is full, decide now.
 */
export function decide(peek: string, final: boolean): Detection | null {
  const first = peek.search(/[^\s\uFEFF]/);
  if (first < 0) return final ? { kind: 'skip', reason: EMPTY_FILE_REASON } : null;
  const c = peek[first];
  if (c === '[') {
    const array = decideArray(peek, first, final);
    if (array === null || array.kind !== 'shape' || array.shape !== 'json-array') return array;
    const layout = arrayLayout(peek, first);
    if (layout === null && !final) return null;
    return foreignFirst(layout === 'lines' ? { kind: 'shape', shape: 'json-array', elementPerLine: true } : array, peek, first + 1);
  }
  if (c === '{') return decideObject(peek, first, final);
  const newline = peek.indexOf('\n', first);
  if (newline < 0 && !final) return null;
  const firstLine = peek.slice(first, newline < 0 ? undefined : newline);
  if (peek.slice(0, 8192).includes('\u0000')) {
    // Binary bytes, then call-log lines (a blob whose start was overwritten, a file padded with zeros): JSON Lines
    // whose first lines are invalid, so that the records after them are read. A real binary file holds no such line.
    const record = laterRecordLine(peek, final);
    if (record === null) return null;
    return record ? { kind: 'shape', shape: 'json-lines' } : { kind: 'skip', reason: 'not call logs: binary data' };
  }
  // Excel's `sep=;` and PowerShell's `#TYPE …` before the header are passed over.
  const start = readCsvStart(peek, first, final);
  if (start === undefined) return null;
  const csv = readCsvHeader(start?.header ?? firstLine, start?.delimiter ?? null);
  if (csv !== null && start !== null) csv.preambleLines = start.lines;
  if (csv !== null) {
    // The tool's own CSV report names call-log columns too (see own-report.ts).
    const own = ownCsvReport(csv.columns);
    return own === null ? { kind: 'shape', shape: 'csv', csv } : { kind: 'skip', reason: own };
  }
  const torn = tornFirstLine(peek, newline, final);
  if (torn !== false) return torn;
  const own = ownTextReport(peek.slice(first), firstLine, final);
  if (own === null) return null;
  if (own !== false) return { kind: 'skip', reason: own };
  if (isHeaderlessRow(firstLine)) {
    // Values only: which column each is, the file does not say.
    return { kind: 'skip', reason: `not call logs: a table with no header, its first line a row (starts ${quote(firstLine)}): \`az monitor log-analytics query -o tsv\` writes none; query with -o json` };
  }
  return { kind: 'skip', reason: `not call logs: neither JSON nor a CSV header naming a call-log column (starts ${quote(firstLine)})` };
}

/**
 * An array of records starts "[{", "[\n  {" or "[]". Anything else after the bracket ("[[[[…", "[1") is a broken
 * first line when JSON objects follow it a line each: then it is JSON Lines, so that the good lines are read.
 */
function decideArray(peek: string, first: number, final: boolean): Detection | null {
  const array: Detection = { kind: 'shape', shape: 'json-array' };
  // A line of JSON Lines cut inside an envelope's array (`[{"time":…}]}`): not JSON alone, not an array's opening
  // (`[`, or `[{…},` a first element a line), and records follow it.
  const newline = peek.indexOf('\n', first);
  const firstLine = newline < 0 ? '' : peek.slice(first, newline).trim();
  if (firstLine.length > 1 && !firstLine.endsWith(',') && !isJson(firstLine)) {
    const torn = tornFirstLine(peek, newline, final);
    if (torn !== false) return torn;
  }
  const next = peek.slice(first + 1).search(/\S/);
  if (next < 0) return final ? array : null;
  const at = first + 1 + next;
  const after = peek[at];
  if (after === '{' || after === ']') return array;
  const value = beginsJsonValue(peek, at, final);
  if (value === null) return null;
  if (newline < 0) return final ? (value ? array : notJson(peek, first)) : null;
  const rest = peek.slice(newline + 1);
  const line = rest.search(/\S/);
  if (line < 0) return final ? (value ? array : notJson(peek, first)) : null;
  if (rest[line] === '{' && (line === 0 || rest[line - 1] === '\n')) return { kind: 'shape', shape: 'json-lines' };
  return value ? array : notJson(peek, first);
}

/**
 * Whether a JSON value can start at text[at]: `{`, `[`, `"`, a digit, `-`, or the words true, false and null (a
 * word only when it is whole, or cut by the end of the text: `[network]` and `[nullable]` are INI sections, not
 * arrays). Null when the peek ends inside the word and more text may come.
 */
function beginsJsonValue(text: string, at: number, final: boolean): boolean | null {
  const c = text[at]!;
  if ('{["-'.includes(c) || (c >= '0' && c <= '9')) return true;
  const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : null;
  if (word === null) return false;
  const seen = text.slice(at, at + word.length + 1);
  if (seen.length <= word.length) return word.startsWith(seen) ? (final ? true : null) : false;
  return seen.startsWith(word) && !/[\w.$-]/.test(seen[word.length]!);
}

/** "[" and then no JSON value: an INI file (`[section]`, desktop.ini's `[.ShellClassInfo]`), not a broken export. */
function notJson(peek: string, first: number): Detection {
  const newline = peek.indexOf('\n', first);
  const line = peek.slice(first, newline < 0 ? undefined : newline).trimEnd();
  return { kind: 'skip', reason: `not call logs: "[" followed by no JSON value (starts ${quote(line)})` };
}

function decideObject(peek: string, first: number, final: boolean): Detection | null {
  const probe = probeObject(peek, first);
  const shape = (s: InputShape): Detection => ({ kind: 'shape', shape: s });
  // The tool's own JSON and NDJSON reports (see own-report.ts): the NDJSON's lines were read as invalid records.
  const own = ownJsonReport(probe);
  if (own !== null) return { kind: 'skip', reason: own };
  // A query API response, pretty or minified; it is streamed either way.
  if (probe.firstKey === 'tables') return shape('query-api');
  // The first line is a complete object: one object a line (possibly a {"records":[…]} envelope); or a whole query API
  // response on one line whose first key is another (`jq -cS` puts "render" and "statistics" before "tables").
  if (probe.closed && !probe.multiline) {
    if (probe.arrayKey === 'tables') return shape('query-api');
    // `{…},` a line: the elements of a JSON array laid out one a line, its brackets cut off (a file split by hand, or
    // a tool's array written without them). Read as such, each line less its comma, rather than every line invalid.
    const lines: Detection = commaAfterFirstLine(peek, first) ? { kind: 'shape', shape: 'json-array', elementPerLine: true } : shape('json-lines');
    return foreignLines(lines, probe.keys, peek, first);
  }
  if (probe.multiline) {
    // Several members on the first line, then a line break inside: a broken first line of JSON Lines.
    if (probe.commaOnFirstLine) return shape('json-lines');
    if (probe.arrayKey === 'records') return shape('records-envelope');
    if (probe.arrayKey === 'tables') return shape('query-api');
    if (probe.arrayKey === 'results') return RESULTS;
    if (!probe.closed && !final) return null;
    // A pretty call-log record, and maybe more after it: `jq . export.jsonl` writes them one after another.
    if (probe.keys.some((key) => STREAM_KEYS.has(key.toLowerCase()))) return shape('json-stream');
    return { kind: 'skip', reason: 'not call logs: a JSON object without a "records" or "tables" array' };
  }
  if (!final) return null;
  // One unfinished line: a huge or truncated minified envelope or query response is streamed; anything else is a (long
  // or broken) JSON line.
  if (probe.firstKey?.toLowerCase() === 'results') return RESULTS;
  return shape(probe.firstKey?.toLowerCase() === 'records' ? 'records-envelope' : probe.arrayKey === 'tables' ? 'query-api' : 'json-lines');
}

/** {"Results":[{…}]}, a query response as Power Automate or a script writes it: read as an envelope's records are. */
const RESULTS: Detection = { kind: 'shape', shape: 'query-api', elementsAt: ['results'] };

/**
 * A first line torn or garbled (a file cut at a byte offset, `tail -c`), then a call-log record a line: JSON Lines,
 * the first line one invalid record, so that the good lines after it are read. False when it is not that; null when
 * the peek does not hold the next line yet.
 */
function tornFirstLine(peek: string, newline: number, final: boolean): Detection | null | false {
  if (newline < 0) return false;
  const next = nextLineIsRecord(peek, newline + 1, final);
  return next === null ? null : next ? { kind: 'shape', shape: 'json-lines' } : false;
}

/**
 * Keys one of which a pretty call-log record, Log Analytics row or Capture EventData converted to JSON has, to read
 * a file that starts with one as a stream of them (lower-cased): not "type" alone, which a pretty package.json has too.
 */
const STREAM_KEYS = new Set(['category', 'correlationid', 'callid', 'timegenerated', 'sequencenumber', 'enqueuedtimeutc']);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function quote(line: string): string {
  const text = line.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** The array's detection, marked foreign when its first element is (foreignElement). */
function foreignFirst(detection: Detection, peek: string, from: number): Detection {
  if (detection.kind !== 'shape') return detection;
  const foreign = foreignElement(peek, from);
  return foreign === undefined ? detection : { ...detection, foreign };
}

/**
 * JSON Lines (or an array's elements a line) marked foreign when the first line's object has no call-log field and no
 * line after it in the peek is a record: a header line of some other program before the records is not that.
 */
function foreignLines(detection: Detection, keys: readonly string[], peek: string, first: number): Detection {
  if (detection.kind !== 'shape' || looksLikeRecord(keys)) return detection;
  const newline = peek.indexOf('\n', first);
  if (newline >= 0 && laterRecordLine(peek.slice(newline), true) === true) return detection;
  return { ...detection, foreign: foreignNote(keys) };
}

/** Whether the first line, an object from `first`, ends in a comma after the object: `{…},`. */
function commaAfterFirstLine(peek: string, first: number): boolean {
  const nl = peek.indexOf('\n', first);
  const line = (nl < 0 ? peek.slice(first) : peek.slice(first, nl)).trimEnd();
  return line.endsWith(',') && arrayLayout(`[${line}\n]`, 0) === 'lines';
}

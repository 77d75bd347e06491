import type { InputEvent, Prefilter, SourceLocation } from './input-event.js';
import { JsonElementScanner } from './json-element-scanner.js';
import { describeKind, invalidItem, isObject, type NotJson, notJsonPlace, parseJson } from './record-events.js';
import type { PathStep, ScannedValue } from './scanned-value.js';


/** Streams tables[i].rows[j] and captures each table's name and columns; passes over the rest. */
function queryPlan(path: readonly PathStep[]): 'capture' | 'descend' | 'skip' {
  if (path.length === 0) return 'descend';
  if (path[0] !== 'tables') return 'skip';
  if (path.length <= 2) return typeof path[1] === 'string' ? 'skip' : 'descend';
  const part = path[2];
  if (path.length === 3) return part === 'name' || part === 'columns' ? 'capture' : part === 'rows' ? 'descend' : 'skip';
  return path.length === 4 && part === 'rows' ? 'capture' : 'skip';
}

interface TableState {
  index: number;
  name: string | undefined;
  columns: string[] | null;
  columnsProblem: string | undefined;
  /** Rows met before the columns (unusual key order): kept until the columns come. */
  waiting: ScannedValue[];
}

/**
 * Reads a Log Analytics query API response, {"tables":[{"name","columns":[{"name","type"}],"rows":[[…]]}]},
 * of any size: each row is zipped with its own table's column names into a record that names the table.
 * The prefilter sees each row's raw JSON text.
 */
export async function* readQueryApi(
  text: AsyncIterable<string>,
  file: string,
  prefilter: Prefilter | undefined,
  maxRecordBytes?: number,
): AsyncGenerator<InputEvent> {
  const scanner = new JsonElementScanner(queryPlan, maxRecordBytes);
  let table: TableState | null = null;
  const handle = function* (value: ScannedValue): Generator<InputEvent> {
    const at: SourceLocation = { file, line: value.line };
    // The file ends inside this value (a row, maybe the call's), or before its arrays close: torn, whatever the prefilter says.
    if (value.atEnd) {
      const parsed = value.problem === undefined ? parseJson(value.raw) : null;
      yield { kind: 'invalid', at, reason: value.problem ?? (parsed?.ok === false ? parsed.reason : 'the file ends inside this value'), endsFile: true };
      return;
    }
    if (value.path.length === 0) {
      yield { kind: 'invalid', at, reason: value.problem ?? 'text outside the JSON value' };
      return;
    }
    const index = value.path[1] as number;
    if (table === null || table.index !== index) {
      if (table !== null) yield* orphans(table, file);
      table = { index, name: undefined, columns: null, columnsProblem: undefined, waiting: [] };
    }
    const part = value.path[2];
    if (part === 'name') {
      const parsed = value.problem === undefined ? parseJson(value.raw) : null;
      if (parsed?.ok && typeof parsed.value === 'string') table.name = parsed.value;
    } else if (part === 'columns') {
      const columns = columnNames(value);
      if (typeof columns === 'string') table.columnsProblem = columns;
      else {
        table.columns = columns;
        const waiting = table.waiting;
        table.waiting = [];
        for (const row of waiting) yield rowEvent(row, table, file, prefilter);
      }
    } else if (table.columns === null && table.columnsProblem === undefined) table.waiting.push(value);
    else yield rowEvent(value, table, file, prefilter);
  };
  for await (const chunk of text) {
    for (const value of scanner.push(chunk)) yield* handle(value);
  }
  for (const value of scanner.end()) yield* handle(value);
  if (table !== null) yield* orphans(table, file);
}

/** The column names, or why they cannot be read. */
function columnNames(value: ScannedValue): string[] | string {
  if (value.problem !== undefined) return `the table's columns are unreadable: ${value.problem}`;
  const parsed = parseJson(value.raw);
  if (!parsed.ok) return `the table's columns are unreadable: ${parsed.reason}`;
  if (!Array.isArray(parsed.value)) return `the table's columns are ${describeKind(parsed.value)}, not an array`;
  return parsed.value.map((column: unknown, i) =>
    isObject(column) && typeof column.name === 'string' ? column.name : typeof column === 'string' ? column : `Column${i + 1}`,
  );
}

function rowEvent(value: ScannedValue, table: TableState, file: string, prefilter: Prefilter | undefined): InputEvent {
  const at: SourceLocation = { file, line: value.line };
  let read: ZippedRow | undefined; // the row zipped, once: for the prefilter or the event
  const zipped = () => (read ??= rowRecord(value, table));
  const asRecord = () => zipped().record ?? null;
  const matched = value.raw !== '' && prefilter !== undefined;
  if (matched && !prefilter(value.raw, asRecord)) return { kind: 'filtered', at };
  const row = zipped();
  if (row.record !== undefined) return table.name === undefined ? { kind: 'record', value: row.record, at } : { kind: 'record', value: row.record, at, table: table.name };
  if (row.problem !== undefined) return invalidItem(at, row.problem, matched);
  // A pretty row (as `az rest` writes the response) is placed at its fault's line, as a pretty record is.
  const place = notJsonPlace(value.raw, row.notJson, at, value.line);
  return invalidItem(place.at, place.reason, matched);
}

/** A row zipped into a record; or JSON.parse's refusal of it (placed by notJsonPlace); or another reason it is not one. */
type ZippedRow = { record: Record<string, unknown>; notJson?: never; problem?: never } | { record?: never; notJson: NotJson; problem?: never } | { record?: never; notJson?: never; problem: string };

/** A row zipped with its table's column names, or why it cannot be. */
function rowRecord(value: ScannedValue, table: TableState): ZippedRow {
  if (value.problem !== undefined) return { problem: value.problem };
  if (table.columns === null) return { problem: table.columnsProblem ?? 'the table has no columns' };
  const parsed = parseJson(value.raw);
  if (!parsed.ok) return { notJson: parsed };
  if (!Array.isArray(parsed.value)) return { problem: `a row is ${describeKind(parsed.value)}, not an array` };
  const record: Record<string, unknown> = {};
  const cells: unknown[] = parsed.value;
  // The API writes every cell of every row (null when empty): another count is a row made or cut by hand.
  if (cells.length !== table.columns.length) return { problem: `a row of ${cells.length} cell${cells.length === 1 ? '' : 's'} where the table has ${table.columns.length} column${table.columns.length === 1 ? '' : 's'}` };
  for (let i = 0; i < cells.length; i++) {
    const column = table.columns[i]!;
    // A column named "__proto__" is a field like any other (as JSON.parse makes it), not the object's prototype.
    if (column === '__proto__') Object.defineProperty(record, column, { value: cells[i], enumerable: true, writable: true, configurable: true });
    else record[column] = cells[i];
  }
  return { record };
}

/** Rows of a table that never showed its columns. */
function* orphans(table: TableState, file: string): Generator<InputEvent> {
  for (const row of table.waiting) {
    yield { kind: 'invalid', at: { file, line: row.line }, reason: table.columnsProblem ?? 'a row of a table without columns' };
  }
  table.waiting = [];
}

import { brokenEnvelopeElements } from './broken-envelope.js';
import { bodyContent } from './event-data-body.js';
import { oneLine } from './input-error-from.js';
import type { InputEvent, Prefilter, SourceLocation } from './input-event.js';
import { isOverLimit, tooLargeReason } from './record-size-limit.js';
import { type ScannedValue, TORN_VALUE_REASON } from './scanned-value.js';
import { jsonFaultLine } from './json-fault-offset.js';
import { wrappedBy } from './wrapped-records.js';

/** Why JSON.parse refused a text: the short reason, and its own message, which may say where (notJsonItem). */
export interface NotJson {
  ok: false;
  reason: string;
  message: string;
}

/** Parses one raw JSON text; a failure becomes a short one-line reason. */
export function parseJson(raw: string): { ok: true; value: unknown } | NotJson {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    return { ok: false, reason: `not JSON: ${jsonErrorText(error)}`, message: error instanceof Error ? error.message : String(error) };
  }
}

/** V8's JSON.parse message without the position or the echoed input: "Expected ',' or '}' after property value". */
function jsonErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cut = message
    .replace(/\s+in JSON at position \d+.*$/s, '')
    .replace(/\s+at position \d+.*$/s, '')
    .replace(/,\s*".*" is not valid JSON$/s, '');
  const hint = /after JSON$/.test(cut) ? ' (two values with no comma between them?)' : '';
  return oneLine(cut, 120) + hint;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * The events for one parsed JSON value: an object is a record, except an Event Hubs envelope ({"records":[…]}, the
 * key in any case), whose elements are the records, and a Capture EventData converted to JSON ({"Body":…} beside
 * EventData's keys), whose Body holds the envelope (or one record); anything else is invalid. The text the value was
 * parsed from passed `prefilter` as a whole; an envelope's records are each tested again (envelopeEvents).
 */
export function* recordEvents(value: unknown, at: SourceLocation, prefilter?: Prefilter): Generator<InputEvent> {
  if (!isObject(value)) {
    yield invalidItem(at, `not an object but ${describeKind(value)}`, prefilter !== undefined);
    return;
  }
  const wrapped = wrappedBy(value);
  if (wrapped === null) yield { kind: 'record', value, at };
  else if (wrapped.kind === 'records') yield* envelopeEvents(wrapped.records, at, prefilter);
  else yield* bodyEvents(wrapped.body, at, prefilter, undefined);
}

/**
 * The records of an envelope, each element that is not an object one invalid item. With a prefilter, a record whose
 * text (as JSON.stringify writes it) it passes over is filtered: the envelope's text held what the prefilter looks
 * for (`call`'s id), but other records of the same event belong to other calls.
 */
function* envelopeEvents(records: unknown[], at: SourceLocation, prefilter: Prefilter | undefined): Generator<InputEvent> {
  for (let i = 0; i < records.length; i++) {
    const element: unknown = records[i];
    if (!isObject(element)) yield { kind: 'invalid', at, reason: `records[${i}] is not an object but ${describeKind(element)}` };
    else if (prefilter !== undefined && !prefilter(JSON.stringify(element))) yield { kind: 'filtered', at };
    else if (wrappedBy(element) === null) yield { kind: 'record', value: element, at };
    // An envelope (or EventData) in an envelope, as an element of a streamed one is read (rawJsonEvents).
    else yield* recordEvents(element, at, prefilter);
  }
}

/**
 * The events of an EventData's Body (see bodyContent): the records of the envelope it holds, or the one record; a
 * Body that is not JSON, not an object or absent is one invalid item. Its text is tested by the prefilter (a Body
 * passed over is one filtered item) and held to maxRecordBytes before it is parsed.
 */
export function* bodyEvents(body: unknown, at: SourceLocation, prefilter: Prefilter | undefined, maxRecordBytes: number | undefined): Generator<InputEvent> {
  const content = bodyContent(body, maxRecordBytes);
  if (content.kind === 'none') {
    yield { kind: 'invalid', at, reason: content.reason };
    return;
  }
  let value: unknown;
  if (content.kind === 'text') {
    const { text } = content;
    if (maxRecordBytes !== undefined && isOverLimit(text, maxRecordBytes)) {
      yield { kind: 'invalid', at, reason: `Body ${tooLargeReason(maxRecordBytes)}` };
      return;
    }
    if (prefilter !== undefined && !prefilter(text)) {
      yield { kind: 'filtered', at };
      return;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      // An envelope with a broken record costs that record, as on a JSON line.
      // Its lines are the Body's, not the file's: the faults are placed where the EventData is.
      yield* brokenEnvelopeEvents(text, at, prefilter, false, null) ?? [invalidItem(at, `Body ${parsed.reason}`, prefilter !== undefined)];
      return;
    }
    value = parsed.value;
  } else value = content.value;
  if (!isObject(value)) {
    yield invalidItem(at, `Body is not an object but ${describeKind(value)}`, prefilter !== undefined);
    return;
  }
  const inner = wrappedBy(value);
  if (inner?.kind === 'records') yield* envelopeEvents(inner.records, at, prefilter);
  else yield { kind: 'record', value, at };
}

/**
 * Prefilter, parse and turn one raw JSON text (a line or an array element) into events. A text that is not JSON but
 * an Event Hubs envelope with a broken record has its records read one by one (brokenEnvelopeEvents). `from`: the
 * line of its file the text starts on when not `at`'s, null when the text is not the file's own (see notJsonItem).
 */
export function* rawJsonEvents(raw: string, at: SourceLocation, prefilter: Prefilter | undefined, from?: number | null): Generator<InputEvent> {
  if (prefilter !== undefined && !prefilter(raw)) {
    yield { kind: 'filtered', at };
    return;
  }
  const parsed = parseJson(raw);
  if (parsed.ok) yield* recordEvents(parsed.value, at, prefilter);
  else yield* brokenEnvelopeEvents(raw, at, prefilter, false, from) ?? [notJsonItem(raw, parsed, at, from, prefilter !== undefined)];
}

/**
 * The line of its file that a raw text placed at `at` starts on: `from` when given (null: the text is not the file's
 * own), else `at`'s line, null when `at` counts no lines (an EventData's place). Asked only on the error path.
 */
function textLine(at: SourceLocation, from: number | null | undefined): number | null {
  if (from !== undefined) return from;
  return at.unit === 'event' ? null : at.line;
}

/**
 * The invalid item of a raw text JSON.parse refused, the text starting on the line of its file `given` or `at` says
 * (textLine; none when it is not the file's own text, as a Body's JSON string is not): a text over many lines (a pretty record) whose fault is past its
 * first line is placed at the fault's line, saying where the record starts: `f.json:148` "not JSON: Expected ',' or
 * '}' after property value, in the record that starts on line 140". A JSON line keeps its place and reason. Only on
 * the error path: a valid record costs nothing more.
 */
function notJsonItem(raw: string, parsed: NotJson, at: SourceLocation, given: number | null | undefined, matched: boolean, endsFile = false): InputEvent {
  const from = textLine(at, given);
  const { at: where, reason } = from === null ? { at, reason: parsed.reason } : notJsonPlace(raw, parsed, at, from);
  if (endsFile) return { kind: 'invalid', at: where, reason, endsFile: true };
  return invalidItem(where, reason, matched);
}

/**
 * Where a text of the file that JSON.parse refused is invalid, the text starting on line `from`: at its fault's line,
 * saying where it starts, when that is past its first line (jsonFaultLine); else at `at`, with JSON.parse's reason.
 */
export function notJsonPlace(raw: string, parsed: NotJson, at: SourceLocation, from: number): { at: SourceLocation; reason: string } {
  const line = jsonFaultLine(parsed.message, raw, from);
  if (line === null) return { at, reason: parsed.reason };
  return { at: { ...at, line }, reason: `${parsed.reason}, in the record that starts on line ${from}` };
}

/**
 * The events of a text that its file ends inside (a record cut off by a torn blob: torn-tail.ts), which no prefilter
 * passes over, since what it looks for may have been in what was lost: one invalid item, the file's own failure
 * (endsFile). An Event Hubs envelope's whole records before the tear are still read, each prefiltered.
 */
export function tornTailEvents(raw: string, at: SourceLocation, prefilter: Prefilter | undefined, from?: number | null): InputEvent[] {
  const parsed = parseJson(raw);
  if (parsed.ok) return [...rawJsonEvents(raw, at, prefilter, from)]; // whole after all
  // Said as a torn value of a pretty array is (TORN_VALUE_REASON), at the line JSON.parse stops on: where it ends.
  const torn: NotJson = { ...parsed, reason: TORN_VALUE_REASON };
  return brokenEnvelopeEvents(raw, at, prefilter, true, from) ?? [notJsonItem(raw, torn, at, from, false, true)];
}

/**
 * The events of the records of an Event Hubs envelope that JSON.parse refused, each element parsed on its own, so
 * that a broken record costs only itself (brokenEnvelopeElements); null when the text is not an envelope or no
 * element could be told apart (the text is then one invalid item, with JSON.parse's reason). `torn`: the text is
 * the last of its file, which ends inside it (torn-tail.ts).
 */
export function brokenEnvelopeEvents(
  raw: string,
  at: SourceLocation,
  prefilter: Prefilter | undefined,
  torn = false,
  from?: number | null,
): InputEvent[] | null {
  const elements = brokenEnvelopeElements(raw);
  if (elements === null) return null;
  const start = textLine(at, from);
  const events: InputEvent[] = [];
  // Each record is placed where its envelope is; a broken one's fault, at its own line (an element's from 1 in raw).
  for (const element of elements) scannedValueEvents(element, at, prefilter, events, torn, start === null ? null : start + element.line - 1);
  return events;
}

/**
 * Adds the events of one value a scanner cut out (an array's element) to `events`: a whole value prefiltered and
 * parsed; a broken one filtered when the prefilter passes over its text, else one invalid item with its problem.
 * `fileEnds`: the scanner's text is the whole file, whose end a value marked atEnd is torn by: that value is one
 * invalid item that ends the file, whatever the prefilter says of its text (tornTailEvents).
 */
export function scannedValueEvents(
  value: ScannedValue,
  at: SourceLocation,
  prefilter: Prefilter | undefined,
  events: InputEvent[],
  fileEnds = false,
  from?: number | null,
): void {
  if (fileEnds && value.atEnd) {
    if (value.problem === undefined) events.push(...tornTailEvents(value.raw, at, prefilter, from));
    else events.push({ kind: 'invalid', at, reason: value.problem, endsFile: true });
  } else if (value.problem === undefined) for (const event of rawJsonEvents(value.raw, at, prefilter, from)) events.push(event);
  else if (value.raw !== '' && prefilter !== undefined && !prefilter(value.raw)) events.push({ kind: 'filtered', at });
  else events.push(invalidItem(at, value.problem, value.raw !== '' && prefilter !== undefined));
}

/** An invalid item; `matched`: its text passed the prefilter (InputEvent's `matched`). */
export function invalidItem(at: SourceLocation, reason: string, matched: boolean): InputEvent {
  return matched ? { kind: 'invalid', at, reason, matched } : { kind: 'invalid', at, reason };
}

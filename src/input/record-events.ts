import { oneLine } from './input-error-from.js';
import type { InputEvent, Prefilter, SourceLocation } from './input-event.js';

/** Parses one raw JSON text; a failure becomes a short one-line reason. */
export function parseJson(raw: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (error) {
    return { ok: false, reason: `not JSON: ${jsonErrorText(error)}` };
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
 * The events for one parsed JSON value: an object is a record, except an Event Hubs envelope
 * ({"records":[…]}), whose elements are the records; anything else is invalid.
 */
export function* recordEvents(value: unknown, at: SourceLocation): Generator<InputEvent> {
  if (!isObject(value)) {
    yield { kind: 'invalid', at, reason: `not an object but ${describeKind(value)}` };
    return;
  }
  const records = value.records;
  if (!Array.isArray(records)) {
    yield { kind: 'record', value, at };
    return;
  }
  for (let i = 0; i < records.length; i++) {
    const element: unknown = records[i];
    if (isObject(element)) yield { kind: 'record', value: element, at };
    else yield { kind: 'invalid', at, reason: `records[${i}] is not an object but ${describeKind(element)}` };
  }
}

/** Prefilter, parse and turn one raw JSON text (a line or an array element) into events. */
export function* rawJsonEvents(raw: string, at: SourceLocation, prefilter: Prefilter | undefined): Generator<InputEvent> {
  if (prefilter !== undefined && !prefilter(raw)) {
    yield { kind: 'filtered', at };
    return;
  }
  const parsed = parseJson(raw);
  if (parsed.ok) yield* recordEvents(parsed.value, at);
  else yield { kind: 'invalid', at, reason: parsed.reason };
}

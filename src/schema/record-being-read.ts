import type { FieldMap } from './field-map.js';
import { parseTime } from './parse-time.js';
import type { DayMonthOrder } from './portal-time.js';
import { DURATION, outOfRange, type ValueRange } from './value-ranges.js';
import { isUnreadNumber, toCallId, toLegId, toNumber, toText, unreadText } from './values.js';

/**
 * A record's values of one kind that were not read: times not read as dates (an unknown form, an impossible time),
 * numbers not read ("1,000", "15%", an object; or read, and out of its field's range: a duration of -5 s). They
 * count as absent.
 */
export interface NotRead {
  count: number;
  /** The text of the first. */
  first: string;
  /** The field of the first, as the normaliser names it (camelCase: `callStartTime`, `packetLossRateAvg`). */
  field: string;
  /** How the first, a number read, is out of its field's range (`below 0`, `over 31 days`); absent when it is no number. */
  outOfRange?: string;
}

/**
 * The record normaliseRecord is reading: its fields (flattenRecord's, valid until the next record), and the first
 * time and number in it that could not be read, with how many. Module state rather than closures over a record's
 * own: the six readers below were made anew for every record (~100 MB of garbage on the bench export), and reading
 * is never re-entered, since nothing it calls reads a record.
 */
let current: FieldMap;
let dateOrder: DayMonthOrder | undefined;
let timesNotRead: NotRead | undefined;
let numbersNotRead: NotRead | undefined;

/**
 * The readers below read this record's fields from now on, none of its values yet found unreadable; `order`: the day
 * and month order its file's dates proved, if any.
 */
export function readingRecord(fields: FieldMap, order?: DayMonthOrder): void {
  current = fields;
  dateOrder = order;
  timesNotRead = undefined;
  numbersNotRead = undefined;
}

export function timesNotReadInRecord(): NotRead | undefined {
  return timesNotRead;
}

export function numbersNotReadInRecord(): NotRead | undefined {
  return numbersNotRead;
}

export function text(slot: number): string | null {
  return toText(current.at(slot));
}

/** A leg's id: a GUID in lower case, whichever table (and client) wrote it. */
export function legId(slot: number): string | null {
  return toLegId(current.at(slot));
}

export function callId(slot: number): string | null {
  return toCallId(current.at(slot));
}

/** A number; a value that is there but not one is counted as not read (and is absent). */
export function num(slot: number, field: string): number | null {
  const value = current.at(slot);
  const n = toNumber(value);
  if (n === null && isUnreadNumber(value, n)) numberNotRead(value, field, undefined);
  return n;
}

/**
 * A number in its field's range; one read past it (ValueRange) is counted as not read, saying how (and is absent).
 * A number in range costs one comparison or two more than num.
 */
export function inRange(slot: number, field: string, range: ValueRange): number | null {
  const n = num(slot, field);
  if (n === null || (n >= 0 && n <= range.max)) return n;
  numberNotRead(current.at(slot), field, outOfRange(n, range)!);
  return null;
}

/** A duration in seconds, from 0 to 31 days (see DURATION). */
export function duration(slot: number, field: string): number | null {
  return inRange(slot, field, DURATION);
}

function numberNotRead(value: unknown, field: string, why: string | undefined): void {
  if (numbersNotRead !== undefined) numbersNotRead.count++;
  else if (why === undefined) numbersNotRead = { count: 1, first: unreadText(value), field };
  else numbersNotRead = { count: 1, first: unreadText(value), field, outOfRange: why };
}

/** A time as epoch ms; a text that is not one is counted as not read (and is absent). */
export function time(slot: number, field: string): number | null {
  const written = text(slot);
  const ms = parseTime(written, dateOrder);
  if (ms === null && written !== null) {
    if (timesNotRead === undefined) timesNotRead = { count: 1, first: written, field };
    else timesNotRead.count++;
  }
  return ms;
}

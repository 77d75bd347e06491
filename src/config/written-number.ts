import { CARRIAGE_RETURN_CAUSE, endsWithCarriageReturn } from '../input/carriage-return-hint.js';

/**
 * Numbers as flags, variables and the config file's strings write them: "as JSON writes numbers" (README, Inputs 7).
 * One grammar for every such place (--threshold, the gates, --limit, --threads, --max-record-bytes, the config's
 * thresholds and gates), so that none takes a spelling another refuses: JSON's number (RFC 8259 §6), an optional
 * minus, 0 or digits not starting with 0, an optional point with digits after it, an optional exponent. Refused:
 * `+5`, `05`, `.5`, `5.`, ` 5`, `0x10`, `Infinity`, `1,000`. A count or a gate is written in digits, without an
 * exponent (`1e3`); a percentage, where one is taken, is such a number with `%` right after it.
 * Not the logs' numbers: those are read leniently (schema/values.ts toNumber), as exports write them.
 */
export const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * What is wrong with a value and what its place takes, without where it was given: the flag or the config file
 * says that (flagValueMessage, config-error.ts). `problem` is worded to follow the value: "'05' has a leading zero".
 */
export class ValueProblem extends Error {
  constructor(
    readonly problem: string,
    readonly expected: string,
  ) {
    super(`${problem}; expected ${expected}`);
    this.name = 'ValueProblem';
  }
}

/**
 * "--threads '1.5' is not a whole number; expected a whole number of at least 1 (4)": the flag, the value, what it
 * takes. A value with a CR at its end, from a script with Windows line ends, is said to be one whatever else it is:
 * "has white space around the number" would not say where the character came from.
 */
export function flagValueMessage(flag: string, text: string, p: ValueProblem): string {
  const problem = endsWithCarriageReturn(text) ? CARRIAGE_RETURN_CAUSE : p.problem;
  return `${flag} '${text}' ${problem}; expected ${p.expected}`;
}

/**
 * What `read` reads from a flag's text; a ValueProblem it throws becomes the flag's own error (`toError`: UsageError,
 * GateError, ThresholdError), worded by flagValueMessage.
 */
export function readFlagValue<T>(flag: string, text: string, read: () => T, toError: new (message: string) => Error): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValueProblem) throw new toError(flagValueMessage(flag, text, error));
    throw error;
  }
}

/** The value, if it is not below zero (-0 included: JSON writes it, and it reads as a sign given). */
export function notNegative(value: number, expected: string): number {
  if (value < 0 || Object.is(value, -0)) throw new ValueProblem('is negative', expected);
  return value;
}

export interface WrittenNumber {
  value: number;
  /** Written with `%` after it (only where `percent` was allowed). */
  percent: boolean;
  /**
   * The number written, a hundredth of it when `percent`: read from the text with its exponent lowered by 2, so that
   * `0.7%` is 0.007, one rounding, where 0.7 / 100 is 0.006999999999999999 (a stream logging 0.007 would be over it).
   */
  fraction: number;
}

export interface NumberForm {
  /** `%` right after the number is taken (and said in the result). */
  percent?: boolean;
  /** An exponent is taken (limits: `2.5e1`); counts and gates are written in digits. */
  exponent?: boolean;
}

/** A number written in a flag or a config string, by JSON's grammar; a ValueProblem saying what is wrong with any other text. */
export function readWrittenNumber(text: string, expected: string, form: NumberForm = {}): WrittenNumber {
  const percent = form.percent === true && text.endsWith('%');
  const body = percent ? text.slice(0, -1) : text;
  if (!JSON_NUMBER.test(body)) throw new ValueProblem(notJsonNumber(body), expected);
  if (form.exponent !== true && /e/i.test(body)) throw new ValueProblem('has an exponent: write it in digits', expected);
  const value = Number(body);
  if (!Number.isFinite(value)) throw new ValueProblem('is too large', expected);
  return { value, percent, fraction: percent ? hundredth(body) : value };
}

/** A hundredth of a number written in JSON's grammar, as the decimal text with its exponent 2 lower reads. */
function hundredth(body: string): number {
  const [mantissa, exponent = '0'] = body.toLowerCase().split('e');
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

/** A whole number of at least `min`, written in digits (`--limit 20`). */
export function readWholeNumber(text: string, min: number, expected = `a whole number of at least ${min}, in digits (${Math.max(min, 4)})`): number {
  const { value } = readWrittenNumber(text, expected);
  return wholeNumberAtLeast(value, min, expected);
}

/** A number already read (a JSON number of the config file, or one readWrittenNumber read) as a whole number of at least `min`. */
export function wholeNumberAtLeast(value: number, min: number, expected: string): number {
  // A config file's number past what a double holds (1e999: JSON.parse reads Infinity), as a flag's is said.
  if (!Number.isFinite(value)) throw new ValueProblem('is too large', expected);
  if (!Number.isInteger(value)) throw new ValueProblem('is not a whole number', expected);
  notNegative(value, expected);
  if (value < min) throw new ValueProblem(`is less than ${min}`, expected);
  if (!Number.isSafeInteger(value)) throw new ValueProblem('is too large', expected);
  return value;
}

/** A number in JSON's grammar then a unit a limit or a count may be written with: ms, s, sec, min, fps, px, p, pct, percent, calls, streams. */
const UNIT_AFTER = /^(-?(?:0|[1-9]\d*)(?:\.\d+)?)\s*(ms|s|secs?|min|fps|px|p|pct|percent|calls?|streams?)$/i;

/** Milliseconds in a unit of time that no limit is written in: a time limit is in ms (README, The rules). */
const MS_IN: Record<string, number> = { s: 1000, sec: 1000, secs: 1000, min: 60_000 };

/**
 * What to write for a number given with a unit: the number alone when the unit is the one its limit or count is in
 * (`200ms`, `7fps`, `240p`, `3calls`); in milliseconds for seconds or minutes (`0.5s` is 500, not 0.5 ms); with `%`
 * for a percentage (`10pct` is 10%, a ratio's limit being 0.1).
 */
function unitHint(number: string, unit: string): string {
  const lower = unit.toLowerCase();
  const ms = MS_IN[lower];
  if (ms !== undefined) return `write it in milliseconds, alone (${Number((Number(number) * ms).toPrecision(12))})`;
  if (lower === 'pct' || lower === 'percent') return `write it with % (${number}%)`;
  return `write the number alone (${number})`;
}

/** Why a text is not a number in JSON's grammar, worded to follow it. */
function notJsonNumber(text: string): string {
  if (text === '') return 'is empty';
  if (text.trim() !== text) return text.trim() === '' ? 'is only white space' : 'has white space around the number';
  if (/^[+-]?0[xob]/i.test(text)) return 'is not in decimal digits';
  if (/^[+-]?(?:infinity|nan)$/i.test(text)) return 'is not a finite number';
  if (/^[+-]?[\d.]/.test(text)) {
    if (text.startsWith('+')) return 'has a + sign';
    if (/^-?0\d/.test(text)) return 'has a leading zero';
    if (/^-?\./.test(text)) return 'has no digit before its point';
    if (/\.(?!\d)/.test(text)) return 'has no digit after its point';
    // `200ms`, `7fps`, `240p`, `10pct`: a limit is in its metric's unit (README, The rules), written without it.
    const unit = UNIT_AFTER.exec(text);
    if (unit !== null) return `has a unit, '${unit[2]}': ${unitHint(unit[1]!, unit[2]!)}`;
    if (/[,_\s]/.test(text)) return 'has a separator in it (no decimal comma or thousands separator)';
  }
  return 'is not a number';
}

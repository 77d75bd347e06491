import { type CountLimit, GateError } from '../rules/gates.js';
import { jsonKind } from './json-kind.js';
import { notNegative, readFlagValue, readWrittenNumber, ValueProblem, wholeNumberAtLeast } from './written-number.js';

/** A gate's limit as a flag or the config file writes it (the rules take it read: rules/gates.ts). */
const FLAG_EXPECTED = 'a count in digits (3), a percentage (12.5%) or off';
export const CONFIG_GATE_EXPECTED = 'a count as a number (3), a percentage as a string ("12.5%"), "off" or null';

/** `--max-poor-calls 3`, `12.5%`: a GateError naming the flag, the value and what it takes. ('off' is the caller's.) */
export function parseCountLimit(flag: string, text: string): CountLimit {
  return readFlagValue(flag, text, () => countLimitFromText(text, FLAG_EXPECTED), GateError);
}

/**
 * A gate of the config file: a JSON number is a count (JSON's to read: 1e1 is 10), a string a percentage ("10%");
 * "off" and null, the gate off, are the caller's (resolve-settings.ts), as a threshold's are.
 * A string count ("5") is refused, as a threshold's ("900") is: the config's numbers are JSON numbers.
 * Throws a ValueProblem, which the caller places in the file (config-error.ts).
 */
export function countLimitFromConfig(value: unknown): CountLimit {
  if (typeof value === 'number') return { kind: 'count', max: wholeNumberAtLeast(value, 0, CONFIG_GATE_EXPECTED) };
  if (typeof value !== 'string') throw new ValueProblem(`is ${jsonKind(value)}`, CONFIG_GATE_EXPECTED);
  const limit = countLimitFromText(value, CONFIG_GATE_EXPECTED);
  if (limit.kind === 'count') throw new ValueProblem('is a count written as a string: write it as a number', CONFIG_GATE_EXPECTED);
  return limit;
}

/** N or P%, written in digits (config/written-number.ts). */
function countLimitFromText(text: string, expected: string): CountLimit {
  const { value, percent } = readWrittenNumber(text, expected, { percent: true });
  if (!percent) return { kind: 'count', max: wholeNumberAtLeast(value, 0, expected) };
  notNegative(value, expected);
  if (value > 100) throw new ValueProblem('is over 100%', expected);
  return { kind: 'percent', max: value };
}


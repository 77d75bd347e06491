import { jsonKind } from './json-kind.js';
import { didYouMean } from './nearest-names.js';
import { type WrittenNumbers, writtenNumberKey } from './written-json-numbers.js';

/** A config file that cannot be read or does not hold valid settings: one line for stderr, exit 2. */
export class ConfigError extends Error {}

/** A key path as the README writes it: `thresholds.jitterAvg.Video`, `inputs.0`; the file itself is `(top level)`. */
function keyText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

/** The value as the file writes it, cut short: `2.5`, `"5"`, `true`, `{"Vdeo":3}`; a number as written (`1e999`, not Infinity). */
function givenText(value: unknown, written: string | undefined): string {
  const text = typeof value === 'number' && written !== undefined ? written : writtenText(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function writtenText(value: unknown): string {
  // When the file's text is not at hand: JSON.parse reads 1e400 as Infinity, which JSON.stringify would write as
  // null; and -0 as -0, which it writes 0 (and the message would say "0 is negative").
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Object.is(value, -0)) return '-0';
  try {
    return JSON.stringify(value) ?? jsonKind(value);
  } catch (error) {
    // Arrays or objects nested hundreds of thousands deep: too deep for JSON.stringify's stack.
    if (error instanceof RangeError) return 'a value nested too deeply to show';
    throw error;
  }
}

/**
 * Every error about a value of the config file, in one form, whatever found it (the schema, or the parsers the flags
 * share): the file, the key path, what was given (a number as the file's text writes it: `written`), what is wrong
 * with it and what the key takes.
 * `/x/acs-calllogs.config.json: gates.maxPoorCalls: 2.5 is not a whole number; expected a count as a number (3) or …`
 */
export function configValueError(file: string, path: readonly PropertyKey[], given: unknown, problem: string, expected: string, written: WrittenNumbers = new Map()): ConfigError {
  return new ConfigError(`${file}: ${keyText(path)}: ${givenText(given, written.get(writtenNumberKey(path)))} ${problem}; expected ${expected}`);
}

/**
 * `/x/acs-calllogs.config.json: thresholds.jitterAvg.Vdeo: unknown key (did you mean Video?); expected one of default,
 * Audio, …`: a typo names the key it most likely meant, as a mistyped flag does.
 */
export function configKeyError(file: string, path: readonly PropertyKey[], keys: readonly string[], known: readonly string[] | null): ConfigError {
  const expected = known === null ? '' : `; expected ${known.length === 0 ? 'no keys' : `one of ${known.join(', ')}`}`;
  const unknown = keys.map((k) => `${keyText([...path, k])}: unknown key${known === null ? '' : didYouMean(k, known)}`);
  return new ConfigError(`${file}: ${unknown.join('; ')}${expected}`);
}

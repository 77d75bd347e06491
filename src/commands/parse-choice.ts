import { UsageError } from './usage-error.js';

/** A flag value that must be one of a fixed set (a format, say): anything else is a usage error. */
export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${flag} '${value}' (expected one of: ${choices.join(', ')})`);
}

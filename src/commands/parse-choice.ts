import { choiceOf } from '../config/formats.js';
import { CARRIAGE_RETURN_CAUSE, endsWithCarriageReturn } from '../input/carriage-return-hint.js';
import { UsageError } from './usage-error.js';

/**
 * A flag value that must be one of a fixed set (a format, say), or an alias of one (`aliases`: `table` for call's
 * `text`), in any case (choiceOf); anything else is a usage error naming the choices and the aliases, or, when it
 * ends with a CR (a script with Windows line ends: `--format json\r`), saying so.
 */
export function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[], aliases: ReadonlyMap<string, T> = new Map()): T {
  const chosen = choiceOf(value, choices, aliases);
  if (chosen !== undefined) return chosen;
  if (endsWithCarriageReturn(value)) throw new UsageError(`${flag} '${value}' ${CARRIAGE_RETURN_CAUSE}`);
  const also = [...aliases].map(([alias, choice]) => `; ${alias} is ${choice}`).join('');
  throw new UsageError(`unknown ${flag} '${value}' (expected one of: ${choices.join(', ')}${also})`);
}

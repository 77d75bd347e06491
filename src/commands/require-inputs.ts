import { isatty } from 'node:tty';
import { INPUT_ENV } from '../config/input-env.js';
import type { Settings } from '../config/resolve-settings.js';
import type { InputOrigin } from '../input/carriage-return-hint.js';
import { checkInputs } from '../input/walk-paths.js';
import { UsageError } from './usage-error.js';

/**
 * The inputs in force, or a usage error that says the three ways to name them. When ACS_CALLLOGS_INPUT is set but
 * names no path (blank, or only separators), the error says so: "set ACS_CALLLOGS_INPUT" to someone who has is no help.
 * When standard input is no terminal (`cat PT1H.json | acs-calllogs summarize`, as jq and grep read it), it says too
 * that standard input is read only when named `-`: the run read nothing of what was piped to it.
 */
export function requireInputs(settings: Settings, usage: string, env: NodeJS.ProcessEnv = process.env, stdinIsTerminal = isatty(0)): string[] {
  if (settings.inputs.length > 0) return settings.inputs;
  const given = env[INPUT_ENV];
  const stdin = stdinIsTerminal ? '' : `; standard input is read only when named: … | ${usage.replace('<files|dirs|->', '-')}`;
  if (given === undefined) throw new UsageError(`no inputs: name them (${usage}), set ${INPUT_ENV}, or list them in acs-calllogs.config.json${stdin}`);
  // Only blanks and path separators (else resolveSettings would have taken its paths): safe to quote.
  const what = given.trim() === '' ? 'blank' : `names no path (${JSON.stringify(given)})`;
  throw new UsageError(`no inputs: ${INPUT_ENV} is set but ${what}; name them (${usage}), give ${INPUT_ENV} a path, or list them in acs-calllogs.config.json${stdin}`);
}

/**
 * requireInputs, and the inputs set by ACS_CALLLOGS_INPUT or the config file checked at once (checkInputs), so that a
 * path that cannot be opened is said to come from there: a CR at its end came from no script line. The command line's
 * are checked as they are read, with the same words.
 */
export async function requireCheckedInputs(settings: Settings, usage: string): Promise<string[]> {
  const inputs = requireInputs(settings, usage);
  const origin: InputOrigin | null =
    settings.inputsFrom === 'environment'
      ? { kind: 'environment', variable: INPUT_ENV }
      : settings.inputsFrom === 'config' && settings.configPath !== null
        ? { kind: 'config', file: settings.configPath }
        : null;
  if (origin !== null) await checkInputs(inputs, origin);
  return inputs;
}

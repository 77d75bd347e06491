import { isatty } from 'node:tty';
import { INPUT_ENV } from '../config/input-env.js';
import type { Settings } from '../config/resolve-settings.js';
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

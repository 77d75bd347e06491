import { INPUT_ENV } from '../config/input-env.js';
import type { Settings } from '../config/resolve-settings.js';
import { UsageError } from './usage-error.js';

/** The inputs in force, or a usage error that says the three ways to name them. */
export function requireInputs(settings: Settings, usage: string): string[] {
  if (settings.inputs.length > 0) return settings.inputs;
  throw new UsageError(`no inputs: name them (${usage}), set ${INPUT_ENV}, or list them in acs-calllogs.config.json`);
}

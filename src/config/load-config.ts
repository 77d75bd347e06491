import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigError } from './config-error.js';
import { type Config, configSchema } from './config-schema.js';

export const CONFIG_FILE = 'acs-calllogs.config.json';

export interface LoadedConfig {
  path: string | null;
  config: Config;
}

/** `--config <path>`, else the first acs-calllogs.config.json from `cwd` upward, else nothing. */
export function findConfig(explicit: string | undefined, cwd: string = process.cwd()): string | null {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new ConfigError(`${explicit}: no such config file`);
    return path;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): LoadedConfig {
  const path = findConfig(explicit, cwd);
  if (path === null) return { path: null, config: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not JSON: ${error.message}` : (error as Error).message;
    throw new ConfigError(`${path}: ${reason}`);
  }
  const parsed = configSchema().safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${path}: ${describeIssue(parsed.error.issues[0]!)}`);
  const config = parsed.data;
  // Inputs are relative to the config file, wherever the command runs.
  if (config.inputs) config.inputs = config.inputs.map((p) => (p === '-' ? p : resolve(dirname(path), p)));
  return { path, config };
}

/** "thresholds.jitterAvg.Vdeo: unknown key" — the path of the field first. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `${path ? `${path}.` : ''}${k}: unknown key`).join('; ');
  }
  return `${path || '(top level)'}: ${issue.message}`;
}

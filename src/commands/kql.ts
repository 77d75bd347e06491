import { isAbsolute, relative } from 'node:path';
import { resolveSettings, type SettingsFlags } from '../config/resolve-settings.js';
import { type TimeBound, timeBoundAt } from '../config/time-bound.js';
import { buildKqlQuery } from '../kql/build-kql-query.js';
import { DEFAULT_ORIGIN, FLAG_ORIGIN, limitOrigins } from '../kql/limit-origins.js';
import { defaultThresholds } from '../rules/thresholds.js';
import { EXIT_OK } from './exit-codes.js';
import { printConfig } from './print-config.js';
import { parseTimeFlag, parseTimeWindow } from './parse-time-window.js';
import { refuseOutsideDatetimeRange } from './time-bound-range.js';

/** The query filters on TimeGenerated: an empty window holds no record, whatever the calls' start times. */
const EMPTY_KQL_WINDOW = 'no record can be written in that window (the query selects records by TimeGenerated)';

export interface KqlOptions extends SettingsFlags {
  perCall?: boolean;
  since?: string;
  until?: string;
  printConfig?: boolean;
}

export function kqlCommand(options: KqlOptions): number {
  const settings = resolveSettings([], options);
  const since = sinceOption(options.since);
  // --until is checked too (and the window both make), as the query does, before the config is printed.
  if (options.until !== undefined) kqlTimeFlag('--until', options.until);
  if (since !== null && options.until !== undefined) parseTimeWindow(options.since, options.until, Date.now(), EMPTY_KQL_WINDOW);
  if (options.printConfig) return printConfig(settings, 'kql');
  process.stdout.write(kqlQueryFor(options, since));
  return EXIT_OK;
}

/** The query for these flags, with the config file found from `cwd`. Throws on a bad flag or config. */
export function kqlQueryFor(options: KqlOptions, since: TimeBound | null = sinceOption(options.since), cwd: string = process.cwd()): string {
  const settings = resolveSettings([], options, process.env, cwd);
  // The thresholds before the flags: to tell in the query which limits the config file set and which the flags.
  const afterConfig = resolveSettings([], { ...options, threshold: [] }, process.env, cwd).thresholds;
  const configLabel = settings.configPath === null ? 'config' : displayPath(settings.configPath, cwd);
  const origins = limitOrigins(defaultThresholds(), afterConfig, settings.thresholds, configLabel);
  const until = options.until === undefined ? null : kqlTimeFlag('--until', options.until);
  // Both given: the window must hold a moment, as summarize's (parseTimeWindow says so when it does not).
  if (since !== null && until !== null) parseTimeWindow(options.since, options.until, Date.now(), EMPTY_KQL_WINDOW);
  return buildKqlQuery({ thresholds: settings.thresholds, origins, since, until, perCall: options.perCall === true });
}

function sinceOption(text: string | undefined): TimeBound | null {
  return text === undefined ? null : kqlTimeFlag('--since', text);
}

/**
 * A --since / --until value as summarize takes it, that the query can also hold: a moment KQL's datetime cannot
 * (0000-01-01, a time past 9999 by its offset, 999999d back from now) is refused, not written as a query that fails
 * or, reaching back past year 1, compares every record with what is no datetime.
 */
function kqlTimeFlag(flag: '--since' | '--until', text: string): TimeBound {
  const bound = parseTimeFlag(flag, text);
  refuseOutsideDatetimeRange(flag, text, bound, timeBoundAt(bound, Date.now()), 'a KQL datetime holds', 'every record');
  return bound;
}

/**
 * The config file as the query's comments name it: relative to `cwd` when under it. A file named as another origin
 * (`default`, `--threshold`) is written `./default`, so that its limits are not told as the defaults' or the flags'.
 */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown === DEFAULT_ORIGIN || shown === FLAG_ORIGIN ? `./${shown}` : shown;
}

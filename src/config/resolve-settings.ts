import { delimiter } from 'node:path';
import type { CountLimit, GateName, Gates, GateSources } from '../rules/gates.js';
import { applyOverrides, mediaTypeKey, ruleMetric, type ThresholdOverride } from '../rules/threshold-overrides.js';
import { countLimitFromConfig, parseCountLimit } from './gate-limit.js';
import { isOffWord } from './off-word.js';
import { limitFromConfig, parseThresholdFlag } from './threshold-limit.js';
import type { RuleMetric, Thresholds } from '../rules/thresholds.js';
import type { Config } from './config-schema.js';
import { INPUT_ENV } from './input-env.js';
import { configValueError } from './config-error.js';
import { ValueProblem } from './written-number.js';
import { loadConfig } from './load-config.js';
import type { WrittenNumbers } from './written-json-numbers.js';

/** The flags both commands share. */
export interface SettingsFlags {
  config?: string;
  threshold?: string[];
  format?: string;
  maxPoorCalls?: string;
  maxPoorStreams?: string;
  maxFailedCalls?: string;
  failOnUnknown?: boolean;
  failOnPoor?: boolean;
  redact?: boolean;
}

export interface Settings {
  configPath: string | null;
  /** Empty when none was named anywhere; the command says how to name them. */
  inputs: string[];
  inputsFrom: 'arguments' | 'environment' | 'config' | 'none';
  format: string | undefined;
  thresholds: Thresholds;
  gates: Gates;
  /** Where each gate set was set: its flag, or the config file's key (the crossed gate's line says it). */
  gateSources: GateSources;
  /** --redact, else the config's `redact`: reports with personal data redacted (redact-values.ts). */
  redact: boolean;
}

/** Flags, then the config file, then the defaults. Throws ConfigError (the file's values) / ThresholdError / GateError (the flags') on a bad value. */
export function resolveSettings(named: string[], flags: SettingsFlags, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const { path, config, written } = loadConfig(flags.config, cwd);
  const where: ConfigPlace = { file: path ?? 'config', written };
  const overrides = [...configOverrides(config, where), ...(flags.threshold ?? []).map(parseThresholdFlag)];
  const fromEnv = (env[INPUT_ENV] ?? '').split(delimiter).filter((p) => p.trim() !== '');
  const [inputs, inputsFrom] =
    named.length > 0
      ? ([named, 'arguments'] as const)
      : fromEnv.length > 0
        ? ([fromEnv, 'environment'] as const)
        : config.inputs?.length
          ? ([config.inputs, 'config'] as const)
          : ([[], 'none'] as const);
  const g = config.gates ?? {};
  const gates: Gates = {};
  const gateSources: GateSources = {};
  /** A gate in force, and where it was set: the flag when given (a flag wins), else the config file. */
  const set = <K extends keyof Gates>(key: K, gate: GateName, value: Gates[K] | undefined, fromFlag: unknown): void => {
    if (value === undefined || value === false) return;
    gates[key] = value;
    gateSources[gate] = fromFlag !== undefined || path === null ? { kind: 'flag', flag: `--${gate}` } : { kind: 'config', file: path, key: `gates.${key}` };
  };
  set('maxPoorCalls', 'max-poor-calls', limitOf('--max-poor-calls', flags.maxPoorCalls, g.maxPoorCalls, where, 'maxPoorCalls'), flags.maxPoorCalls);
  set('maxPoorStreams', 'max-poor-streams', limitOf('--max-poor-streams', flags.maxPoorStreams, g.maxPoorStreams, where, 'maxPoorStreams'), flags.maxPoorStreams);
  set('maxFailedCalls', 'max-failed-calls', limitOf('--max-failed-calls', flags.maxFailedCalls, g.maxFailedCalls, where, 'maxFailedCalls'), flags.maxFailedCalls);
  set('failOnUnknown', 'fail-on-unknown', flags.failOnUnknown ?? g.failOnUnknown, flags.failOnUnknown);
  set('failOnPoor', 'fail-on-poor', flags.failOnPoor ?? g.failOnPoor, flags.failOnPoor);
  return {
    configPath: path,
    inputs: [...inputs],
    inputsFrom,
    format: flags.format ?? config.format,
    thresholds: applyOverrides(overrides),
    gates,
    gateSources,
    redact: flags.redact ?? config.redact ?? false,
  };
}

/** The config file, as its errors name it, and its numbers as written (what a message about one says). */
interface ConfigPlace {
  file: string;
  written: WrittenNumbers;
}

function limitOf(flag: string, fromFlag: string | undefined, fromConfig: unknown, where: ConfigPlace, key: string): CountLimit | undefined {
  // `off` on the command line (in any case) drops a gate the config file sets, for one run.
  if (fromFlag !== undefined && isOffWord(fromFlag)) return undefined;
  if (fromFlag !== undefined) return parseCountLimit(flag, fromFlag);
  // "off" (in any case) or null in the config file is the gate off, as a threshold's "off" or null is, and as the flag's off is.
  const off = fromConfig === null || (typeof fromConfig === 'string' && isOffWord(fromConfig));
  if (fromConfig !== undefined && !off) return inFile(where, ['gates', key], fromConfig, () => countLimitFromConfig(fromConfig));
  return undefined;
}

/** A config value read by the parser the flags share; its ValueProblem placed in the file, as every config error is. */
function inFile<T>({ file, written }: ConfigPlace, path: string[], given: unknown, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ValueProblem) throw configValueError(file, path, given, error.problem, error.expected, written);
    throw error;
  }
}

function configOverrides(config: Config, where: ConfigPlace): ThresholdOverride[] {
  const out: ThresholdOverride[] = [];
  for (const [name, value] of Object.entries(config.thresholds ?? {})) {
    if (value === undefined) continue;
    const metric = ruleMetric(name) as RuleMetric;
    const origin = `${where.file}: thresholds.${name}`;
    if (value === null || typeof value !== 'object') {
      out.push({ metric, mediaType: null, limit: inFile(where, ['thresholds', name], value, () => limitFromConfig(metric, value)), origin });
      continue;
    }
    for (const [media, limit] of Object.entries(value)) {
      if (limit === undefined) continue;
      // The schema takes only the media types' own spelling.
      const key = mediaTypeKey(media)!;
      out.push({ metric, mediaType: key, limit: inFile(where, ['thresholds', name, media], limit, () => limitFromConfig(metric, limit)), origin });
    }
  }
  return out;
}

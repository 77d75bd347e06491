import { mediaTypeKey, ruleMetric } from '../rules/threshold-overrides.js';
import { ConfigError } from './config-error.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The parsed config file with the metric and media-type keys of `thresholds` spelled as the schema spells them
 * (`JitterAvg` → `jitterAvg`, `video` → `Video`), as `--threshold` takes them in any case: a key copied from a Log
 * Analytics column (`JitterAvg`) is the same limit. Keys that name neither are left as written, for the schema to
 * refuse by name. Two keys of one object that are one name in different cases are an error naming both, since
 * which of the two was meant cannot be told. The file's other keys are taken only as written. Pure: a new object.
 */
export function withCanonicalThresholdKeys(file: string, raw: unknown): unknown {
  if (!isObject(raw) || !isObject(raw.thresholds)) return raw;
  const thresholds = canonicalKeys(file, ['thresholds'], raw.thresholds, ruleMetric);
  for (const [metric, value] of Object.entries(thresholds)) {
    if (isObject(value)) thresholds[metric] = canonicalKeys(file, ['thresholds', metric], value, mediaTypeKey);
  }
  return { ...raw, thresholds };
}

function canonicalKeys(file: string, path: readonly string[], object: Json, canonical: (key: string) => string | null): Json {
  const out: Json = {};
  const writtenAs = new Map<string, string>();
  for (const [key, value] of Object.entries(object)) {
    const name = canonical(key) ?? key;
    const before = writtenAs.get(name);
    if (before !== undefined) {
      const what = path.length === 1 ? 'metric' : 'media type';
      throw new ConfigError(`${file}: ${[...path, before].join('.')} and ${[...path, key].join('.')}: one ${what} given twice (names are taken in any case); keep one`);
    }
    writtenAs.set(name, key);
    // Defined, not assigned: a key `__proto__` (JSON.parse makes it an own key) stays a key, for the schema to refuse.
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { CONFIG_GATE_EXPECTED } from './gate-limit.js';
import { limitExpected } from './threshold-limit.js';
import { RULE_METRICS, type RuleMetric } from '../rules/thresholds.js';
import { choiceOf, CONFIG_FORMATS } from './formats.js';

/**
 * The config file's schema, built on first use: zod takes ~70 ms to load, which every run without a config file
 * (most, in CI) would pay at start-up.
 */
let schema: ReturnType<typeof buildSchema> | undefined;
export function configSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema((createRequire(import.meta.url)('zod') as typeof Zod).z);
  return schema;
}

function buildSchema(z: typeof Zod.z) {
  /**
   * The schema checks the shape and the types; the values (a count is whole, a ratio at most 1, a percentage written
   * as the flags write one) are checked by the parsers the flags use (limitFromConfig, countLimitFromConfig), so that
   * the file and the flags take one grammar. Each union says what it takes: a value of another type is told so.
   */
  const limit = (m: RuleMetric) => z.union([z.number(), z.string(), z.null()], { error: limitExpected(m, true) });
  const perMedia = (m: RuleMetric) =>
    z.strictObject({
      default: limit(m).optional(),
      Audio: limit(m).optional(),
      Video: limit(m).optional(),
      VBSS: limit(m).optional(),
      AppSharing: limit(m).optional(),
    });
  const thresholds = z.strictObject(
    Object.fromEntries(
      RULE_METRICS.map((m) => [m, z.union([limit(m), perMedia(m)], { error: `${limitExpected(m, true)}, or an object of them by media type ({ "Video": 5 })` }).optional()]),
    ),
  );
  const countLimit = z.union([z.number(), z.string(), z.null()], { error: CONFIG_GATE_EXPECTED });

  /** acs-calllogs.config.json */
  return z.strictObject({
    $schema: z.string().optional(),
    /** Default inputs of `summarize` and `call` when none is named; relative to the config file. */
    inputs: z.array(z.string().min(1)).optional(),
    /** Default report format (`call` uses it when it is one of its own: text, json, markdown or junit; table is text), in any case, as --format takes it. */
    format: z.preprocess((value) => (typeof value === 'string' ? (choiceOf(value, CONFIG_FORMATS) ?? value) : value), z.enum(CONFIG_FORMATS)).optional(),
    thresholds: thresholds.optional(),
    /** Reports of `call` and `summarize` with personal data redacted, as --redact (--no-redact turns it off for one run). */
    redact: z.boolean().optional(),
    gates: z
      .strictObject({
        maxPoorCalls: countLimit.optional(),
        maxPoorStreams: countLimit.optional(),
        maxFailedCalls: countLimit.optional(),
        failOnUnknown: z.boolean().optional(),
        failOnPoor: z.boolean().optional(),
      })
      .optional(),
  });
}

export type Config = Zod.infer<ReturnType<typeof buildSchema>>;

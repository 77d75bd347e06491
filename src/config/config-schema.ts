import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { RULE_METRICS } from '../rules/thresholds.js';
import { DECIMAL_NOTATION } from '../schema/values.js';
import { SUMMARIZE_FORMATS } from './formats.js';

/** A percentage as a flag writes one: a number in decimal notation (DECIMAL_NOTATION), then %, white space around. */
const PERCENT = new RegExp(`^\\s*${DECIMAL_NOTATION.source.replace(/^\^|\$$/g, '')}\\s*%\\s*$`);

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
   * A limit: a number, a ratio's percentage ("10%", in decimal notation as --threshold reads it: "1.5e1%" too), or
   * "off" / null to turn the rule off (parseLimit judges it).
   */
  const limit = z.union([z.number(), z.literal('off'), z.string().regex(PERCENT, 'expected a number, "off", or for a ratio a percentage ("10%")'), z.null()]);
  const perMedia = z.strictObject({
    default: limit.optional(),
    Audio: limit.optional(),
    Video: limit.optional(),
    VBSS: limit.optional(),
    AppSharing: limit.optional(),
  });
  const thresholds = z.strictObject(Object.fromEntries(RULE_METRICS.map((m) => [m, z.union([limit, perMedia]).optional()])));
  const countLimit = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+(\.\d+)?%?$/, 'expected a count (3) or a percentage ("10%")')]);

  /** acs-calllogs.config.json */
  return z.strictObject({
    $schema: z.string().optional(),
    /** Default inputs of `summarize` and `call` when none is named; relative to the config file. */
    inputs: z.array(z.string().min(1)).optional(),
    /** Default report format (`call` uses it when it is one of its own: text or json). */
    format: z.enum([...SUMMARIZE_FORMATS, 'text']).optional(),
    thresholds: thresholds.optional(),
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

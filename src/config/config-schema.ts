import { z } from 'zod';
import { RULE_METRICS } from '../rules/thresholds.js';

/** A limit: a number, or "off" / null to turn the rule off. */
const limit = z.union([z.number(), z.literal('off'), z.null()]);
const perMedia = z.strictObject({
  default: limit.optional(),
  Audio: limit.optional(),
  Video: limit.optional(),
  VBSS: limit.optional(),
  AppSharing: limit.optional(),
});
const thresholds = z.strictObject(Object.fromEntries(RULE_METRICS.map((m) => [m, z.union([limit, perMedia]).optional()])));
const countLimit = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+(\.\d+)?%?$/, 'expected a count (3) or a percentage ("10%")')]);

export const SUMMARIZE_FORMATS = ['table', 'json', 'junit', 'markdown', 'ndjson', 'github', 'csv'] as const;
export type SummarizeFormat = (typeof SUMMARIZE_FORMATS)[number];
export const CALL_FORMATS = ['text', 'json'] as const;
export type CallFormat = (typeof CALL_FORMATS)[number];

/** acs-calllogs.config.json */
export const configSchema = z.strictObject({
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
      failOnUnknown: z.boolean().optional(),
      failOnPoor: z.boolean().optional(),
    })
    .optional(),
});

export type Config = z.infer<typeof configSchema>;

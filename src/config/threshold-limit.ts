import { RULE_METRICS, type RuleMetric } from '../rules/thresholds.js';
import { ThresholdError } from '../rules/threshold-error.js';
import { MEDIA_TYPE_KEYS, mediaTypeKey, ruleMetric, type ThresholdOverride } from '../rules/threshold-overrides.js';
import { didYouMean } from './nearest-names.js';
import { jsonKind } from './json-kind.js';
import { isOffWord } from './off-word.js';
import { notNegative, readFlagValue, readWrittenNumber, ValueProblem } from './written-number.js';

/** A threshold's limit as a flag or the config file writes it (the rules take it read: rules/threshold-overrides.ts). */

/** `--threshold roundTripTimeAvg=900`, `--threshold videoFrameRateAvg.VBSS=2`, `--threshold jitterAvg.Video=off`. */
export function parseThresholdFlag(text: string): ThresholdOverride {
  const match = /^([A-Za-z]+)(?:\.([A-Za-z]+))?=(.*)$/s.exec(text);
  if (!match) throw new ThresholdError(`--threshold '${text}': expected <metric>[.<mediaType>]=<number|off>, e.g. roundTripTimeAvg=900, videoFrameRateAvg.VBSS=2 or packetLossRateAvg=15%`);
  const [, name, media, value] = match;
  const metric = ruleMetric(name!);
  if (!metric) throw new ThresholdError(`--threshold '${text}': unknown metric '${name}'${didYouMean(name!, RULE_METRICS)}; expected one of ${RULE_METRICS.join(', ')}`);
  let mediaType: string | null = null;
  if (media !== undefined) {
    mediaType = mediaTypeKey(media);
    if (!mediaType) throw new ThresholdError(`--threshold '${text}': unknown media type '${media}'${didYouMean(media, MEDIA_TYPE_KEYS)}; expected one of ${MEDIA_TYPE_KEYS.join(', ')}`);
  }
  const limit = readFlagValue(`--threshold '${text}':`, value!, () => limitFromText(metric, value!, false), ThresholdError);
  return { metric, mediaType, limit, origin: '--threshold' };
}

/** Metrics logged as a ratio from 0 to 1 (0.1 is 10%): their limits may be written as a percentage too. */
const RATIO_METRICS: ReadonlySet<RuleMetric> = new Set(['packetLossRateAvg', 'healedDataRatioAvg', 'healedDataRatioMax']);

/** What a limit of the metric takes, as a flag or (`inConfig`) the config file writes it. */
export function limitExpected(metric: RuleMetric, inConfig: boolean): string {
  const off = inConfig ? ', "off" or null' : ' or off';
  return RATIO_METRICS.has(metric) ? `a number from 0 to 1 (0.15), a percentage (${inConfig ? '"15%"' : '15%'})${off}` : `a number of at least 0 (900)${off}`;
}

/**
 * A limit of a metric as a flag writes it: a number as JSON writes one, an exponent allowed (config/written-number.ts),
 * `off` in any case (null), or for a ratio a percentage (`10%` is 0.1). A ValueProblem for anything else. `inConfig`: the text is
 * a config file's string, and the problem says what the file takes.
 */
export function limitFromText(metric: RuleMetric, text: string, inConfig: boolean): number | null {
  if (isOffWord(text)) return null;
  const expected = limitExpected(metric, inConfig);
  const { fraction, percent } = readWrittenNumber(text, expected, { percent: true, exponent: true });
  if (percent && !RATIO_METRICS.has(metric)) throw new ValueProblem(`has a %, but ${metric} is not a ratio`, expected);
  if (inConfig && !percent) throw new ValueProblem('is a number written as a string: write it as a number', expected);
  return checkedLimit(metric, fraction, expected);
}

/** A limit of the config file: a JSON number, a string (as limitFromText reads it), or null (off). */
export function limitFromConfig(metric: RuleMetric, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value === 'string') return limitFromText(metric, value, true);
  const expected = limitExpected(metric, true);
  if (typeof value !== 'number') throw new ValueProblem(`is ${jsonKind(value)}`, expected);
  // 1e999, which JSON.parse reads as Infinity: too large, as a flag's is said.
  if (!Number.isFinite(value)) throw new ValueProblem('is too large', expected);
  return checkedLimit(metric, value, expected);
}

/**
 * A limit no value can cross is refused rather than taken: a negative one (every stream would be poor, or none), a
 * ratio over 1 (`10` written for 10%: no stream could ever be poor by it).
 */
function checkedLimit(metric: RuleMetric, n: number, expected: string): number {
  notNegative(n, expected);
  if (RATIO_METRICS.has(metric) && n > 1) throw new ValueProblem(`is over 1: ${metric} is a ratio from 0 to 1 (0.1 or 10% for a tenth)`, expected);
  return n;
}


import { RULE_METRICS, type Rule, type RuleMetric, type Thresholds } from '../rules/thresholds.js';
import { RULE_COLUMNS } from './acs-tables.js';
import { kqlCommentText, kqlNumber, kqlString } from './kql-literal.js';
import { type LimitOrigins, originOf } from './limit-origins.js';

/** The per-stream breach columns: one boolean column per rule that is on for some media type. */
export interface StreamFlags {
  /** `extend` assignments, one block per rule that is on, each block's lines without a trailing comma. */
  blocks: string[][];
  /** Comment lines for the rules that are off for every media type. */
  offRules: string[];
  /** The breach column of each rule that is on, in rule order. */
  flags: Array<{ metric: RuleMetric; column: string }>;
  /**
   * For each rule that is on, in rule order, when it judges a stream (judgingLimit in src/rules/evaluate-stream.ts):
   * its metric logged and a limit for the stream's media type. A stream none of them judges is of unknown quality.
   */
  judged: string[];
}

export function flagColumn(metric: RuleMetric): string {
  return `${RULE_COLUMNS[metric]}Breach`;
}

/**
 * The rules in KQL, as the CLI applies them (src/rules/evaluate-stream.ts): the limit of the stream's MediaType
 * (matched in any case), else the rule's `default`, else none; a missing value breaches nothing; a value equal to
 * its limit is not a breach.
 */
export function streamFlags(thresholds: Thresholds, origins: LimitOrigins): StreamFlags {
  const result: StreamFlags = { blocks: [], offRules: [], flags: [], judged: [] };
  for (const metric of RULE_METRICS) {
    const block = ruleBlock(metric, thresholds[metric], origins);
    if (block === null) {
      result.offRules.push(`// ${metric}: off for every media type (${offOrigins(metric, thresholds[metric], origins)})`);
      continue;
    }
    result.blocks.push(block);
    result.flags.push({ metric, column: flagColumn(metric) });
    result.judged.push(judgedCondition(metric, thresholds[metric]));
  }
  return result;
}

function ruleBlock(metric: RuleMetric, rule: Rule, origins: LimitOrigins): string[] | null {
  const column = RULE_COLUMNS[metric];
  const fallback = rule.limits.default ?? null;
  const origin = (key: string) => kqlCommentText(originOf(origins, metric, key));
  const compare = (limit: number) => `${column} ${rule.breachWhen === 'above' ? '>' : '<'} ${kqlNumber(limit)}`;
  // A media type needs its own branch only when its limit differs from what the others get.
  const branches = Object.entries(rule.limits).filter(([key, limit]) => key !== 'default' && limit !== fallback);
  const head = `${flagColumn(metric)} = isnotnull(${column}) and`;
  if (branches.length === 0) {
    if (fallback === null) return null;
    return [`// ${metric}: breach ${rule.breachWhen} ${kqlNumber(fallback)} (${origin('default')})`, `${head} ${compare(fallback)}`];
  }
  const lines = [`// ${metric}: breach ${rule.breachWhen} the limit of the stream's media type`, `${head} case(`];
  const tests = branches.map(([mediaType, limit]) => `    MediaType =~ ${kqlString(mediaType)}, ${limit === null ? 'false' : compare(limit)},`);
  const width = Math.max(...tests.map((t) => t.length)) + 2;
  branches.forEach(([mediaType, limit], i) => {
    lines.push(`${tests[i]!.padEnd(width)}// ${kqlCommentText(mediaType)}: ${limit === null ? 'off' : kqlNumber(limit)} (${origin(mediaType)})`);
  });
  lines.push(`    // other media types: ${fallback === null ? 'no limit' : `${kqlNumber(fallback)} (${origin('default')})`}`);
  lines.push(`    ${fallback === null ? 'false' : compare(fallback)})`);
  return lines;
}

/**
 * When a rule that is on judges a stream: its value logged, and its media type (in any case, as `=~` matches it) one
 * with a limit — those named with one when there is no fallback, any but those named off when there is.
 */
function judgedCondition(metric: RuleMetric, rule: Rule): string {
  const column = RULE_COLUMNS[metric];
  const fallback = rule.limits.default ?? null;
  const named = Object.entries(rule.limits).filter(([key]) => key !== 'default');
  const listed = (keys: string[]) => `(${keys.map(kqlString).join(', ')})`;
  if (fallback === null) return `(isnotnull(${column}) and MediaType in~ ${listed(named.filter(([, limit]) => limit != null).map(([key]) => key))})`;
  const off = named.filter(([, limit]) => limit == null).map(([key]) => key);
  return off.length === 0 ? `isnotnull(${column})` : `(isnotnull(${column}) and MediaType !in~ ${listed(off)})`;
}

function offOrigins(metric: RuleMetric, rule: Rule, origins: LimitOrigins): string {
  const keys = Object.keys(rule.limits);
  const labels = new Set((keys.length ? keys : ['default']).map((key) => kqlCommentText(originOf(origins, metric, key))));
  return [...labels].join(', ');
}

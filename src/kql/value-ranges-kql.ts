import { RULE_METRICS } from '../rules/thresholds.js';
import { METRIC_RANGES, type ValueRange } from '../schema/value-ranges.js';
import { RULE_COLUMNS, RULE_COLUMN_TYPES } from './acs-tables.js';
import { kqlNumber } from './kql-literal.js';

/**
 * That `column` holds a value of its range, as the reader tests it (inRange, src/schema/record-being-read.ts): from 0
 * to the range's max, both included (`between` is inclusive); `>= 0` for a range with no max. Null for a null column.
 */
export function inRangeCondition(column: string, range: ValueRange): string {
  return range.max === Infinity ? `${column} >= 0` : `${column} between (0 .. ${kqlNumber(range.max)})`;
}

/**
 * The `extend` assignments, one per metric the rules read, that make a value out of its range (METRIC_RANGES: below
 * 0, a ratio over 1, a freeze over the 60000 ms of a minute) null, as the reader makes it absent: a rule then judges
 * it as a missing value, not as a measurement. Without trailing commas.
 */
export function metricRangeGuards(): string[] {
  return RULE_METRICS.map((metric) => {
    const column = RULE_COLUMNS[metric];
    return `${column} = iff(${inRangeCondition(column, METRIC_RANGES[metric])}, ${column}, ${RULE_COLUMN_TYPES[metric]}(null))`;
  });
}

/**
 * The moments a KQL datetime holds: "from 00:00:00 (midnight), January 1, 0001 A.D. through 11:59:59 P.M., December
 * 31, 9999 A.D." (learn.microsoft.com/kusto/query/scalar-data-types/datetime). A time bound past them cannot be
 * written as `datetime(…)` (JavaScript would print year 0 or +010000), nor reached by `ago()`.
 */
export const KQL_DATETIME_MIN_MS = Date.parse('0001-01-01T00:00:00.000Z');
export const KQL_DATETIME_MAX_MS = Date.parse('9999-12-31T23:59:59.999Z');

/** Whether the moment is before or after the range of a KQL datetime; null inside it. */
export function outsideKqlDatetime(epochMs: number): 'before' | 'after' | null {
  return epochMs < KQL_DATETIME_MIN_MS ? 'before' : epochMs > KQL_DATETIME_MAX_MS ? 'after' : null;
}

const TICKS = '▁▂▃▄▅▆▇█';

/**
 * Values as a sparkline of at most `width` characters (samples are averaged into buckets when there are more).
 * The scale runs from 0 (or the lowest value, if negative) to the highest value or the limit, whichever is larger,
 * so a series that never nears its limit stays low.
 */
export function sparkline(values: number[], width: number, limit?: number): string {
  if (values.length === 0) return '';
  const buckets = bucket(values, width);
  const low = Math.min(0, ...buckets);
  const high = Math.max(...buckets, limit ?? -Infinity);
  const range = high - low || 1;
  return buckets.map((v) => TICKS[Math.min(TICKS.length - 1, Math.floor(((v - low) / range) * TICKS.length))]).join('');
}

function bucket(values: number[], width: number): number[] {
  if (values.length <= width) return values;
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const from = Math.floor((i * values.length) / width);
    const to = Math.floor(((i + 1) * values.length) / width);
    const slice = values.slice(from, Math.max(to, from + 1));
    out.push(slice.reduce((a, b) => a + b, 0) / slice.length);
  }
  return out;
}

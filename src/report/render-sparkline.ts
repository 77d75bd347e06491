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

/**
 * Samples placed by their time: a column a window of `interval` ms from the first sample to the last, so that a gap
 * (windows that logged nothing: a client reconnecting, a muted stream) shows as a gap (` `) rather than closing up, and
 * two samples of one window (one logged twice, as differing rows) are one column, their mean. With more windows than
 * `width`, each column is an equal share of that time, the mean of the samples in it (empty only where none fell).
 */
export function sparklineOverTime(points: ReadonlyArray<{ time: number; value: number }>, interval: number, width: number, limit?: number): string {
  if (points.length === 0) return '';
  // A loop, not Math.min(...): a series of a long call may have more samples than a call's arguments may.
  let [first, last] = [Infinity, -Infinity];
  for (const p of points) [first, last] = [Math.min(first, p.time), Math.max(last, p.time)];
  const step = interval > 0 ? interval : 1;
  const slots = Math.round((last - first) / step) + 1;
  const columns = Math.min(slots, width);
  const sums = new Array<number>(columns).fill(0);
  const counts = new Array<number>(columns).fill(0);
  for (const p of points) {
    const slot = Math.min(slots - 1, Math.round((p.time - first) / step));
    const column = Math.min(columns - 1, Math.floor((slot * columns) / slots));
    sums[column]! += p.value;
    counts[column]! += 1;
  }
  const values = sums.flatMap((sum, i) => (counts[i] === 0 ? [] : [sum / counts[i]!]));
  const ticks = [...sparkline(values, values.length, limit)];
  return counts.map((n) => (n === 0 ? ' ' : ticks.shift()!)).join('');
}

import type { MediaStatsRecord } from '../schema/call-record.js';

/**
 * The figures of one media-stats series (evaluate-media-series.ts) over the whole call: the mean of every data point
 * sampled, the least Minimum and the greatest Maximum (else of the windows' values, and never above or below one).
 */
export interface SeriesStats {
  average: number;
  minimum: number;
  maximum: number;
}

/**
 * A row's value: the mean of the data points its window sampled. The article has Average = Sum / Count, so Sum / Count
 * where both are logged (a Count of at least one), else its Average. One definition for a window's point, its breach,
 * the series' minimum and maximum and its average: were the average Σ Sum / Σ Count and a point the row's Average, a
 * row logging Sum 200, Count 10 and Average 40 would make a series of average 20 past a limit of 30 in every window.
 */
export function windowValue(s: Pick<MediaStatsRecord, 'sum' | 'count' | 'average'>): number | null {
  if (s.sum === null || s.count === null || s.count <= 0) return s.average;
  const mean = s.sum / s.count;
  return Number.isFinite(mean) ? mean : s.average;
}

/**
 * The series' figures. Its average is the mean of every data point its windows sampled: each window weighs by its Count
 * (Average × Count is its Sum), so a window of one sample at 100 ms does not count as much as one of ten at 10 ms. A
 * window that logs no Count weighs as the windows that log one do on average; when none logs one, every window weighs
 * alike (the mean of their values).
 */
export function statsOf(samples: readonly MediaStatsRecord[]): SeriesStats | null {
  const windows = samples.flatMap((s) => {
    const value = windowValue(s);
    return value === null ? [] : [{ s, value, count: s.count !== null && s.count > 0 ? s.count : null }];
  });
  if (windows.length === 0) return null;
  const counts = windows.flatMap((w) => (w.count === null ? [] : [w.count]));
  const usualCount = counts.length === 0 ? 1 : counts.reduce((total, c) => total + c, 0) / counts.length;
  let total = 0;
  let weights = 0;
  let minimum = Infinity;
  let maximum = -Infinity;
  for (const { s, value, count } of windows) {
    const weight = count ?? usualCount;
    // Its Sum as logged where the value is Sum / Count (not its Average, for a Sum / Count past a double):
    // Σ Sum / Σ Count without a division and a product between.
    total += s.sum !== null && count !== null && value === s.sum / count ? s.sum : value * weight;
    weights += weight;
    // A window's least data point is at most its mean, and its greatest at least: a Minimum logged above the mean
    // (or a Maximum below) is not let make a series whose minimum is above its average.
    minimum = Math.min(minimum, s.minimum ?? value, value);
    maximum = Math.max(maximum, s.maximum ?? value, value);
  }
  const average = Number.isFinite(total) && Number.isFinite(weights) ? total / weights : scaledMean(windows);
  return { average, minimum, maximum };
}

/**
 * The same mean with each weight taken relative to the largest, for sums or counts so large (`1e308`) that adding
 * them overflows: Infinity / Infinity made the average NaN, and a finite total over Infinity 0.
 */
function scaledMean(windows: ReadonlyArray<{ value: number; count: number | null }>): number {
  const largest = windows.reduce((most, w) => Math.max(most, w.count ?? 0), 0) || 1;
  // A window without a Count weighs as the counted ones do on average (statsOf), each relative to the largest.
  const relative = windows.flatMap((w) => (w.count === null ? [] : [w.count / largest]));
  const usual = relative.length === 0 ? 1 : relative.reduce((sum, r) => sum + r, 0) / relative.length;
  let total = 0;
  let weights = 0;
  for (const { value, count } of windows) {
    const weight = count === null ? usual : count / largest;
    total += value * weight;
    weights += weight;
  }
  return total / weights;
}

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of a proportion (Wilson 1927): successes of trials at confidence z.
 * Unlike the normal ("Wald") interval it stays inside [0, 1] and is not zero-width at 0 or n successes,
 * which matters for the small counts of rare operations. Null without trials.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At none and at all, an end is 0 or 1 exactly: centre − half rounds to 2.8e-17 at 0 of 7, which ranked a group of
  // 0 of 7 above one of 0 of 8 (worstFirst) where the rate, poor count and name should decide.
  return { low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === trials ? 1 : Math.min(1, centre + half) };
}

import { compareText } from '../../model/compare-text.js';
import { compareVersionText } from '../../model/compare-version-text.js';
import { type Interval, wilsonInterval } from './wilson-interval.js';
import { sortWorstFirst } from './worst-first.js';

/** One group of a breakdown: how many of its items there are and how many are poor (or failed, dropped …). */
export interface RateRow {
  /** The group's value as logged (a media type, an SDK version …); null when the logs do not say. */
  key: string | null;
  total: number;
  poor: number;
  /** poor / total, 0 when total is 0. */
  rate: number;
  /** 95% confidence interval of the rate (Wilson), as the client operations' success rates have one. */
  interval: Interval;
}

/** How two groups' values are ordered when their rates and poor counts tie: compareNames, or compareVersionNames. */
export type NameOrder = (a: string | null, b: string | null) => number;

/** Counts items into groups by key (null: not logged). */
export class RateCounter {
  private readonly groups = new Map<string | null, { total: number; poor: number }>();

  constructor(private readonly byName: NameOrder = compareNames) {}

  add(key: string | null, poor: boolean): void {
    const group = this.group(key);
    group.total++;
    if (poor) group.poor++;
  }

  /** Adds the groups of rows counted elsewhere (another part of the calls). */
  addRows(rows: readonly RateRow[]): void {
    for (const row of rows) {
      const group = this.group(row.key);
      group.total += row.total;
      group.poor += row.poor;
    }
  }

  private group(key: string | null): { total: number; poor: number } {
    let group = this.groups.get(key);
    if (group === undefined) this.groups.set(key, (group = { total: 0, poor: 0 }));
    return group;
  }

  /** Worst first (sortWorstFirst): by the low end of the poor rate's interval, then the rate, most poor, `byName`. */
  rows(): RateRow[] {
    const rows = [...this.groups].map(([key, g]) => ({ key, total: g.total, poor: g.poor, rate: g.total === 0 ? 0 : g.poor / g.total, interval: wilsonInterval(g.poor, g.total) ?? { low: 0, high: 1 } }));
    return sortWorstFirst(rows, (row) => ({ bad: row.poor, total: row.total }), (a, b) => this.byName(a.key, b.key));
  }
}

/** The rows of several parts of the calls as one part's: counts added, rates and order (by `byName` on ties) worked out again. */
export function mergeRateRows(parts: ReadonlyArray<readonly RateRow[]>, byName: NameOrder = compareNames): RateRow[] {
  const counter = new RateCounter(byName);
  for (const rows of parts) counter.addRows(rows);
  return counter.rows();
}

/** Names in a stable, locale-free order; null (not logged) last. */
export function compareNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** Versions (an SDK's) in their numbers' order, 1.3.0 before 1.10.0 (compareVersionText); null (not logged) last. */
export function compareVersionNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareVersionText(a, b);
}

/** Counts by key, most first, then by name. */
export class TallyCounter<K> {
  private readonly counts = new Map<string, { key: K; count: number }>();

  constructor(private readonly id: (key: K) => string) {}

  add(key: K, n = 1): void {
    const id = this.id(key);
    const entry = this.counts.get(id) ?? { key, count: 0 };
    entry.count += n;
    this.counts.set(id, entry);
  }

  entries(): Array<{ key: K; count: number }> {
    return [...this.counts]
      .sort(([idA, a], [idB, b]) => b.count - a.count || compareNames(idA, idB))
      .map(([, entry]) => entry);
  }
}

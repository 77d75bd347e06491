import { wilsonInterval } from './wilson-interval.js';

/** What the worst-first order reads of a group: its bad items (poor streams, failed attempts) of all its items. */
export interface BadCount {
  bad: number;
  total: number;
}

/**
 * Groups worst first by the bad share their counts show for certain: the low end of its 95% Wilson interval, then the
 * share itself, then most bad, then `byName`. The one order of every rated breakdown: the poor-stream groups (poor of
 * streams) and the client operations (failed of attempts: the low end of the failure rate's interval is the high end
 * of the success rate's, so the operations the counts show failing most often come first). By the share alone, one
 * poor stream of 1 (100%) ranked above 400 of 1,000 (40%), and one failed attempt of 1 (0% success) above 300 failed
 * joins of 1,000: at fleet size the ten rows shown were groups of an item or two whose rate is chance. 1 of 1 is
 * 20.6%–100% (as shown), 400 of 1,000 37.0%–43.1%: the second is worse for certain; 3 of 3 (43.9%–100%) still ranks
 * above it, its interval saying how little it is.
 */
export function sortWorstFirst<T>(items: readonly T[], count: (item: T) => BadCount, byName: (a: T, b: T) => number): T[] {
  return items
    .map((item) => ({ item, ...rankOf(count(item)) }))
    .sort((a, b) => b.low - a.low || b.share - a.share || b.bad - a.bad || byName(a.item, b.item))
    .map(({ item }) => item);
}

function rankOf({ bad, total }: BadCount): { low: number; share: number; bad: number } {
  return { low: wilsonInterval(bad, total)?.low ?? 0, share: total === 0 ? 0 : bad / total, bad };
}

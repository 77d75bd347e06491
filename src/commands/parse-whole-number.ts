import { UsageError } from './usage-error.js';

/** --limit: a whole number of at least 1. */
export function parseListLimit(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--limit '${value}': expected a whole number of at least 1`);
  return Number(value);
}

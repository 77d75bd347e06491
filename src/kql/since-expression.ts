import type { TimeBound } from '../config/time-bound.js';

/** The KQL expression for the moment: `ago(7d)` or `datetime(2026-11-20T00:00:00Z)`. KQL has no week unit: `2w` is `ago(14d)`. */
export function sinceExpression(since: TimeBound): string {
  if (since.kind === 'ago') return since.unit === 'w' ? `ago(${since.amount * 7}d)` : `ago(${since.amount}${since.unit})`;
  const iso = new Date(since.epochMs).toISOString().replace('.000Z', 'Z');
  return `datetime(${iso})`;
}

import type { TimeBound } from '../config/time-bound.js';

/** The KQL expression for the moment: `ago(7d)` or `datetime(2026-11-20T00:00:00Z)`. KQL has no week unit: `2w` is `ago(14d)`. */
export function timeBoundExpression(bound: TimeBound): string {
  if (bound.kind === 'ago') return bound.unit === 'w' ? `ago(${bound.amount * 7}d)` : `ago(${bound.amount}${bound.unit})`;
  const iso = new Date(bound.epochMs).toISOString().replace('.000Z', 'Z');
  return `datetime(${iso})`;
}

import type { RuleMetric } from './thresholds.js';

/** One metric of one stream over its limit: the unit of the JSON contract's `issues`. */
export interface StreamIssue {
  metric: RuleMetric;
  value: number;
  threshold: number;
  mediaType: string | null;
  participantId: string | null;
  endpointId: string | null;
  endpointType: string | null;
  streamId: string | null;
}

export type Quality = 'good' | 'poor' | 'unknown';

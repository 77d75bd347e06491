import type { Direction } from '../schema/direction-word.js';
import type { RuleMetric } from './thresholds.js';

/** A stream as the summary reports name it: its media, its leg's ids, its own id, and the direction its log names. */
export interface StreamRef {
  mediaType: string | null;
  participantId: string | null;
  endpointId: string | null;
  endpointType: string | null;
  streamId: string | null;
  /**
   * The direction the stream's log names (StreamDirection), read into the vocabulary; null when it names none. Not
   * inferred: a leg's inbound and outbound streams of one media type share every id, so only this tells which one
   * is meant (which one breached, which one carried no packets).
   */
  direction: Direction | null;
}

/** One metric of one stream over its limit: the unit of the JSON contract's `issues`. */
export interface StreamIssue extends StreamRef {
  metric: RuleMetric;
  value: number;
  threshold: number;
}

export type Quality = 'good' | 'poor' | 'unknown';

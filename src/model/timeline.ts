import type { Call, Leg } from './call.js';
import type { OperationRecord } from '../schema/call-record.js';

export type TimelineKind = 'call-start' | 'join' | 'leave' | 'call-end' | 'operation' | 'media';

export interface TimelineEvent {
  /** epoch ms */
  time: number;
  kind: TimelineKind;
  participantId?: string;
  endpointId?: string;
  detail?: string;
  /**
   * What the event is of, for the reports that word it from the record itself (the text's and Markdown's event list:
   * an operation's latency, a leave's end code and what it means): a join's or a leave's leg, an operation's record.
   * Not in JSON, whose `detail` words it (call-document.ts).
   */
  leg?: Leg;
  operation?: OperationRecord;
}

/**
 * What the caller knows of an event beyond what its record says, after its detail: how a leg's end code reads
 * (" (dropped)"), what a client operation was about (" (500)", " — networkReconnect: Bad").
 */
export interface TimelineWords {
  leave?: (leg: Leg) => string;
  operation?: (op: OperationRecord) => string;
}

const KIND_ORDER: Record<TimelineKind, number> = { 'call-start': 0, join: 1, operation: 2, media: 3, leave: 4, 'call-end': 5 };

/**
 * What happened when: the call's start and end, a join and a leave per leg, every client operation, and the extra
 * events the caller adds (media-stats breach windows). In time order. Only what the logs say: a leg without its
 * start time has no join nor leave, and one without its duration no leave (not the call's start or end instead).
 */
export function buildTimeline<E extends TimelineEvent = TimelineEvent>(call: Call, extra: E[] = [], say: TimelineWords = {}): Array<TimelineEvent | E> {
  const events: Array<TimelineEvent | E> = [];
  if (call.startTime !== null) events.push({ time: call.startTime, kind: 'call-start' });
  for (const leg of call.legs) {
    const start = leg.participantStartTime;
    if (start === null) continue;
    // P2P legs have no participantId: the endpointId names them.
    const who: Pick<TimelineEvent, 'participantId' | 'endpointId'> = {};
    if (leg.participantId) who.participantId = leg.participantId;
    if (leg.endpointId) who.endpointId = leg.endpointId;
    events.push({ time: start, kind: 'join', ...who, detail: leg.endpointType ?? 'unknown endpoint', leg });
    if (leg.participantDuration === null) continue;
    const reason = `end reason ${leg.endReasonCode ?? '?'}${leg.endReasonSubCode !== null ? `/${leg.endReasonSubCode}` : ''}`;
    events.push({ time: start + leg.participantDuration * 1000, kind: 'leave', ...who, detail: `${reason}${say.leave?.(leg) ?? ''}`, leg });
  }
  for (const op of call.operations) {
    if (op.time === null) continue;
    const event: TimelineEvent = { time: op.time, kind: 'operation' };
    if (op.participantId) event.participantId = op.participantId;
    if (op.endpointId) event.endpointId = op.endpointId;
    event.detail = `${`${op.operationName ?? '?'} ${op.resultType ?? ''}`.trim()}${say.operation?.(op) ?? ''}`;
    event.operation = op;
    events.push(event);
  }
  events.push(...extra);
  if (call.endTime !== null) events.push({ time: call.endTime, kind: 'call-end' });
  return events.sort((a, b) => a.time - b.time || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

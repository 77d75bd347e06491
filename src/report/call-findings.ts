import { describeIssueShort, describeNoPackets, legNamesOf } from './describe-issue.js';
import { unknownReason, unreadStreamsNote } from './describe-unknown.js';
import type { CallJson } from './summary-document.js';

/**
 * All a summary says of one call, one finding a line, unabridged: its issues, the legs that failed, the streams with
 * no packets, and why its quality is unknown or which streams no rule judged. The Markdown report puts them in the
 * call's cell a line each; the CSV report in its `breaches` cell, "; " between them.
 */
export function callFindings(call: CallJson): string[] {
  const legs = legNamesOf(call);
  const unread = call.quality === 'unknown' ? `quality unknown: ${unknownReason(call)}` : unreadStreamsNote(call);
  return [
    ...call.issues.map((i) => `${legs.issue(i)}: ${describeIssueShort(i)}`),
    ...call.failedLegs.map(legs.failed),
    ...call.zeroPacketStreams.map((s) => `${legs.issue(s)}: ${describeNoPackets(s)}`),
    ...(unread === null ? [] : [unread]),
  ];
}

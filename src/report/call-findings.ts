import { inFindingOrder, legEndKinds } from '../rules/finding-order.js';
import { describeIssueShort, describeNoPackets, legNamesOf } from './describe-issue.js';
import { unknownReason, unreadStreamsNote } from './describe-unknown.js';
import type { CallJson } from './summary-document.js';

/**
 * All a summary says of one call, one finding a line, unabridged, in FINDING_ORDER (finding-order.ts): the legs that
 * dropped, then those that failed, its issues, the streams with no packets; then why its quality is unknown or which
 * streams no rule judged. The Markdown report puts them in the
 * call's cell a line each; the CSV report in its `breaches` cell, "; " between them.
 */
export function callFindings(call: CallJson): string[] {
  const legs = legNamesOf(call);
  const unread = call.quality === 'unknown' ? `quality unknown: ${unknownReason(call)}` : unreadStreamsNote(call);
  const { dropped, failed } = legEndKinds(call.failedLegs);
  return [
    ...inFindingOrder({
      dropped: dropped.map(legs.failed),
      failed: failed.map(legs.failed),
      stream: call.issues.map((i) => `${legs.issue(i)}: ${describeIssueShort(i)}`),
      noPackets: call.zeroPacketStreams.map((s) => `${legs.issue(s)}: ${describeNoPackets(s)}`),
    }),
    ...(unread === null ? [] : [unread]),
  ];
}

import { type FindingsByKind, inFindingOrder, legEndKinds } from '../rules/finding-order.js';
import type { StreamIssue } from '../rules/issue.js';
import { describeIssueShort, describeNoPackets, legNamesOf } from './describe-issue.js';
import { unknownReason, unreadStreamsNote } from './describe-unknown.js';
import type { CallJson } from './summary-document.js';

/**
 * What makes a call fail in a summary, one finding a line, unabridged, in FINDING_ORDER (finding-order.ts): the legs
 * that dropped, then those that failed ("leg 9ccaf27a: dropped 410/3101"), then its stream issues, each worded by
 * `describe` (a cell's "Audio RTT 612 > 500 ms", or JUnit's describeIssueLong with what it does to people). Plain
 * text, with text from logs in it as logged: each report makes it safe for its medium (safeText, escapeMarkdown,
 * xmlText). The one list the Markdown, CSV, GitHub and JUnit reports build a call's findings from.
 */
export function callBreaches(call: CallJson, describe: (issue: StreamIssue) => string = describeIssueShort): string[] {
  return inFindingOrder(breachesByKind(call, legNamesOf(call), describe));
}

function breachesByKind(call: CallJson, legs: ReturnType<typeof legNamesOf>, describe: (issue: StreamIssue) => string): FindingsByKind<string> {
  const { dropped, failed } = legEndKinds(call.failedLegs);
  return { dropped: dropped.map(legs.failed), failed: failed.map(legs.failed), stream: call.issues.map((i) => `${legs.issue(i)}: ${describe(i)}`) };
}

/**
 * All a summary says of one call, one finding a line, unabridged, in FINDING_ORDER: its breaches (callBreaches) and
 * the streams with no packets; then why its quality is unknown or which streams no rule judged. The
 * Markdown report puts them in the call's cell a line each; the CSV report in its `breaches` cell, "; " between them.
 */
export function callFindings(call: CallJson): string[] {
  const legs = legNamesOf(call);
  const unread = call.quality === 'unknown' ? `quality unknown: ${unknownReason(call)}` : unreadStreamsNote(call);
  const noPackets = call.zeroPacketStreams.map((s) => `${legs.issue(s)}: ${describeNoPackets(s)}`);
  return [...inFindingOrder({ ...breachesByKind(call, legs, describeIssueShort), noPackets }), ...(unread === null ? [] : [unread])];
}

import type { CallStory } from '../rules/assess-call-story.js';
import type { GateResult } from '../rules/gates.js';
import { visibleId } from '../schema/visible-id.js';
import { zeroPacketStreamsOf } from '../rules/zero-packet-streams.js';
import { callIssueLines, endReasonText, legName } from './call-issue-lines.js';
import { legNameOf, offset } from './call-story-ids.js';
import { describeNoPackets, issueLeg } from './describe-issue.js';
import { streamCountsOf, unreadStreamsNote } from './describe-unknown.js';
import { formatDuration, NO_CALL_TYPE } from './format-values.js';
import { junitFailureMessage } from './junit-failure-message.js';
import type { StrictCheck } from './describe-invalid.js';
import type { JudgedNothing } from './gates-judged-nothing.js';
import { unknownCallSkipped } from './junit-skipped.js';
import { gatesTestsuite, strictCounts, strictTestsuite, xmlText } from './render-junit.js';
import { XML_DECLARATION, xmlElement, xmlEnd, xmlStart } from './xml-markup.js';
import { junitMilliseconds, junitTime } from './junit-time.js';
import { junitTimestamp } from './junit-timestamp.js';

/**
 * One call as JUnit XML, for a pipeline that places a test call and judges it with `call --fail-on-poor`: a
 * testsuite holding the call as one testcase, as summarize writes each call (render-junit.ts: name its id,
 * classname its call type). It fails when the call is poor by `call`'s verdict (stream issues, and dropped or failed
 * legs, failed client operations and client media stats past their limit), the failure listing every issue as the
 * text report words it; it is skipped when the call's quality is unknown. Its legs, how long each stayed and how it
 * ended, and its streams with no packets, are in its system-out, which Jenkins shows with any testcase, GitLab with a
 * failed or (its current parser) a passed one and Azure DevOps with a failed one only; a skipped testcase's text says
 * them under its reason (unknownCallSkipped), since neither of those shows its system-out. Its
 * duration is its `time` (junit-time.ts), the testsuite's too, and its start every testsuite's `timestamp`
 * (junit-timestamp.ts). The gates set follow, as summarize's, and with --strict (`strict`) the input's testcase,
 * failed by an invalid record (strictTestsuite).
 */
export function renderCallJunit(story: CallStory, gates: readonly GateResult[], strict: StrictCheck | null = null, judgedNothing: readonly JudgedNothing[] = []): string {
  const { call } = story;
  const poor = story.quality === 'poor' ? 1 : 0;
  const unknown = story.quality === 'unknown' ? 1 : 0;
  const gateFailures = gates.filter((g) => g.crossed).length;
  const { tests: strictTests, failures: strictFailures } = strictCounts(strict);
  // The call's duration as the testcase's `time`, and so the testsuite's and <testsuites>' (junit-time.ts).
  const time = junitTime(junitMilliseconds(call.durationSeconds));
  // Its start as every testsuite's `timestamp`, as summarize's (render-junit.ts).
  const stamp = junitTimestamp([call.startTime]);
  const attributes = { name: xmlText(visibleId(call.correlationId)), classname: xmlText(call.callType ?? NO_CALL_TYPE), ...time };
  const out = story.legs.map((l) => {
    const r = l.endReason;
    const how = r.dropped ? ' (dropped)' : r.failed ? ' (failed)' : '';
    return xmlText(`leg ${legName(story, l)} (${l.leg.endpointType ?? '?'}): joined ${offset(story, l.leg.participantStartTime)}, stayed ${formatDuration(l.leg.participantDuration)}, ended ${endReasonText(r)}${how}`);
  });
  // Streams with no packets (one-way audio), as summarize's JUnit says them: not a rule's, so neither a failure nor a
  // reason to skip, but a pipeline reading only this report would not see them otherwise.
  for (const stream of zeroPacketStreamsOf(story.call.streams)) {
    out.push(xmlText(`${issueLeg(stream, legNameOf(story, stream.participantId ?? stream.endpointId))}: ${describeNoPackets(stream)}`));
  }
  const unread = story.quality === 'unknown' ? null : unreadStreamsNote(streamCountsOf(story.verdict));
  if (unread !== null) out.push(unread);
  let children = '';
  if (poor) {
    const issues = callIssueLines(story).map(xmlText);
    children += xmlElement(3, 'failure', { message: junitFailureMessage(issues), type: 'poor-call' }, issues.join('\n'));
  } else if (unknown) {
    // Its text says its legs and streams with no packets too, as summarize's does: neither GitLab nor Azure DevOps
    // shows a skipped testcase's system-out. (A dropped or failed leg makes `call`'s verdict poor: none is counted here.)
    children += unknownCallSkipped(streamCountsOf(story.verdict), story.dropped.length + story.failedLegs.length, out);
  }
  if (out.length > 0) children += xmlElement(3, 'system-out', {}, out.join('\n'));
  const testcase = children === '' ? xmlElement(2, 'testcase', attributes) : xmlStart(2, 'testcase', attributes) + children + xmlEnd(2, 'testcase');
  return (
    XML_DECLARATION +
    xmlStart(0, 'testsuites', { name: 'acs-calllogs', tests: 1 + gates.length + strictTests, failures: poor + gateFailures + strictFailures, errors: 0, ...time }) +
    xmlStart(1, 'testsuite', { name: 'acs-calllogs call', tests: 1, failures: poor, errors: 0, skipped: unknown, ...time, ...stamp }) +
    testcase +
    xmlEnd(1, 'testsuite') +
    gatesTestsuite(gates, judgedNothing, undefined, null, stamp) +
    strictTestsuite(strict, stamp) +
    xmlEnd(0, 'testsuites')
  );
}

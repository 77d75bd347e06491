import { inFindingOrder, legEndKinds } from '../rules/finding-order.js';
import type { GateResult } from '../rules/gates.js';
import { configFileSaid, describeGate } from './describe-gate.js';
import { describeStrictCheck, type StrictCheck } from './describe-invalid.js';
import { describeJudgedNothing, type JudgedNothing, judgedNothingOf } from './gates-judged-nothing.js';
import { callBreaches } from './call-findings.js';
import { describeIssueLong, describeNoPackets, legNamesOf } from './describe-issue.js';
import { junitFailureMessage } from './junit-failure-message.js';
import { unreadStreamsNote } from './describe-unknown.js';
import { skippedElement, unknownCallSkipped } from './junit-skipped.js';
import { NO_CALL_TYPE, plural } from './format-values.js';
import type { CallJson, SummaryDocument } from './summary-document.js';
import { noCallListedReason, windowLine } from './selection-lines.js';
import { safeText } from '../schema/visible-text.js';
import { GITLAB_ATTACHMENT, visibleId } from '../schema/visible-id.js';
import { XML_DECLARATION, xmlElement, xmlEnd, xmlStart } from './xml-markup.js';
import { junitMilliseconds, junitTime, junitTotal } from './junit-time.js';
import { junitTimestamp } from './junit-timestamp.js';

/**
 * What XML 1.0 allows no document to hold (its Char production): C0 controls but tab and line breaks, a surrogate
 * not in a pair, U+FFFE and U+FFFF. A JUnit reader (Jenkins, GitLab, Azure DevOps) rejects the whole report as not
 * well-formed when one is there; so each becomes U+FFFD.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * GitLab's JUnit reader makes `[[ATTACHMENT|path]]` in a testcase's system-out a link to that file of the job's
 * artifacts, shown with the testcase (lib/gitlab/ci/parsers/test/junit.rb, ATTACHMENT_TAG_REGEX
 * `/\[\[ATTACHMENT\|(?<path>[^\[\]\|]+?)\]\]/`, case as written: of a failed or errored testcase, and in its latest versions a
 * passed one too). A log's text could so link any file the job keeps (a report, a trace) to a call: a space parts the
 * `[[`, as safeText parts `##vso[`. After safeText, which could join it by removing what lies between.
 */
const GITLAB_ATTACHMENT_START = new RegExp(GITLAB_ATTACHMENT, 'g');

/**
 * Text from logs as a JUnit attribute or text: no terminal control (safeText), only characters XML allows, and no
 * link GitLab would make (GITLAB_ATTACHMENT_START), in any element: its reader takes one from the system-out alone today.
 */
export function xmlText(value: string): string {
  const text = safeText(value).replace(NOT_XML_CHAR, '\uFFFD');
  return text.includes('[[') ? text.replace(GITLAB_ATTACHMENT_START, '[ ') : text;
}

/**
 * JUnit XML as Jenkins, GitLab and Azure DevOps read it: a testsuite per run with a testcase per call listed
 * (name: the correlation id as visible-id.ts writes it, one of its own whatever the ids hold; classname: the call type, NO_CALL_TYPE when none is logged); a poor call is a failure listing its issues,
 * an unknown call (no CallDiagnostics, or no metric read) is skipped, the streams of any other call that no rule
 * could judge are said in its `system-out`, and a call's failed legs (dropped, or ended on an unexpected error: what
 * --max-failed-calls counts) are listed in the failure of a poor call and in the `system-out` of any other, which
 * Jenkins shows with any testcase (Azure DevOps with a failed one alone, GitLab with a failed or, in its current parser, a
 * passed one: so a crossed --max-failed-calls names the calls it counted, failedCallLines; and a skipped testcase's text
 * says it under its reason, unknownCallSkipped). A call's testcase has its duration as `time` (junit-time.ts), the testsuite
 * and <testsuites> their sum; gates and --strict have none. Gates that are set get a testsuite of their own, a testcase each; with
 * --strict (`strict`), so does the input, failed by an invalid record (strictTestsuite). A report that lists no call
 * (a window no call started in, --only-poor of calls none poor) holds a testcase `calls` in their place, skipped saying
 * why (noCallListedTestcase). With --since/--until, each testsuite of calls or gates says its window (windowProperties). A failure
 * or a skipped element always has text (GitLab shows nothing else of it), and its `message` (which Jenkins shows).
 *
 * Written a call at a time, never as a document tree (xml-markup.ts).
 */
export function* renderJunit(doc: SummaryDocument, strict: StrictCheck | null = null, judgedNothing: readonly JudgedNothing[] = []): Generator<string> {
  // The counts are of the testcases written: --only-poor and --limit list fewer calls than the totals count, and a
  // reader that trusts the attributes (GitLab, Azure DevOps) must agree with one that counts the testcases.
  const listed = doc.calls;
  const poor = listed.filter((c) => c.quality === 'poor').length;
  const unknown = listed.filter((c) => c.quality === 'unknown').length;
  const gateFailures = doc.gates.filter((g) => g.crossed).length;
  const { tests: strictTests, failures: strictFailures } = strictCounts(strict);
  const none = noCallListedReason(doc);
  const window = windowLine(doc);
  const calls = listed.length + (none === null ? 0 : 1);
  // The calls' durations summed: only their testsuite has times, so <testsuites> has the same.
  const time = junitTime(junitTotal(listed.map((c) => junitMilliseconds(c.durationSeconds))));
  // Every testsuite's `timestamp` the earliest listed call's start (the gates and --strict judged those calls): Azure
  // DevOps takes the run's start from the earliest and its end from the latest testsuite's timestamp plus time.
  const stamp = junitTimestamp(listed.map((c) => startMilliseconds(c.startTime)));
  // No `skipped` on <testsuites>: the JUnit schema Jenkins validates against (junit-10.xsd) allows it on <testsuite> only.
  let piece =
    XML_DECLARATION +
    xmlStart(0, 'testsuites', { name: 'acs-calllogs', tests: calls + doc.gates.length + strictTests, failures: poor + gateFailures + strictFailures, errors: 0, ...time }) +
    xmlStart(1, 'testsuite', { name: 'acs-calllogs call quality', tests: calls, failures: poor, errors: 0, skipped: unknown + (none === null ? 0 : 1), ...time, ...stamp }) +
    windowProperties(window);
  for (const call of listed) {
    yield piece + testcase(call);
    piece = '';
  }
  if (none !== null) piece += noCallListedTestcase(none);
  piece += xmlEnd(1, 'testsuite');
  const named = (gate: GateResult) => (gate.gate === 'max-failed-calls' ? failedCallLines(listed, doc.totals.failedCalls) : []);
  yield piece + gatesTestsuite(doc.gates, judgedNothing, named, window, stamp) + strictTestsuite(strict, stamp) + xmlEnd(0, 'testsuites');
}

/** A call's start as the JSON writes it (ISO 8601), in milliseconds; null when not logged. */
function startMilliseconds(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

/**
 * The --since/--until window a testsuite's calls or gates are over, in the words the Markdown and the github ::notice
 * say it (windowLine: "Calls that started 2026-11-20 09:00:00 → … UTC; left out: 3 outside"), as the testsuite's
 * property `window`; '' when none is set (`window` null). A reader of the report alone would otherwise take "8 calls,
 * gate passed" for the whole export.
 */
function windowProperties(window: string | null): string {
  if (window === null) return '';
  return xmlStart(2, 'properties', {}) + xmlElement(3, 'property', { name: 'window', value: xmlText(window) }) + xmlEnd(2, 'properties');
}

/**
 * The testcase a report that lists no call holds in their place, `calls` (classname `selection`), skipped with why
 * (noCallListedReason: the window, in stderr's words; the listing; `no call read`). Without it, a run with no gate set
 * wrote a report of no testcase, which Jenkins' junit step fails the build on ("None of the test reports contained any
 * result", unless allowEmptyResults) and GitLab shows as nothing; skipped, not passed, as nothing was judged there.
 */
function noCallListedTestcase(reason: string): string {
  const said = xmlText(reason);
  return xmlStart(2, 'testcase', { name: 'calls', classname: 'selection' }) + skippedElement(said) + xmlEnd(2, 'testcase');
}

/** The calls a crossed --max-failed-calls names in its failure's text, at most; the rest are counted. */
export const FAILED_CALLS_NAMED = 50;

/**
 * The calls with a failed leg, as a crossed --max-failed-calls gate names them under its line: `Group a60ad5d9-…:
 * media poor, 2 legs failed`, then each leg (`  leg 2aaed7ee: dropped 410/3101`), as the github ::warning words and orders them.
 * A call whose media was good says its failed legs only in its system-out, which Azure DevOps (and GitLab's parser
 * before its current one) shows of a failed testcase alone: without these lines their reader saw the gate fail and no
 * call behind it. The
 * calls listed, FAILED_CALLS_NAMED at most; the others the gate counted (`total`: past that, or not listed, by
 * --only-poor or --limit) in a last line.
 */
function failedCallLines(listed: readonly CallJson[], total: number): string[] {
  const failed = listed.filter((c) => c.failedLegs.length > 0);
  const lines: string[] = [];
  for (const call of failed.slice(0, FAILED_CALLS_NAMED)) {
    const legs = legNamesOf(call);
    lines.push(xmlText(`${call.callType ?? 'Call'} ${visibleId(call.correlationId)}: media ${call.quality}, ${plural(call.failedLegs.length, 'leg')} failed`));
    // In FINDING_ORDER, as the call's own testcase and the github ::warning list them: the dropped legs first.
    lines.push(...inFindingOrder(legEndKinds(call.failedLegs)).map((leg) => `  ${xmlText(legs.failed(leg))}`));
  }
  const shown = Math.min(failed.length, FAILED_CALLS_NAMED);
  const more = total - shown;
  if (more > 0 && shown > 0) lines.push(`… and ${plural(more, 'more call')} with a failed leg, not named here (${total} in all)`);
  else if (more > 0) lines.push(`${plural(more, 'call')} with a failed leg, not listed (--only-poor or --limit): run without them to name ${more === 1 ? 'it' : 'them'} here`);
  return lines;
}

/**
 * The gates that are set as a testsuite of their own, a testcase each, failed when crossed, skipped saying why when
 * it passed with nothing to judge (`judgedNothing`: no call in the window, none of known quality…), which a passed
 * testcase would hide from a dashboard's reader; '' when none is set. `named`: the lines a crossed gate's failure
 * text gives under its own (the calls it counted), its `message` staying the one line. `window`: the --since/--until
 * window the gates judged (windowLine), the testsuite's property and the line under a crossed gate's. `stamp`: the
 * `timestamp` of the calls' testsuite (junit-timestamp.ts), the gates' too.
 */
export function gatesTestsuite(
  gates: readonly GateResult[],
  judgedNothing: readonly JudgedNothing[] = [],
  named: (gate: GateResult) => readonly string[] = () => [],
  window: string | null = null,
  stamp: { timestamp?: string } = {},
): string {
  if (gates.length === 0) return '';
  const failures = gates.filter((g) => g.crossed).length;
  const skipped = gates.filter((g) => judgedNothingOf(g, judgedNothing) !== null).length;
  let text = xmlStart(1, 'testsuite', { name: 'acs-calllogs gates', tests: gates.length, failures, errors: 0, skipped, ...stamp, ...gatesFile(gates) }) + windowProperties(window);
  // A crossed gate's text says the window under its line too: GitLab and Azure DevOps show a failed testcase's text, not the properties.
  const over = window === null ? [] : [xmlText(window)];
  for (const gate of gates) {
    const attributes = { name: gate.gate, classname: 'gate' };
    const said = describeGate(gate);
    const nothing = judgedNothingOf(gate, judgedNothing);
    text += gate.crossed
      ? xmlStart(2, 'testcase', attributes) + xmlElement(3, 'failure', { message: said, type: 'gate' }, [said, ...over, ...named(gate)].join('\n')) + xmlEnd(2, 'testcase')
      : nothing !== null
        ? xmlStart(2, 'testcase', attributes) + skippedElement(describeJudgedNothing(gate, nothing)) + xmlEnd(2, 'testcase')
        : xmlElement(2, 'testcase', attributes);
  }
  return text + xmlEnd(1, 'testsuite');
}

/**
 * The gates' testsuite's `file`: the config file that set them all, named as their text names it (`ci/gates.json`);
 * none when a flag set one of them (no file holds it) or two files did. mikepenz/action-junit-report annotates a
 * failed testcase on its testsuite's `file` when it has none of its own; without one it takes the last dot-separated
 * part of the classname (`gate`) for a file name and annotates the first `gate.*` of the workspace. On the testsuite,
 * not the testcase: Jenkins' xUnit plugin skips a report whose testcase has a `file` (junit-10.xsd has none).
 */
function gatesFile(gates: readonly GateResult[]): { file: string } | Record<never, never> {
  const files = new Set(gates.map((g) => (g.source.kind === 'config' ? configFileSaid(g.source.file) : null)));
  const [file] = files;
  return files.size === 1 && file !== null && file !== undefined ? { file: xmlText(file) } : {};
}

/** The testcases and failures strictTestsuite writes, for the counts of <testsuites>. */
export function strictCounts(strict: StrictCheck | null): { tests: number; failures: number } {
  return strict === null ? { tests: 0, failures: 0 } : { tests: 1, failures: strict.invalid > 0 ? 1 : 0 };
}

/**
 * With --strict, the input as a testsuite of its own: one testcase, `strict` (classname `input`), failed when a record
 * read was invalid — what makes the run exit 2 —, naming how many and where the first is and why, as stderr's --strict
 * line does; so a dashboard that reads only JUnit does not show that run green. '' without --strict (null).
 */
export function strictTestsuite(strict: StrictCheck | null, stamp: { timestamp?: string } = {}): string {
  if (strict === null) return '';
  const failed = strict.invalid > 0;
  const attributes = { name: 'strict', classname: 'input' };
  const said = xmlText(describeStrictCheck(strict));
  const testcase = failed
    ? xmlStart(2, 'testcase', attributes) + xmlElement(3, 'failure', { message: said, type: 'invalid-input' }, said) + xmlEnd(2, 'testcase')
    : xmlElement(2, 'testcase', attributes);
  // Failed, the testsuite's `file` is the first invalid record's, which its text names with the line (`first at
  // f.json:2`): mikepenz/action-junit-report annotates that line of that file, not one it found by the classname
  // (`**/input.*`). On the testsuite, as the gates' (gatesFile).
  const file: { file: string } | Record<never, never> = failed && strict.file !== null ? { file: xmlText(strict.file) } : {};
  return xmlStart(1, 'testsuite', { name: 'acs-calllogs input', tests: 1, failures: failed ? 1 : 0, errors: 0, skipped: 0, ...stamp, ...file }) + testcase + xmlEnd(1, 'testsuite');
}

function testcase(call: CallJson): string {
  const attributes = { name: xmlText(visibleId(call.correlationId)), classname: xmlText(call.callType ?? NO_CALL_TYPE), ...junitTime(junitMilliseconds(call.durationSeconds)) };
  const legs = legNamesOf(call);
  let children = '';
  const out: string[] = [];
  if (call.quality === 'poor') {
    // In FINDING_ORDER (finding-order.ts), as the table's Breaches: the legs that dropped, then failed, then stream
    // issues; the message names the first few of them, as `call`'s JUnit does (junitFailureMessage).
    const lines = callBreaches(call, describeIssueLong).map(xmlText);
    children += xmlElement(3, 'failure', { message: junitFailureMessage(lines), type: 'poor-call' }, lines.join('\n'));
  } else {
    const failedLegs = inFindingOrder(legEndKinds(call.failedLegs)).map((leg) => xmlText(legs.failed(leg)));
    if (failedLegs.length > 0) out.push(`${plural(failedLegs.length, 'leg')} failed`, ...failedLegs);
  }
  // Streams with no packets, whatever the call's quality: not a rule's, so neither a failure nor a reason to skip.
  for (const stream of call.zeroPacketStreams) out.push(xmlText(`${legs.issue(stream)}: ${describeNoPackets(stream)}`));
  // Then the streams not judged, last as in the table and the Markdown.
  const unread = call.quality === 'unknown' ? null : unreadStreamsNote(call);
  if (unread !== null) out.push(unread);
  // Skipped, its text says what the system-out does, which neither GitLab nor Azure DevOps shows of a skipped testcase.
  if (call.quality === 'unknown') children += unknownCallSkipped(call, call.failedLegs.length, out);
  if (out.length > 0) children += xmlElement(3, 'system-out', {}, out.join('\n'));
  return children === '' ? xmlElement(2, 'testcase', attributes) : xmlStart(2, 'testcase', attributes) + children + xmlEnd(2, 'testcase');
}

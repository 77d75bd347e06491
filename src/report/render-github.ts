import { inFindingOrder, legEndKinds } from '../rules/finding-order.js';
import { describeGate } from './describe-gate.js';
import { describeStrictCheck, type StrictCheck, strictListLine } from './describe-invalid.js';
import { gateListLine, type JudgedNothing } from './gates-judged-nothing.js';
import { callBreaches } from './call-findings.js';
import { legNamesOf, streamsWithoutPacketsWords } from './describe-issue.js';
import { unknownReason } from './describe-unknown.js';
import { plural } from './format-values.js';
import { windowLine, withoutStartTimeWarning } from './selection-lines.js';
import type { CallJson, SummaryDocument } from './summary-document.js';
import { safeText } from '../schema/visible-text.js';
import { visibleId } from '../schema/visible-id.js';

export const MAX_ANNOTATIONS = 10;
/**
 * What GitHub keeps of an annotation's message: the runner cuts it to its first 4096 UTF-16 units, saying nothing
 * (actions/runner, ExecutionContext.AddIssue: _maxIssueMessageLength), so a call with many issues lost its last ones,
 * one of them cut in two, with nothing to tell the list was not whole.
 */
export const MAX_MESSAGE = 4096;
/**
 * What an annotation's title is cut to, in UTF-16 units: the runner passes it on whole (actions/runner: only the
 * message is cut), but a check-run annotation's title takes 255 characters at most (GitHub's REST API), and it shows as
 * a one-line heading. 80 units hold every title of a correlation id (`Unknown quality in call ` and 36 characters),
 * and in UTF-8 are 240 bytes at most, under 255 however GitHub counts; an id that runs longer (log text, its `\u`
 * escapes) is cut with an ellipsis, the message's first line naming it whole.
 */
export const MAX_TITLE = 80;
/** Room kept for the line that says how many lines were left out. */
const MORE_LINE_ROOM = 160;

/** The calls of one kind a ::warning each, how many are left unsaid when so many are shown, and its pointer's words. */
interface WarningKind {
  calls: CallJson[];
  line: (call: CallJson) => string;
  more: (shown: number) => number;
  pointer: [string, number, string, string];
}

/** Workflow-command escaping (actions/toolkit's escapeData and escapeProperty). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * An annotation's message, its first line and then as many of the others as GitHub keeps (MAX_MESSAGE), the last
 * saying how many were left out and where they all are; a first line longer than that (log text that runs long) is
 * cut, with an ellipsis. Measured before escaping, as the runner measures it after unescaping.
 */
export function annotationMessage(first: string, rest: readonly string[]): string {
  const whole = [first, ...rest].join('\n');
  if (whole.length <= MAX_MESSAGE) return whole;
  const room = MAX_MESSAGE - MORE_LINE_ROOM;
  let message = first.length <= room ? first : `${cutTo(first, room - 1)}…`;
  let kept = 0;
  while (kept < rest.length && message.length + 1 + rest[kept]!.length <= room) message += `\n${rest[kept++]}`;
  const left = rest.length - kept;
  return left === 0 ? message : `${message}\n… and ${left} more: GitHub keeps ${MAX_MESSAGE} characters of an annotation; see --format markdown or json for all ${rest.length}`;
}

/**
 * A workflow command (`::error title=…::…`): its title cut to MAX_TITLE and escaped as a property (`%`, CR, LF, `:`
 * and `,`, which the runner unescapes: a `:` left would end the properties, a `,` start another), its message (a first
 * line, then the others) cut to what GitHub keeps (annotationMessage) and escaped as data. Every annotation is written
 * here, so none can run past MAX_MESSAGE or MAX_TITLE, whatever the logs or a config file's path hold. Both are
 * measured before escaping, as the runner measures them after unescaping.
 */
function annotation(kind: 'error' | 'warning' | 'notice', title: string, first: string, rest: readonly string[] = []): string {
  const shortTitle = title.length <= MAX_TITLE ? title : `${cutTo(title, MAX_TITLE - 1)}…`;
  return `::${kind} title=${escapeProperty(shortTitle)}::${escapeData(annotationMessage(first, rest))}`;
}

/** The text's first UTF-16 units, at most `units`, never half a surrogate pair. */
function cutTo(text: string, units: number): string {
  let cut = '';
  for (const ch of text) {
    if (cut.length + ch.length > units) break;
    cut += ch;
  }
  return cut;
}

/**
 * GitHub Actions annotations: first an ::error per gate crossed, worded as stderr and the Markdown word it, and with
 * --strict one for the invalid records read (what makes the run exit 2: `strict`), worded as JUnit's testcase; then an
 * ::error per poor call listed, as many as GitHub shows of a step's errors (ten) leave room for, then a pointer to the
 * rest; a call whose media was fine but a leg of which failed (what --max-failed-calls counts) gets a ::warning, and
 * so does, with --fail-on-unknown, a call of unknown quality, as many as GitHub shows of a step's warnings (ten) leave
 * room for beside the pointers to the rest, after one for the calls a window left out for want of a CallStartTime. The
 * ::notice gives the totals, the window they are over, and the outcome of every gate set (one that passed with nothing
 * to judge said so: `judgedNothing`) and of --strict, as the Markdown says them.
 */
export function renderGithub(doc: SummaryDocument, strict: StrictCheck | null = null, judgedNothing: readonly JudgedNothing[] = []): string {
  // GitHub shows the first ten errors of a step, in the order they are written: the gates, which fail the job, first.
  const lines = doc.gates
    .filter((g) => g.crossed)
    .map((gate) => annotation('error', `Gate ${gate.gate} crossed`, describeGate(gate)));
  // Then --strict's: an invalid record makes the run exit 2, which a green notice would belie.
  if (strict !== null && strict.invalid > 0) {
    lines.push(annotation('error', 'Invalid input (--strict)', safeText(describeStrictCheck(strict))));
  }
  const poor = doc.calls.filter((c) => c.quality === 'poor');
  const poorShown = poor.slice(0, MAX_ANNOTATIONS - lines.length);
  lines.push(...poorShown.map((call) => {
    const id = safeText(visibleId(call.correlationId));
    // In FINDING_ORDER (finding-order.ts): a dropped leg first, where the 4096 characters kept of a message cannot cut it.
    const body = callBreaches(call).map(safeText);
    return annotation('error', `Poor call ${id}`, `${safeText(call.callType ?? 'Call')} ${id}: ${plural(call.poorStreams, 'poor stream')}`, body);
  }));
  const poorAnnotated = poorShown.length;
  const t = doc.totals;
  // With --fail-on-unknown, calls of unknown quality fail the build too: a ::warning each says which and why.
  const unknownGate = doc.gates.some((g) => g.gate === 'fail-on-unknown');
  const crossed = (name: string): boolean => doc.gates.some((g) => g.gate === name && g.crossed);
  const failedKind: WarningKind = {
    calls: doc.calls.filter((c) => c.quality !== 'poor' && c.failedLegs.length > 0),
    line: (call) => {
      const id = safeText(visibleId(call.correlationId));
      const { dropped, failed } = legEndKinds(call.failedLegs);
      const body = inFindingOrder({ dropped, failed }).map(legNamesOf(call).failed).map(safeText);
      return annotation('warning', `Failed leg in call ${id}`, `${safeText(call.callType ?? 'Call')} ${id}: media ${call.quality}, ${plural(call.failedLegs.length, 'leg')} failed`, body);
    },
    // A poor call's failed legs are in its ::error.
    more: (shown) => t.failedCalls - poorShown.filter((c) => c.failedLegs.length > 0).length - shown,
    pointer: ['More failed legs', t.failedCalls, 'call with a failed leg', 'calls with a failed leg'],
  };
  const unknownKind: WarningKind = {
    calls: unknownGate ? doc.calls.filter((c) => c.quality === 'unknown') : [],
    line: (call) => {
      const id = safeText(visibleId(call.correlationId));
      return annotation('warning', `Unknown quality in call ${id}`, `${safeText(call.callType ?? 'Call')} ${id}: quality unknown, ${unknownReason(call)}`);
    },
    more: (shown) => (unknownGate ? t.unknownCalls - shown : 0),
    pointer: ['More calls of unknown quality', t.unknownCalls, 'call of unknown quality', 'calls of unknown quality'],
  };
  // GitHub shows ten warnings of a step too: the pointer to poor calls not annotated (the errors ran out) has one;
  // the calls a crossed gate is about come first, and each kind cut short keeps a warning for its pointer.
  const kinds = crossed('fail-on-unknown') && !crossed('max-failed-calls') ? [unknownKind, failedKind] : [failedKind, unknownKind];
  const poorMore = t.poorCalls - poorAnnotated;
  // Calls the window left out for want of a CallStartTime (a CallSummary not arrived yet), poor ones among them: the
  // gates never judged them, which stderr says in the log, and the annotations a reader sees must say too. First of
  // the warnings, since it is about what every gate judged.
  const leftOut = withoutStartTimeWarning(doc)?.replace(/^warning: /, '') ?? null;
  if (leftOut !== null) lines.push(annotation('warning', 'Calls left out of the window', leftOut));
  const shown = kinds.map((k) => k.calls.length);
  const warnings = (): number => (leftOut !== null ? 1 : 0) + (poorMore > 0 ? 1 : 0) + kinds.reduce((n, k, i) => n + shown[i]! + (k.more(shown[i]!) > 0 ? 1 : 0), 0);
  while (warnings() > MAX_ANNOTATIONS) {
    const last = shown.findLastIndex((n) => n > 0);
    if (last < 0) break;
    shown[last]! -= 1;
  }
  kinds.forEach((k, i) => lines.push(...k.calls.slice(0, shown[i]).map(k.line)));
  // What was not annotated, past the budget or left out of the listing (--limit, --only-poor), counted from the
  // totals, which count every call judged: poor calls (the failed-leg warnings take none of their count), calls with a
  // failed leg (in a poor call's ::error or a warning of their own), calls of unknown quality.
  const pointers: Array<[number, [string, number, string, string]]> = [
    [poorMore, ['More poor calls', t.poorCalls, 'poor call', 'poor calls']],
    ...kinds.map((k, i): [number, [string, number, string, string]] => [k.more(shown[i]!), k.pointer]),
  ];
  for (const [more, [title, all, one, many]] of pointers) {
    if (more <= 0) continue;
    lines.push(annotation('warning', title, `${more} more ${more === 1 ? one : many} not annotated; run acs-calllogs summarize --format markdown or json for all ${all}`));
  }
  const failed = t.failedCalls > 0 ? `; ${t.failedCalls} with a failed leg` : '';
  const unread = t.unknownStreams > 0 ? `, ${t.unknownStreams} unknown` : '';
  const noPackets = t.streamsWithoutPackets > 0 ? `; ${streamsWithoutPacketsWords(t.streamsWithoutPackets)}` : '';
  // Each gate set on a line of its own, and --strict's check, as the Markdown lists them: those passed are said nowhere else.
  const checks = [...doc.gates.map((gate) => gateListLine(gate, judgedNothing)), ...(strict === null ? [] : [safeText(strictListLine(strict))])];
  // The window the totals and gates are over, as the Markdown says it under its totals: "8 calls" is not all the export's.
  const window = windowLine(doc);
  const totals = `${plural(t.calls, 'call')}: ${t.poorCalls} poor, ${t.unknownCalls} unknown; ${plural(t.streams, 'stream')}, ${t.poorStreams} poor${unread}${failed}${noPackets}`;
  lines.push(annotation('notice', 'ACS call quality', totals, [...(window === null ? [] : [window]), ...checks]));
  return `${lines.join('\n')}\n`;
}

import { describeGate } from './describe-gate.js';
import { describeIssueShort, legNamesOf, streamsWithoutPacketsWords } from './describe-issue.js';
import { unknownReason } from './describe-unknown.js';
import { plural } from './format-values.js';
import type { SummaryDocument } from './summary-document.js';
import { safeText } from '../schema/visible-text.js';
import { visibleId } from '../schema/visible-id.js';

export const MAX_ANNOTATIONS = 10;

/** Workflow-command escaping (actions/toolkit's escapeData and escapeProperty). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions annotations: first an ::error per gate crossed, worded as stderr and the Markdown word it; then an
 * ::error per poor call listed, as many as GitHub shows of a step's errors (ten) leave room for, then a pointer to the
 * rest; a call whose media was fine but a leg of which failed (what --max-failed-calls counts) gets a ::warning, at
 * most ten, and so does, with --fail-on-unknown, a call of unknown quality. The ::notice gives the totals, and the
 * outcome of every gate set, as the Markdown's list of gates does.
 */
export function renderGithub(doc: SummaryDocument): string {
  // GitHub shows the first ten errors of a step, in the order they are written: the gates, which fail the job, first.
  const lines = doc.gates
    .filter((g) => g.crossed)
    .map((gate) => `::error title=${escapeProperty(`Gate ${gate.gate} crossed`)}::${escapeData(describeGate(gate))}`);
  const poor = doc.calls.filter((c) => c.quality === 'poor');
  const poorShown = poor.slice(0, MAX_ANNOTATIONS - lines.length);
  lines.push(...poorShown.map((call) => {
    const id = safeText(visibleId(call.correlationId));
    const title = escapeProperty(`Poor call ${id}`);
    const legs = legNamesOf(call);
    const body = [...call.issues.map((i) => `${legs.issue(i)}: ${describeIssueShort(i)}`), ...call.failedLegs.map(legs.failed)].map(safeText).join('\n');
    return `::error title=${title}::${escapeData(`${safeText(call.callType ?? 'Call')} ${id}: ${plural(call.poorStreams, 'poor stream')}\n${body}`)}`;
  }));
  const poorAnnotated = poorShown.length;
  const failedOnly = doc.calls.filter((c) => c.quality !== 'poor' && c.failedLegs.length > 0);
  for (const call of failedOnly.slice(0, MAX_ANNOTATIONS)) {
    const id = safeText(visibleId(call.correlationId));
    const body = call.failedLegs.map(legNamesOf(call).failed).map(safeText).join('\n');
    lines.push(`::warning title=${escapeProperty(`Failed leg in call ${id}`)}::${escapeData(`${safeText(call.callType ?? 'Call')} ${id}: media ${call.quality}, ${plural(call.failedLegs.length, 'leg')} failed\n${body}`)}`);
  }
  // With --fail-on-unknown, calls of unknown quality fail the build too: a ::warning each says which and why.
  const unknownGate = doc.gates.some((g) => g.gate === 'fail-on-unknown');
  const unknown = unknownGate ? doc.calls.filter((c) => c.quality === 'unknown') : [];
  for (const call of unknown.slice(0, MAX_ANNOTATIONS)) {
    const id = safeText(visibleId(call.correlationId));
    lines.push(`::warning title=${escapeProperty(`Unknown quality in call ${id}`)}::${escapeData(`${safeText(call.callType ?? 'Call')} ${id}: quality unknown, ${unknownReason(call)}`)}`);
  }
  // What was not annotated, past the ten or left out of the listing (--limit, --only-poor), counted from the totals,
  // which count every call judged: poor calls (the failed-leg warnings take none of their count), calls with a
  // failed leg (in a poor call's ::error or a warning of their own), calls of unknown quality.
  const t = doc.totals;
  const annotatedFailed = poorShown.filter((c) => c.failedLegs.length > 0).length + Math.min(failedOnly.length, MAX_ANNOTATIONS);
  const pointers: Array<[string, number, number, string, string]> = [
    ['More poor calls', t.poorCalls, t.poorCalls - poorAnnotated, 'poor call', 'poor calls'],
    ['More failed legs', t.failedCalls, t.failedCalls - annotatedFailed, 'call with a failed leg', 'calls with a failed leg'],
    ['More calls of unknown quality', t.unknownCalls, unknownGate ? t.unknownCalls - Math.min(unknown.length, MAX_ANNOTATIONS) : 0, 'call of unknown quality', 'calls of unknown quality'],
  ];
  for (const [title, all, more, one, many] of pointers) {
    if (more <= 0) continue;
    lines.push(`::warning title=${escapeProperty(title)}::${escapeData(`${more} more ${more === 1 ? one : many} not annotated; run acs-calllogs summarize --format markdown or json for all ${all}`)}`);
  }
  const failed = t.failedCalls > 0 ? `; ${t.failedCalls} with a failed leg` : '';
  const unread = t.unknownStreams > 0 ? `, ${t.unknownStreams} unknown` : '';
  const noPackets = t.streamsWithoutPackets > 0 ? `; ${streamsWithoutPacketsWords(t.streamsWithoutPackets)}` : '';
  // Each gate set on a line of its own, as the Markdown lists them: those passed are said nowhere else.
  const gates = doc.gates.map((gate) => `\n${gate.crossed ? '❌' : '✅'} ${describeGate(gate)}`).join('');
  lines.push(`::notice title=${escapeProperty('ACS call quality')}::${escapeData(`${plural(t.calls, 'call')}: ${t.poorCalls} poor, ${t.unknownCalls} unknown; ${plural(t.streams, 'stream')}, ${t.poorStreams} poor${unread}${failed}${noPackets}${gates}`)}`);
  return `${lines.join('\n')}\n`;
}

import { type CallStory, type LegStory, operationCode, type OperationStory } from '../rules/assess-call-story.js';
import { type EndReason, NOT_IN_CODE_TABLE } from '../rules/decode-end-reason.js';
import { seriesMediaType } from '../rules/evaluate-media-series.js';
import { legNameOf, offset } from './call-story-ids.js';
import { describeIssueLong, impactOf, issueLeg } from './describe-issue.js';
import { formatNumberBeside } from './format-values.js';
import { mediaSeriesUnit, withMediaUnit } from './media-series-unit.js';
import { otherEnd } from './render-client-logs-text.js';

/**
 * Every issue of a call's story, a line each, in the order `call` lists them: stream issues, dropped legs, legs that
 * ended on an unexpected error, client media series past their limit, failed client operations — the issueCount
 * the verdict counts. Plain text, with text from logs in it as logged: each report makes it safe for its medium
 * (safeText, escapeMarkdown, xmlText). One wording for the text, Markdown and JUnit of `call`.
 */
export function callIssueLines(story: CallStory): string[] {
  const lines: string[] = [];
  for (const issue of story.verdict.issues) lines.push(`${issueLeg(issue, legNameOf(story, issue.participantId ?? issue.endpointId))}: ${describeIssueLong(issue)}`);
  for (const l of story.dropped) {
    const r = l.endReason;
    const end = legEnd(l);
    lines.push(`leg ${legName(story, l)}: dropped ${end === null ? '(when is not logged)' : `at ${offset(story, end)}`} — code ${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}${codeMeaning(r)}`);
  }
  for (const l of story.failedLegs) {
    const r = l.endReason;
    const code = r.code === null ? '' : ` — code ${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}`;
    lines.push(`leg ${legName(story, l)}: ended on an unexpected error (${r.resultCategory})${code}${r.code === null ? '' : codeMeaning(r)}`);
  }
  for (const s of story.mediaSeries.filter((x) => x.poor)) {
    const comparison = s.rule!.breachWhen === 'above' ? '>' : '<';
    const [average, limit] = [s.stats!.average, s.rule!.limit];
    // In the unit its name carries (`JitterInMs`: ms), as a stream's issue gives its own (`jitter 38 ms > 30 ms`).
    const unit = mediaSeriesUnit(s.metricName);
    lines.push(`leg ${legNameOf(story, s.participantId)}: client media stats ${s.direction ?? '?'} ${s.streamType ?? '?'} ${s.metricName}${otherEnd(story, s)} averaged ${withMediaUnit(formatNumberBeside(average, limit), unit)} ${comparison} ${withMediaUnit(formatNumberBeside(limit, average), unit)} — ${impactOf(s.rule!.metric, seriesMediaType(s.streamType))}`);
  }
  for (const o of story.operations.filter((x) => x.failed)) {
    const op = o.operation;
    const code = operationCode(o);
    const id = operationLegId(o);
    lines.push(`${id !== null ? `leg ${legNameOf(story, id)}` : 'client'}: ${op.operationName ?? 'operation'} ${op.resultType ?? 'failed'}${code ? ` (${code})` : ''}${op.time === null ? ', time not logged' : ` at ${offset(story, op.time)}`}`);
  }
  return lines;
}


/**
 * The id an operation is shown under: its leg's, as the Legs table names the leg (a P2P leg by its endpointId, whatever
 * participantId the client logged); else its own participantId, else its endpointId.
 */
export function operationLegId({ operation: op, leg }: OperationStory): string | null {
  return leg !== null ? (leg.participantId ?? leg.endpointId) : (op.participantId ?? op.endpointId);
}

/** A leg's id as the story shows it: its participant's, else (P2P) its endpoint's; NO_LEG_ID with neither. */
export function legName(story: CallStory, l: LegStory): string {
  return legNameOf(story, l.leg.participantId ?? l.leg.endpointId);
}

/** When a leg ended: its start and duration, when both are logged. */
export function legEnd(l: LegStory): number | null {
  const start = l.leg.participantStartTime;
  return start !== null && l.leg.participantDuration !== null ? start + l.leg.participantDuration * 1000 : null;
}

/** What the call-end code table advises for how a leg ended, as the Legs of `call`'s reports say it; null when it advises nothing. */
export function endReasonAdvice(r: EndReason): string | null {
  return r.advice === null ? null : `Advice: ${r.advice}`;
}

/**
 * How a leg ended, as the Legs of `call`'s reports say it: "410/3101 UnexpectedClientError: Call dropped …", "-" with no
 * code; a code the table has no row for says so ("999/1234 (not in the call-end code table)").
 */
export function endReasonText(r: EndReason): string {
  if (r.code === null) return `-${r.resultCategory === null ? '' : ` ${r.resultCategory}`}`;
  const code = `${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}`;
  if (r.message === null) return `${code}${r.resultCategory === null ? '' : ` ${r.resultCategory}`} (${NOT_IN_CODE_TABLE})`;
  return `${code} ${[r.resultCategory, r.message].filter((x) => x !== null).join(': ')}`;
}

/** A logged code's meaning after it in an issue line: " Call dropped …", or " (not in the call-end code table)". */
function codeMeaning(r: EndReason): string {
  return r.message === null ? ` (${NOT_IN_CODE_TABLE})` : ` ${r.message}`;
}

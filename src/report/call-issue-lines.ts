import { type CallStory, type LegStory, operationCode, type OperationStory } from '../rules/assess-call-story.js';
import { type EndReason, NOT_IN_CODE_TABLE } from '../rules/decode-end-reason.js';
import { seriesMediaType } from '../rules/evaluate-media-series.js';
import { type FindingKind, inFindingOrder } from '../rules/finding-order.js';
import { legNameOf } from './call-story-ids.js';
import { offsetAndClock } from './clock-time.js';
import { describeIssueLong, impactOf, issueLeg } from './describe-issue.js';
import { formatNumberBeside } from './format-values.js';
import { mediaSeriesUnit, withMediaUnit } from './media-series-unit.js';
import { otherEnd } from './render-client-logs-text.js';
import { seriesLegId, seriesLegName } from './series-leg-id.js';

/**
 * An issue as `call` says it: whose it is ("leg 2aaed7ee", "leg 2aaed7ee (server side)", "leg eb000002 (client
 * 9c000009)", "client") and what it is.
 */
export interface IssueLine {
  who: string;
  what: string;
  /** Which of FINDING_ORDER's kinds it is: what a bounded list counts it as (call-issues-shown.ts). */
  kind: FindingKind;
  /** The id of the leg `who` names (as legNameOf is given it); null: the client's, of no leg. */
  legId: string | null;
}

/**
 * Every issue of a call's story, a line each ("leg 2aaed7ee: dropped at +1m 40s (09:21:39 UTC) — code 410/3101 …"): callIssues'
 * whose and what, joined. One wording for the text, Markdown and JUnit of `call`.
 */
export function callIssueLines(story: CallStory): string[] {
  return callIssues(story).map((i) => `${i.who}: ${i.what}`);
}

/**
 * Every issue of a call's story in FINDING_ORDER (finding-order.ts), as every report lists a call's findings: dropped
 * legs, legs that ended on an unexpected error, stream issues, client media series past their limit, failed client
 * operations — the issueCount the verdict counts. Plain text, with text from logs in it as logged: each report makes
 * it safe for its medium (safeText, escapeMarkdown, xmlText).
 */
export function callIssues(story: CallStory): IssueLine[] {
  const dropped = story.dropped.map((l) => {
    const r = l.endReason;
    const end = legEnd(l);
    return { who: `leg ${legName(story, l)}`, legId: legIdOf(l), what: `dropped ${end === null ? '(when is not logged)' : `at ${offsetAndClock(story, end)}`} — code ${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}${codeMeaning(r)}` };
  });
  const failed = story.failedLegs.map((l) => {
    const r = l.endReason;
    const code = r.code === null ? '' : ` — code ${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}`;
    const end = legEnd(l);
    const at = end === null ? '' : ` at ${offsetAndClock(story, end)}`;
    return { who: `leg ${legName(story, l)}`, legId: legIdOf(l), what: `ended on an unexpected error (${r.resultCategory})${at}${code}${r.code === null ? '' : codeMeaning(r)}` };
  });
  const stream = story.verdict.issues.map((issue) => {
    const legId = issue.participantId ?? issue.endpointId;
    return { who: issueLeg(issue, legNameOf(story, legId)), legId, what: describeIssueLong(issue) };
  });
  const series = story.mediaSeries
    .filter((x) => x.poor)
    .map((s) => {
      const comparison = s.rule!.breachWhen === 'above' ? '>' : '<';
      const [average, limit] = [s.stats!.average, s.rule!.limit];
      // In the unit its name carries (`JitterInMs`: ms), as a stream's issue gives its own (`jitter 38 ms > 30 ms`).
      const unit = mediaSeriesUnit(s.metricName);
      return {
        who: `leg ${seriesLegName(story, s)}`,
        legId: seriesLegId(story, s),
        what: `client media stats ${s.direction ?? '?'} ${s.streamType ?? '?'} ${s.metricName}${otherEnd(story, s)} averaged ${withMediaUnit(formatNumberBeside(average, limit), unit)} ${comparison} ${withMediaUnit(formatNumberBeside(limit, average), unit)} — ${impactOf(s.rule!.metric, seriesMediaType(s.streamType))}`,
      };
    });
  const operation = story.operations
    .filter((x) => x.failed)
    .map((o) => {
      const op = o.operation;
      const code = operationCode(o);
      const id = operationLegId(o);
      return {
        who: id !== null ? `leg ${legNameOf(story, id)}` : 'client',
        legId: id,
        what: `${op.operationName ?? 'operation'} ${op.resultType ?? 'failed'}${code ? ` (${code})` : ''}${op.time === null ? ', time not logged' : ` at ${offsetAndClock(story, op.time)}`}`,
      };
    });
  const of = (kind: FindingKind, lines: ReadonlyArray<Omit<IssueLine, 'kind'>>) => lines.map((line) => ({ ...line, kind }));
  return inFindingOrder<IssueLine>({ dropped: of('dropped', dropped), failed: of('failed', failed), stream: of('stream', stream), series: of('series', series), operation: of('operation', operation) });
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
  return legNameOf(story, legIdOf(l));
}

/** The id a leg is named by: its participant's, else (P2P) its endpoint's. */
export function legIdOf(l: LegStory): string | null {
  return l.leg.participantId ?? l.leg.endpointId;
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

import type { Thresholds } from '../rules/thresholds.js';
import { kqlCommentText } from './kql-literal.js';
import { DEFAULT_ORIGIN, FLAG_ORIGIN, type LimitOrigins } from './limit-origins.js';
import type { TimeBound } from '../config/time-bound.js';
import { timeBoundExpression } from './time-bound-expression.js';
import { callIdsLet, legRecordsLet, streamRecordsLet } from './source-records-kql.js';
import { endCodeTablesLet, legEndsLet } from './failed-legs-kql.js';
import { streamFlags } from './stream-flags-kql.js';
import { inRangeCondition, metricRangeGuards } from './value-ranges-kql.js';
import { DURATION } from '../schema/value-ranges.js';

export interface KqlQueryOptions {
  thresholds: Thresholds;
  /** Where each limit came from, for the comments; a limit not named is `default`. */
  origins: LimitOrigins;
  /** Only records generated since then (TimeGenerated); null for no such filter of its own. */
  since: TimeBound | null;
  /** Only records generated before then (TimeGenerated); null (or absent) for no such filter of its own. */
  until?: TimeBound | null;
  /** One row per call instead of one row of totals. */
  perCall: boolean;
}

/**
 * The KQL that gives the verdicts of `acs-calllogs summarize` over the ACS tables of a Log Analytics workspace:
 * by default one row of totals (calls, poor, unknown, good, streams, poor streams, unknown streams, calls with legs, calls with a
 * failed leg), with `perCall` one row per call.
 */
export function buildKqlQuery(options: KqlQueryOptions): string {
  const { since, until = null } = options;
  const timeFilter = [...(since ? ['TimeGenerated >= since'] : []), ...(until ? ['TimeGenerated < until'] : [])];
  const lines = [
    ...header(options),
    ...(since ? [`let since = ${timeBoundExpression(since)};`] : []),
    ...(until ? [`let until = ${timeBoundExpression(until)};`] : []),
    ...streamRecordsLet(timeFilter),
    ...streamFlagsLet(options),
    ...callIdsLet(timeFilter),
    ...callVerdictsLet(),
    ...legRecordsLet(timeFilter),
    ...endCodeTablesLet(),
    ...legEndsLet(),
    ...(options.perCall ? perCallResult() : totalsResult()),
  ];
  return `${lines.join('\n')}\n`;
}

function header(options: KqlQueryOptions): string[] {
  const sources = new Set(options.origins.values());
  const layers = [
    DEFAULT_ORIGIN + 's',
    ...[...sources].filter((s) => s !== DEFAULT_ORIGIN && s !== FLAG_ORIGIN).map((s) => `config ${kqlCommentText(s)}`),
    ...(sources.has(FLAG_ORIGIN) ? ['--threshold flags'] : []),
  ];
  return [
    `// acs-calllogs kql: ${options.perCall ? 'the verdict of every call' : 'totals of poor, unknown and good calls, of poor streams and of calls with a failed leg'}, by the rules of \`acs-calllogs summarize\`.`,
    `// Rules in force from: ${layers.join(', then ')}.`,
    options.since || options.until
      ? `// Records generated ${[options.since ? 'since' : '', options.until ? 'before' : ''].filter((w) => w).join(' and ')} the time${options.since && options.until ? 's' : ''} below (TimeGenerated: the time index, and ACS writes a call's records when it ends).`
      : '// No time filter: the time range of the query (the portal\'s picker, az --timespan) applies.',
  ];
}

function streamFlagsLet(options: KqlQueryOptions): string[] {
  const { blocks, offRules, flags, judged } = streamFlags(options.thresholds, options.origins);
  const lines = [
    '// A stream is poor when it breaks a rule; a value equal to its limit is not a breach; a missing value breaks none.',
    ...offRules,
    'let StreamFlags = StreamRecords',
    '    // A metric value that no stream can have (out of the metric\'s range: below 0, or over its maximum) is an error of',
    '    // the log: null, as summarize reads it absent (and counts it in numbersNotRead), so it breaks no rule and judges',
    '    // no stream.',
  ];
  const guards = metricRangeGuards();
  guards.forEach((guard, i) => lines.push(`${i === 0 ? '    | extend ' : '        '}${guard}${i === guards.length - 1 ? '' : ','}`));
  if (blocks.length > 0) {
    lines.push('    | extend');
    blocks.forEach((block, i) => {
      const last = i === blocks.length - 1;
      block.forEach((line, j) => lines.push(`        ${line}${!last && j === block.length - 1 ? ',' : ''}`));
    });
    const names = flags.map(({ metric, column }) => `iff(${column}, dynamic(["${metric}"]), dynamic([]))`);
    lines.push('    | extend Breaches = array_concat(', ...names.map((name, i) => `        ${name}${i === names.length - 1 ? ')' : ','}`));
  } else {
    lines.push('    | extend Breaches = dynamic([])');
  }
  lines.push('    | extend Poor = array_length(Breaches) > 0');
  lines.push(
    '    // A stream no rule judges (no metric logged that has a limit for its media type: None, null, Redacted) is of',
    '    // unknown quality, neither poor nor good.',
  );
  if (judged.length === 0) lines.push('    | extend Judged = false;');
  else lines.push('    | extend Judged =', ...judged.map((condition, i) => `        ${i === 0 ? '' : 'or '}${condition}${i === judged.length - 1 ? ';' : ''}`));
  return lines;
}

function callVerdictsLet(): string[] {
  return [
    '// A call with a poor stream is poor; a call with no stream of known quality (no streams, or none judged) is',
    '// unknown; the others are good.',
    'let CallVerdicts = CallIds',
    '    | join kind=leftouter (StreamFlags',
    '        | summarize Streams = count(), PoorStreams = countif(Poor), UnknownStreams = countif(not(Judged)), Breaches = make_set(Breaches)',
    '            by CorrelationId',
    '        // make_set keeps no order: the metric names in their order, the same at every run.',
    '        | extend Breaches = array_sort_asc(Breaches)',
    '    ) on CorrelationId',
    '    | project-away CorrelationId1',
    '    | extend Streams = coalesce(Streams, long(0)), PoorStreams = coalesce(PoorStreams, long(0)), UnknownStreams = coalesce(UnknownStreams, long(0))',
    '    | extend Quality = case(PoorStreams > 0, "poor", UnknownStreams == Streams, "unknown", "good");',
  ];
}

function totalsResult(): string[] {
  return [
    '// CallsWithLegs: calls with a CallSummary leg; FailedCalls: of them, those with a failed leg (what --max-failed-calls counts).',
    'CallVerdicts',
    '| join kind=leftouter (LegEnds | summarize Legs = count(), FailedLegs = countif(Failed) by CorrelationId) on CorrelationId',
    '| summarize Calls = count(), PoorCalls = countif(Quality == "poor"), UnknownCalls = countif(Quality == "unknown"),',
    '    GoodCalls = countif(Quality == "good"), Streams = coalesce(sum(Streams), long(0)), PoorStreams = coalesce(sum(PoorStreams), long(0)),',
    '    UnknownStreams = coalesce(sum(UnknownStreams), long(0)), CallsWithLegs = countif(Legs > 0), FailedCalls = countif(FailedLegs > 0)',
  ];
}

function perCallResult(): string[] {
  return [
    '// Poor calls first (most poor streams first), then unknown, then good; by start time within.',
    'CallVerdicts',
    '| join kind=leftouter (LegEnds',
    '    // A failed leg as summarize --format json lists it (failedLegs), so that the two can be compared leg by leg: whose',
    '    // leg (ParticipantId, and EndpointId, which tells apart the legs of one participant), its code and subcode, the',
    '    // result category that decided, and whether it was dropped (an ungraceful code) rather than an unexpected error.',
    '    | extend FailedLeg = bag_pack("ParticipantId", ParticipantId, "EndpointId", EndpointId, "Code", tolong(EndCode),',
    '        "SubCode", tolong(EndSubCode), "ResultCategory", EndCategory, "Dropped", Dropped)',
    '    // In leg order, as summarize lists them: by start (none last), then participant and endpoint. Two legs that tie',
    '    // there (two records of one leg, not copies) by what the list holds of them, so that the order is the same at',
    '    // every run, not by chance: the first call type, the failed legs one by one.',
    '    | extend LegOrder = strcat(iff(isnull(ParticipantStartTime), "~", format_datetime(ParticipantStartTime, "yyyy-MM-dd HH:mm:ss.fffffff")),',
    '        " ", ParticipantId, " ", EndpointId)',
    '    // A duration below 0 or over 31 days is an error of the log, absent, as summarize reads it. A call lasts its',
    '    // largest CallDuration; without one (none logged or in range), from its start, the earliest CallStartTime of its',
    '    // legs or else their ParticipantStartTime, to its last leg\'s end, the latest ParticipantStartTime +',
    '    // ParticipantDuration (in range), not rounded; null without either, or while a leg logs no ParticipantDuration',
    '    // (in range): its end is not logged, the call is in progress as far as the logs say. As summarize does (build-calls.ts).',
    `    | extend CallDuration = iff(${inRangeCondition('CallDuration', DURATION)}, CallDuration, long(null)),`,
    `        LegEnd = iff(${inRangeCondition('ParticipantDuration', DURATION)}, ParticipantStartTime + ParticipantDuration * 1s, datetime(null)),`,
    `        LegOpen = iff(${inRangeCondition('ParticipantDuration', DURATION)}, false, true)`,
    '    | summarize Legs = count(), Start = min(coalesce(CallStartTime, ParticipantStartTime)), DurationSeconds = todouble(max(CallDuration)),',
    '        LastLegEnd = max(LegEnd), OpenLegs = countif(LegOpen),',
    '        CallTypeOrder = make_list_if(strcat(LegOrder, " ", CallType), isnotempty(CallType)), CallTypes = make_list_if(CallType, isnotempty(CallType)),',
    '        FailedLegOrder = make_list_if(strcat(LegOrder, " ", tostring(FailedLeg)), Failed), FailedLegs = make_list_if(FailedLeg, Failed) by CorrelationId',
    '    | extend (CallTypeOrder, CallTypes) = array_sort_asc(CallTypeOrder, CallTypes)',
    '    | extend (FailedLegOrder, FailedLegs) = array_sort_asc(FailedLegOrder, FailedLegs)',
    '    | extend DurationSeconds = coalesce(DurationSeconds, iff(OpenLegs > 0, real(null), (LastLegEnd - Start) / 1s))',
    '    | project-away LastLegEnd, OpenLegs',
    ') on CorrelationId',
    '| project-away CorrelationId1',
    '// A call without CallSummary has no legs: 0, as summarize counts them (its Streams are 0 too, in CallVerdicts).',
    '| extend Legs = coalesce(Legs, long(0))',
    '// A P2P call that another endpoint joins becomes a group call; else the type its first leg logs, as summarize.',
    '| extend CallType = iff(set_has_element(CallTypes, "Group"), "Group", tostring(CallTypes[0]))',
    '| extend QualityOrder = case(Quality == "poor", 0, Quality == "unknown", 1, 2)',
    '| order by QualityOrder asc, PoorStreams desc, Start asc nulls last, CorrelationId asc',
    '| project Quality, CorrelationId, Start, DurationSeconds, CallType, Legs, Streams, PoorStreams, UnknownStreams,',
    '    Breaches = coalesce(Breaches, dynamic([])),',
    '    FailedLegs = coalesce(FailedLegs, dynamic([]))',
  ];
}

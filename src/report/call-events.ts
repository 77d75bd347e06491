import type { CallStory, LegStory, OperationStory, StoryEvent } from '../rules/assess-call-story.js';
import { operationCode } from '../rules/assess-call-story.js';
import { NOT_IN_CODE_TABLE } from '../rules/decode-end-reason.js';
import type { Leg } from '../model/call.js';
import type { OperationRecord } from '../schema/call-record.js';
import type { LegId } from '../rules/match-leg-id.js';
import { askedMarks } from './asked-leg.js';
import { operationLegId } from './call-issue-lines.js';
import { seriesLegId } from './series-leg-id.js';
import { offset } from './call-story-ids.js';
import { clockTime } from './clock-time.js';
import { mediaSeriesUnit, withMediaUnit } from './media-series-unit.js';
import { besideLimit, otherEnd, seriesLimit } from './render-client-logs-text.js';
import { gapOf, type HiddenRow, keptRows, type RowsGap } from './bounded-rows.js';

/**
 * How many events the text and Markdown list before they leave some out (`--all` lists every one): a call's story
 * fits a screen or two; one client's hundreds of User Facing Diagnostics would bury the joins and drops among them.
 */
export const EVENTS_SHOWN = 40;

/**
 * Of a call whose joins and leaves alone would pass EVENTS_SHOWN (a town hall's hundred legs), how many of them are
 * kept at each end of the list, whoever's: who opened the call, who stayed to its end.
 */
const PASSAGES_AT_EACH_END = 3;

/** How a part of an event reads: a failure or a drop, a degradation (a diagnostic not Good, media past a limit), a recovery. */
export type EventTone = 'plain' | 'bad' | 'warn' | 'good';

/** Text from the logs, as logged: each report makes it safe for its medium (safeText, escapeMarkdown). */
export interface EventPart {
  text: string;
  tone: EventTone;
  /** A User Facing Diagnostic's name and quality (text = "name: quality"): the text cuts a long name as summarize's tables do. */
  diagnostic?: { name: string; quality: string };
}

/** One event as the reports list it: when (from the story's origin), whose, what, and what of it. */
export interface EventRow {
  /** When, from the story's origin (`+1m 40s`). */
  at: string;
  /** When, as a ticket says it (clock-time.ts): `09:21:39`, UTC; dated when the call spans dates. */
  clock: string;
  /** The leg's id as logged (the reports shorten it: legId); null when the event names none. */
  legId: string | null;
  /** The call's own start or end: no leg column to fill. */
  ofCall: boolean;
  what: string;
  whatTone: EventTone;
  parts: EventPart[];
}

/** Events left out between two shown, by what they were (their operation's name, of diagnostics their quality), most first. */
export type EventLine = { row: EventRow } | { gap: RowsGap };

export interface CallEvents {
  total: number;
  shown: number;
  lines: EventLine[];
}

/**
 * The story's timeline (the one JSON's `timeline` gives, in its order) as the text and Markdown list it. Over `limit`
 * events and without `all`, landmarks are kept (eventLandmarks), and of the events between two of them the first and
 * the last, up to the limit (bounded-rows.ts): what is left out is said in its place ("+37 more: UserFacingDiagnostics
 * 35 (20 Bad), CreateView 2", "+24 more: joins 14, leaves 10"). `asked`: the leg asked for, whose join and leave are kept.
 */
export function callEvents(story: CallStory, all = false, limit = EVENTS_SHOWN, asked: LegId | null = null): CallEvents {
  const events = story.timeline;
  const legs = new Map<Leg, LegStory>(story.legs.map((l) => [l.leg, l]));
  const operations = new Map<OperationRecord, OperationStory>(story.operations.map((o) => [o.operation, o]));
  const rows = events.map((e) => eventRow(story, e, legs, operations));
  const kept = all || events.length <= limit ? null : keptRows(eventLandmarks(events, legs, operations, askedMarks(story, asked), limit), limit);
  const lines: EventLine[] = [];
  let hidden: HiddenRow[] = [];
  const flush = () => {
    if (hidden.length > 0) lines.push({ gap: gapOf(hidden) });
    hidden = [];
  };
  rows.forEach((row, i) => {
    if (kept !== null && !kept.has(i)) return void hidden.push(hiddenRow(events[i]!, row));
    flush();
    lines.push({ row });
  });
  flush();
  return { total: rows.length, shown: kept?.size ?? rows.length, lines };
}

/**
 * Which events are kept whatever the count: the call's start and end, a leave that dropped or failed, a failed
 * operation (issues of the call), the join and leave of the leg asked for — what a ticket's story is told between —
 * and every other join and leave while they and those fit in `limit`. Past that (a town hall's hundred legs, whose
 * joins and leaves alone are hundreds of lines), only the first and last PASSAGES_AT_EACH_END joins and leaves are;
 * the others are as any other event, the first and last of a run kept and the rest counted in its place.
 */
function eventLandmarks(
  events: readonly StoryEvent[],
  legs: ReadonlyMap<Leg, LegStory>,
  operations: ReadonlyMap<OperationRecord, OperationStory>,
  isAsked: (l: LegStory) => boolean,
  limit: number,
): boolean[] {
  const passage = (e: StoryEvent) => e.kind === 'join' || e.kind === 'leave';
  const always = events.map((e) => {
    if (e.kind === 'operation') return e.operation !== undefined && operations.get(e.operation)?.failed === true;
    if (e.kind === 'call-start' || e.kind === 'call-end') return true;
    if (!passage(e)) return false;
    const l = e.leg === undefined ? undefined : legs.get(e.leg);
    return l !== undefined && ((e.kind === 'leave' && l.endReason.failed) || isAsked(l));
  });
  const passages = events.flatMap((e, i) => (passage(e) ? [i] : []));
  const fit = always.filter((x, i) => x || passage(events[i]!)).length <= limit;
  const ends = new Set(fit ? passages : [...passages.slice(0, PASSAGES_AT_EACH_END), ...passages.slice(-PASSAGES_AT_EACH_END)]);
  return always.map((x, i) => x || ends.has(i));
}

/** What an event left out was, for its gap's tally: its name (a join's and a leave's as a count of them), and a User Facing Diagnostic's quality. */
function hiddenRow(e: StoryEvent, row: EventRow): HiddenRow {
  if (e.kind === 'join' || e.kind === 'leave') return { what: e.kind === 'join' ? 'joins' : 'leaves', quality: null };
  const diagnostic = row.parts.find((p) => p.diagnostic !== undefined);
  return { what: row.what, quality: diagnostic?.diagnostic ? { text: diagnostic.diagnostic.quality, good: diagnostic.tone === 'good' } : null };
}

function eventRow(story: CallStory, e: StoryEvent, legs: ReadonlyMap<Leg, LegStory>, operations: ReadonlyMap<OperationRecord, OperationStory>): EventRow {
  const at = offset(story, e.time);
  const base = { at, clock: clockTime(story, e.time), legId: e.participantId ?? e.endpointId ?? null, ofCall: false, whatTone: 'plain' as EventTone };
  switch (e.kind) {
    case 'call-start':
      return { ...base, ofCall: true, what: 'call started', parts: [] };
    case 'call-end':
      return { ...base, ofCall: true, what: 'call ended', parts: [] };
    case 'join':
      return { ...base, what: 'joined', parts: [{ text: e.leg?.endpointType ?? e.detail ?? '?', tone: 'plain' }] };
    case 'leave': {
      const l = e.leg === undefined ? undefined : legs.get(e.leg);
      if (l === undefined) return { ...base, what: 'left', parts: [{ text: e.detail ?? '', tone: 'plain' }] };
      const r = l.endReason;
      const what = r.dropped ? 'dropped' : r.failed ? 'failed' : 'left';
      const code = r.code === null ? `no end code logged${r.resultCategory === null ? '' : ` (${r.resultCategory})`}` : `${r.code}${r.subCode !== null ? `/${r.subCode}` : ''} ${r.message ?? `(${NOT_IN_CODE_TABLE})`}`;
      return { ...base, what, whatTone: r.failed ? 'bad' : 'plain', parts: [{ text: code, tone: 'plain' }] };
    }
    case 'operation': {
      const o = e.operation === undefined ? undefined : operations.get(e.operation);
      if (o === undefined) return { ...base, what: e.detail ?? '?', parts: [] };
      return { ...base, legId: operationLegId(o), what: o.operation.operationName ?? '?', parts: operationParts(o) };
    }
    case 'media': {
      const { series: s, breach: b } = e;
      if (s === undefined || b === undefined || s.rule === null) return { ...base, what: 'media stats', whatTone: 'warn', parts: [{ text: e.detail ?? '', tone: 'warn' }] };
      const unit = mediaSeriesUnit(s.metricName);
      const bound = s.rule.breachWhen === 'below' ? 'down to' : 'up to';
      const stream = `${s.direction ?? '?'} ${s.streamType ?? '?'}${s.codec ? `/${s.codec}` : ''} ${s.metricName}${otherEnd(story, s)}`;
      const text = `${stream} past ${withMediaUnit(seriesLimit(s.rule, s), unit)} until ${offset(story, b.end)} (avg ${bound} ${withMediaUnit(besideLimit(b.worst, s), unit)})`;
      return { ...base, legId: seriesLegId(story, s), what: 'media stats', whatTone: 'warn', parts: [{ text, tone: 'warn' }] };
    }
  }
}

/** As the Client operations list gave them: result and code, latency, and what a User Facing Diagnostic reported. */
function operationParts(o: OperationStory): EventPart[] {
  const { operation: op, failed, diagnostic, degraded } = o;
  const code = operationCode(o);
  const parts: EventPart[] = [{ text: `${op.resultType ?? '-'}${code ? ` ${code}` : ''}`, tone: failed ? 'bad' : 'plain' }];
  if (op.durationMs !== null) parts.push({ text: `${op.durationMs} ms`, tone: 'plain' });
  if (diagnostic !== null) {
    parts.push({ text: `${diagnostic.diagnostic}: ${diagnostic.quality}`, tone: degraded !== null ? 'warn' : 'good', diagnostic: { name: diagnostic.diagnostic, quality: diagnostic.quality } });
  }
  return parts;
}

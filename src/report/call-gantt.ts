import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import { REDACTED } from '../schema/values.js';
import { legEnd, legName } from './call-issue-lines.js';
import { latestTime } from './call-times.js';
import { formatDuration } from './format-values.js';
import { ganttAxis, ganttAxisEnd, ganttBars } from './render-gantt.js';
import { safeText } from '../schema/visible-text.js';

const GANTT_WIDTH = 48;
/** The narrowest the bars are drawn to fit a terminal: narrower, they would tell little of when. */
const MIN_GANTT_WIDTH = 24;

/** What begins the label of a leg that is a re-join, drawn under the earlier leg of the same user or device. */
export const REJOIN_MARK = '↳';

/** A call's timeline as lines of text: the axis, then a row a leg (its id and type, then its bar). */
export interface CallGantt {
  scale: string;
  rows: Array<{ label: string; bar: string; failed: boolean }>;
}

/**
 * The legs as bars on one axis, from the earliest join when a leg joined before the call's start, unless so early
 * that it would squash the rest: that bar then starts at the axis with a mark (ganttAxis); to the call's end, or a
 * leg's that outlasts it, unless it joined so late that it would squash the rest: that bar then ends at the axis with
 * a mark (ganttAxisEnd). A call with no end logged yet (in progress: no callDuration, and a leg that logs no duration)
 * runs to the latest time its records give, "so far". Null without legs or a start. Uncoloured: the text report colours it,
 * Markdown fences it. A leg of the same user (identifier) or device (endpointId) as an earlier one, a re-join, is
 * drawn under that one's row, marked REJOIN_MARK (legsInRows): in a town hall's hundred rows in order of joining, a
 * drop and its re-join an hour of rows apart were two strangers. `columns`: the terminal's width, when known.
 */
export function callGantt(story: CallStory, columns: number | null = null): CallGantt | null {
  const { call } = story;
  if (story.legs.length === 0 || call.startTime === null) return null;
  const { legs, rejoins } = legsInRows(story.legs);
  const rows = legs.map((l) => ({ start: l.leg.participantStartTime, end: legEnd(l), failed: l.endReason.failed }));
  // callDuration's end; without it, the legs' when every leg's is logged (build-calls.ts makes it the call's duration);
  // without either, so far.
  const loggedEnd = call.durationSeconds !== null ? call.startTime + call.durationSeconds * 1000 : call.endTime;
  const soFar = loggedEnd === null;
  const end = loggedEnd === null ? Math.max(latestTime(story), call.startTime + 1000) : ganttAxisEnd(rows, call.startTime, loggedEnd);
  const axis = ganttAxis(rows, call.startTime, end);
  // A leg's end less than a second past callDuration's is rounding (whole seconds against times to the millisecond):
  // the header says the logged duration alone then (durationText), and so does the axis, not one second more.
  const shownEnd = loggedEnd !== null && call.durationSeconds !== null && end - loggedEnd < 1000 ? loggedEnd : end;
  const total = `${formatDuration((shownEnd - call.startTime) / 1000)}${soFar ? ' so far' : ''}`;
  // Bars start after "  <leg> <type 9> ": 21 columns for ids of 8 characters.
  const names = legs.map((l) => legName(story, l));
  const width = Math.max(8, ...names.map((n) => n.length));
  // On a terminal of known width, the bars are narrower when the labels (ids of 20 characters) leave them less room.
  const barWidth = columns === null ? GANTT_WIDTH : Math.max(MIN_GANTT_WIDTH, Math.min(GANTT_WIDTH, columns - width - 13));
  const bars = ganttBars(rows, axis.start, end, barWidth);
  const scale = `${' '.repeat(width + 13)}${axis.label}${' '.repeat(Math.max(1, barWidth - axis.label.length - total.length))}${total}`;
  return {
    scale,
    rows: legs.map((l, i) => ({ label: `${rejoins.has(l) ? `${REJOIN_MARK} ` : '  '}${names[i]!.padEnd(width)} ${safeText(l.leg.endpointType ?? '?').padEnd(9)} `, bar: bars[i]!, failed: l.endReason.failed })),
  };
}

/**
 * The legs in the chart's order: the story's (by join), each re-join moved under the last leg of its user or device,
 * that is of the same identifier (when logged, not redacted) or the same endpointId (a rejoin keeps its device's).
 */
export function legsInRows(legs: readonly LegStory[]): { legs: LegStory[]; rejoins: Set<LegStory> } {
  const groups: LegStory[][] = [];
  const groupOf = new Map<string, LegStory[]>();
  const rejoins = new Set<LegStory>();
  for (const l of legs) {
    const { identifier, endpointId } = l.leg;
    const keys = [identifier !== null && identifier !== REDACTED ? `i:${identifier}` : null, endpointId !== null ? `e:${endpointId}` : null].filter((k) => k !== null);
    const group = keys.map((k) => groupOf.get(k)).find((g) => g !== undefined);
    if (group === undefined) {
      const own = [l];
      groups.push(own);
      for (const k of keys) groupOf.set(k, own);
      continue;
    }
    group.push(l);
    rejoins.add(l);
    for (const k of keys) if (!groupOf.has(k)) groupOf.set(k, group);
  }
  return { legs: groups.flat(), rejoins };
}

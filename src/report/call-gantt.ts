import type { CallStory } from '../rules/assess-call-story.js';
import { legEnd, legName } from './call-issue-lines.js';
import { spanSeconds } from './call-times.js';
import { formatDuration } from './format-values.js';
import { ganttAxis, ganttBars } from './render-gantt.js';
import { safeText } from '../schema/visible-text.js';

const GANTT_WIDTH = 48;

/** A call's timeline as lines of text: the axis, then a row a leg (its id and type, then its bar). */
export interface CallGantt {
  scale: string;
  rows: Array<{ label: string; bar: string; failed: boolean }>;
}

/**
 * The legs as bars on one axis, from the earliest join when a leg joined before the call's start, unless so early
 * that it would squash the rest: that bar then starts at the axis with a mark (ganttAxis); null without legs or a start. Uncoloured: the text report colours it, Markdown fences it.
 */
export function callGantt(story: CallStory): CallGantt | null {
  const { call } = story;
  if (story.legs.length === 0 || call.startTime === null) return null;
  const end = call.endTime ?? call.startTime + 1000;
  const rows = story.legs.map((l) => ({ start: l.leg.participantStartTime, end: legEnd(l), dropped: l.endReason.dropped }));
  const axis = ganttAxis(rows, call.startTime, end);
  const bars = ganttBars(rows, axis.start, end, GANTT_WIDTH);
  const total = formatDuration(spanSeconds(call) ?? call.durationSeconds);
  // Bars start after "  <leg> <type 9> ": 21 columns for ids of 8 characters.
  const names = story.legs.map((l) => legName(story, l));
  const width = Math.max(8, ...names.map((n) => n.length));
  const scale = `${' '.repeat(width + 13)}${axis.label}${' '.repeat(Math.max(1, GANTT_WIDTH - axis.label.length - total.length))}${total}`;
  return {
    scale,
    rows: story.legs.map((l, i) => ({ label: `  ${names[i]!.padEnd(width)} ${safeText(l.leg.endpointType ?? '?').padEnd(9)} `, bar: bars[i]!, failed: l.endReason.failed })),
  };
}

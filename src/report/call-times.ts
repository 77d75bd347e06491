import type { CallStory } from '../rules/assess-call-story.js';
import { legEnd } from './call-issue-lines.js';
import { formatDuration } from './format-values.js';

/** From the call's start to its end: the later of callDuration's end and its last leg's (build-calls.ts). */
export function spanSeconds(call: CallStory['call']): number | null {
  return call.startTime === null || call.endTime === null ? null : (call.endTime - call.startTime) / 1000;
}

/**
 * The call's duration as logged (callDuration); when a leg outlasts it (the logs disagree), both, so that the
 * header's end time, its duration and the timeline's axis tell one story: "1m 00s logged, legs until +1h 00m". With
 * no end logged yet, how long it has lasted as far as its records go: "8m 00s so far".
 */
export function durationText(story: CallStory): string {
  const { call } = story;
  if (call.startTime !== null && call.endTime === null && call.durationSeconds === null) {
    // No end logged yet (in progress: no callDuration, a leg not ended): how long it has lasted as far as the records
    // go, as the timeline's axis says it; not an end.
    const latest = latestTime(story);
    return latest > call.startTime ? `${formatDuration((latest - call.startTime) / 1000)} so far` : '-';
  }
  const span = spanSeconds(call);
  const logged = formatDuration(call.durationSeconds);
  // An overhang of a second or more: durations are whole seconds and start times are not, so less is rounding.
  return span !== null && call.durationSeconds !== null && span - call.durationSeconds >= 1 ? `${logged} logged, legs until +${formatDuration(span)}` : logged;
}

/**
 * The latest time the call's records give of what happened in it: its legs' joins, the ends of those that ended and
 * the times of their records (a CallSummaryUpdates version's), its client operations and media samples. How far a
 * call with no end has gone; -Infinity when none gives a time.
 */
export function latestTime(story: CallStory): number {
  const { call } = story;
  const times = [
    ...story.legs.flatMap((l) => [l.leg.participantStartTime, legEnd(l), l.leg.time]),
    ...call.operations.map((op) => op.time),
    ...call.mediaStats.map((sample) => sample.time),
  ];
  return times.reduce<number>((latest, time) => (time !== null && time > latest ? time : latest), -Infinity);
}

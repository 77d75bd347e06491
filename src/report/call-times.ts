import type { CallStory } from '../rules/assess-call-story.js';
import { formatDuration } from './format-values.js';

/** From the call's start to its end: the later of callDuration's end and its last leg's (build-calls.ts). */
export function spanSeconds(call: CallStory['call']): number | null {
  return call.startTime === null || call.endTime === null ? null : (call.endTime - call.startTime) / 1000;
}

/**
 * The call's duration as logged (callDuration); when a leg outlasts it (the logs disagree), both, so that the
 * header's end time, its duration and the timeline's axis tell one story: "1m 00s logged, legs until +1h 00m".
 */
export function durationText(call: CallStory['call']): string {
  const span = spanSeconds(call);
  const logged = formatDuration(call.durationSeconds);
  // An overhang of a second or more: durations are whole seconds and start times are not, so less is rounding.
  return span !== null && call.durationSeconds !== null && span - call.durationSeconds >= 1 ? `${logged} logged, legs until +${formatDuration(span)}` : logged;
}

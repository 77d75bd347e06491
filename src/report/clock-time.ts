import type { CallStory } from '../rules/assess-call-story.js';
import { offset } from './call-story-ids.js';
import { formatTime } from './format-values.js';

/** Whether a story's times fall on more than one UTC date, by story: its clock times then carry the date. */
const DATED = new WeakMap<CallStory, boolean>();

/**
 * A time of the call as a ticket or a log query gives it (`the call dropped at about 09:20 UTC`), where the reports
 * give a moment beside its offset from the start: UTC, as every ACS log time is and as the header says; to the second,
 * cut as the header's times are (`09:21:39` for 09:21:39.114), so that the call's start reads as the header's does.
 * A call whose times fall on more than one UTC date (one past midnight, a record's time days off) has every one dated,
 * `2026-11-21 00:01:39`, never a time that reads as another day's; `-` when unknown. No local time: the logs, Log
 * Analytics and the portal's Call Diagnostics all say UTC, and a report read on another machine says the same.
 */
export function clockTime(story: CallStory, time: number | null): string {
  if (time === null) return '-';
  const whole = formatTime(time);
  return whole === '-' || spansDates(story) ? whole : whole.slice(11);
}

/** Whether the call's start and its timeline's events fall on more than one UTC date. */
export function spansDates(story: CallStory): boolean {
  let dated = DATED.get(story);
  if (dated === undefined) {
    const times = [story.origin?.time ?? null, ...story.timeline.map((e) => e.time)].map(formatTime).filter((t) => t !== '-');
    dated = new Set(times.map((t) => t.slice(0, 10))).size > 1;
    DATED.set(story, dated);
  }
  return dated;
}

/**
 * A moment as an issue gives it, a line that goes on its own into a JUnit failure or a ticket: from the start, and on
 * the clock, said to be UTC: `+1m 40s (09:21:39 UTC)`.
 */
export function offsetAndClock(story: CallStory, time: number): string {
  const clock = clockTime(story, time);
  return clock === '-' ? offset(story, time) : `${offset(story, time)} (${clock} UTC)`;
}

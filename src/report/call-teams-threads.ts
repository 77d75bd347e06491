import type { CallStory } from '../rules/assess-call-story.js';

/**
 * The Teams threads a call's legs log, each with how many legs log it, in the order of the legs. A call has one, but
 * its legs may disagree (the schema article's own group call logs two), and the call's `teamsThreadId` is its first
 * leg's: more than one here is said, not hidden.
 */
export function teamsThreads(story: CallStory): Array<{ id: string; legs: number }> {
  const threads = new Map<string, number>();
  for (const { leg } of story.legs) if (leg.teamsThreadId !== null) threads.set(leg.teamsThreadId, (threads.get(leg.teamsThreadId) ?? 0) + 1);
  return [...threads].map(([id, legs]) => ({ id, legs }));
}

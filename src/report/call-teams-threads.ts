import type { CallStory } from '../rules/assess-call-story.js';

/** A call's Teams thread as its header says it: the one its legs log, or each of them when they disagree. */
export type TeamsThreads = { kind: 'one'; id: string } | { kind: 'disagree'; threads: Array<{ id: string; legs: number }> };

/**
 * The Teams threads a call's legs log, each with how many legs log it, in the order of the legs; null when no leg
 * logs one. A call has one, but its legs may disagree (the schema article's own group call logs two), and the call's
 * `teamsThreadId` is its first leg's: more than one here is said, not hidden.
 */
export function teamsThreads(story: CallStory): TeamsThreads | null {
  const threads = new Map<string, number>();
  for (const { leg } of story.legs) if (leg.teamsThreadId !== null) threads.set(leg.teamsThreadId, (threads.get(leg.teamsThreadId) ?? 0) + 1);
  if (threads.size === 0) return null;
  if (threads.size === 1) return { kind: 'one', id: threads.keys().next().value! };
  return { kind: 'disagree', threads: [...threads].map(([id, legs]) => ({ id, legs })) };
}

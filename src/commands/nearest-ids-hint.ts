import type { Call } from '../model/call.js';
import { editDistance } from '../rules/edit-distance.js';
import { nearestIds } from '../rules/match-call-id.js';
import { describeNearLegId, legIdsOf } from '../rules/match-leg-id.js';
import { visibleId } from '../schema/visible-id.js';
import type { SeenIds } from './call-id-gatherer.js';

/**
 * Whether an id seen (in lower case) is near enough to the query to be what was meant: it holds the query, or its
 * start or the whole of it is a typo or two away (a quarter of a whole GUID's characters), never a random id's
 * distance (ids of 8 hex digits are ~6 edits from a random one's start, whole GUIDs ~20).
 */
export function isNear(query: string, id: string): boolean {
  const typos = Math.max(2, Math.floor(query.length / 4));
  return id.includes(query) || editDistance(query, id.slice(0, query.length)) <= typos || editDistance(query, id) <= typos;
}

/**
 * "; nearest ids seen: …" for an id that names no call and no leg (`query`, cleaned, in lower case): the 3 ids closest
 * to it (nearestIds) among the calls' and legs' ids seen (call-id-gatherer.ts) and those of the calls read, since `call` finds a
 * call by either. A call's id is named as the reports name it (visible-id.ts), a leg's with whose it is
 * (`2aaed7ee-… (leg of call a60ad5d9-…)`), each of which, given back, finds its call. Empty when none was seen; when
 * none is near (isNear), none is named: it says so, and asks whether the call's day and hour were read.
 */
export function nearestIdsHint(query: string, seen: SeenIds, calls: readonly Call[]): string {
  const callIds = new Set([...seen.calls, ...calls.map((c) => c.correlationId)]);
  const legs = new Map(seen.legs);
  for (const leg of legIdsOf(calls)) if (!legs.has(leg.id)) legs.set(leg.id, leg);
  // Not the id itself, which torn records may have given the re-read: "no call X; nearest: X" tells nothing.
  const others = [...new Set([...callIds, ...legs.keys()])].filter((other) => other.toLowerCase() !== query);
  // A call's id before a leg's that begins as near the query: `call` is asked for calls, and a leg's is offered when nearer.
  const nearest = nearestIds(query, others, 3, (id) => (callIds.has(id) ? 0 : 1));
  if (nearest.length === 0) return '';
  // Among a month's thousands of calls the nearest ids are no nearer than any random id: named, even after a word that
  // they are not near, they read as "did you mean" and send a support engineer to another customer's call. When none
  // is as near as a typo's, none is named: the hint says so, and what to check (the call's logs may not have been
  // read at all).
  if (!nearest.some((id) => isNear(query, id.toLowerCase()))) return `; ${NONE_NEAR}`;
  return `; nearest ids seen: ${nearest.map((id) => (callIds.has(id) ? visibleId(id) : describeNearLegId(legs.get(id)!))).join(', ')}`;
}

/** What the hint says when no id seen is near the one asked for (isNear). */
export const NONE_NEAR = "no call's or leg's id seen is near it, as a typo's would be: were the logs of the call's day and hour read?";

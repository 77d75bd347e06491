import type { Leg } from '../model/call.js';
import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import { p2pClientLeg } from '../rules/client-legs.js';
import type { LegId } from '../rules/match-leg-id.js';
import { legIdOf } from './call-issue-lines.js';

/** What marks the leg asked for (`call <a leg's id>`) in the Legs table of `call`'s text and Markdown. */
export const ASKED_MARK = '▸';

/**
 * The leg's id in the field asked for is the id asked for (in any case: a leg's records may spell it otherwise). By
 * default in the field the id was found in: whether the leg is asked for by an id of its own.
 */
export function isAsked(asked: LegId | null, l: LegStory, field: LegId['field'] = asked?.field ?? 'participantId'): boolean {
  const id = l.leg[field];
  return asked !== null && asked.field === field && id !== null && id.toLowerCase() === asked.id.toLowerCase();
}

/**
 * The P2P leg asked for by the participantId its client logged (`call 9c000009`), which no leg has as its own: the
 * leg its client's operations tie that id to (client-legs.ts' p2pClientLeg). Null when the id is a leg's own, or
 * ties to no one P2P leg.
 */
export function askedClientLeg(story: CallStory, asked: LegId | null): Leg | null {
  if (asked === null || asked.field !== 'participantId' || story.legs.some((l) => isAsked(asked, l))) return null;
  return p2pClientLeg(story.clientLegs, asked.id);
}

/**
 * Which legs the Legs table marks as asked for, and in which cell: the one whose id in that field was asked for
 * (isAsked), or the P2P leg asked for by its client's participantId (askedClientLeg), marked on its endpointId, the id
 * that names it. Without a field: whether the leg is marked at all — and so kept where legs and events are bounded.
 */
export function askedMarks(story: CallStory, asked: LegId | null): (l: LegStory, field?: LegId['field']) => boolean {
  const client = askedClientLeg(story, asked);
  return (l, field) => {
    if (field === undefined) return isAsked(asked, l) || l.leg === client;
    return isAsked(asked, l, field) || (field === 'endpointId' && l.leg === client);
  };
}

/**
 * Whether an issue, by the id of the leg it names (callIssues' legId), is of the leg asked for: of a leg the Legs table
 * marks (askedMarks: an endpoint's id, each of its legs; a P2P client's own participantId, the leg its operations tie
 * it to, whose series are shown under the leg's id), or named by the id asked for itself, as the streams, operations
 * and series of a leg whose CallSummary is not in the export are (no leg of the story is theirs to mark). One predicate
 * with the mark: in a group call a participantId no leg has is such a leg's, not the leg its endpoint's operations were
 * joined to (client-legs.ts' p2pClientLeg), which neither is marked nor has its issues kept. In any case, as isAsked
 * reads it.
 */
export function askedIssueOf(story: CallStory, asked: LegId | null): (legId: string | null) => boolean {
  if (asked === null) return () => false;
  const isMarked = askedMarks(story, asked);
  const legs = story.legs.filter((l) => isMarked(l));
  const ids = new Set([asked.id, ...legs.map(legIdOf)].flatMap((id) => (id === null ? [] : [id.toLowerCase()])));
  return (legId) => legId !== null && ids.has(legId.toLowerCase());
}

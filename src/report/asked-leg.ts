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
 * Whether an issue, by the id of the leg it names (callIssues' legId), is of the leg asked for: of a leg asked for by
 * an id of its own (an endpoint's id: each of its legs), or named by the id asked for itself, as the streams and
 * operations of a leg whose CallSummary is not in the export are (no leg of the story is theirs to mark). A client's
 * own participantId stands for the leg its operations were joined to (client-legs.ts): asked for by it, that leg's
 * issues are kept; asked for by the leg's id, so are the issues named by it. In any case, as isAsked reads it.
 */
export function askedIssueOf(story: CallStory, asked: LegId | null): (legId: string | null) => boolean {
  if (asked === null) return () => false;
  const byClient = story.clientLegs;
  const asClient = byClient.get(asked.id.toLowerCase());
  const legs = story.legs.filter((l) => isAsked(asked, l) || l.leg === asClient);
  const clients = [...byClient].flatMap(([id, leg]) => (legs.some((l) => l.leg === leg) ? [id] : []));
  const ids = new Set([asked.id, ...legs.map(legIdOf), ...clients].flatMap((id) => (id === null ? [] : [id.toLowerCase()])));
  return (legId) => legId !== null && ids.has(legId.toLowerCase());
}

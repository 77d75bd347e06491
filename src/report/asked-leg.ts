import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';
import { clientLegs } from '../rules/client-legs.js';
import { legIdOf } from './call-issue-lines.js';

/** What marks the leg asked for (`call <a leg's id>`) in the Legs table of `call`'s text and Markdown. */
export const ASKED_MARK = '▸';

/**
 * The leg's id in the field asked for is the id asked for (in any case: a leg's records may spell it otherwise). By
 * default in the field the id was found in: whether the Legs table marks the leg at all.
 */
export function isAsked(asked: LegId | null, l: LegStory, field: LegId['field'] = asked?.field ?? 'participantId'): boolean {
  const id = l.leg[field];
  return asked !== null && asked.field === field && id !== null && id.toLowerCase() === asked.id.toLowerCase();
}

/**
 * Whether an issue, by the id of the leg it names (callIssues' legId), is of the leg asked for: of a leg isAsked marks
 * (an endpoint's id: each of its legs), or named by the id asked for itself, as the streams and operations of a leg
 * whose CallSummary is not in the export are (no leg of the story is theirs to mark). A P2P leg's client names its
 * media-stats series by a participantId of its own, tied to the leg by its operations (client-legs.ts): asked for by
 * the leg's endpointId, those series are its too; asked for by the client's id, the leg's issues are. In any case, as
 * isAsked reads it.
 */
export function askedIssueOf(story: CallStory, asked: LegId | null): (legId: string | null) => boolean {
  if (asked === null) return () => false;
  const byClient = clientLegs(story.operations);
  const asClient = byClient.get(asked.id.toLowerCase());
  const legs = story.legs.filter((l) => isAsked(asked, l) || l.leg === asClient);
  const clients = [...byClient].flatMap(([id, leg]) => (legs.some((l) => l.leg === leg) ? [id] : []));
  const ids = new Set([asked.id, ...legs.map(legIdOf), ...clients].flatMap((id) => (id === null ? [] : [id.toLowerCase()])));
  return (legId) => legId !== null && ids.has(legId.toLowerCase());
}

import type { LegStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';

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

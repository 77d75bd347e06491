import type { CallStory } from '../rules/assess-call-story.js';
import type { MediaSeries } from '../rules/evaluate-media-series.js';
import { legNameOf } from './call-story-ids.js';

/**
 * The id a client media series is shown under: its leg's, as the Legs table names the leg — a P2P leg by its
 * endpointId, whatever participantId its client logged (client-legs.ts) —; else its own participantId, as logged (a
 * group call's: its leg's own).
 */
export function seriesLegId(story: CallStory, s: MediaSeries): string | null {
  const leg = story.seriesLegs.get(s);
  return leg !== undefined && leg.participantId === null && leg.endpointId !== null ? leg.endpointId : s.participantId;
}

/**
 * The participantId a client logged its series under, when the series is shown under another id (seriesLegId: a P2P
 * leg's endpointId): what finds it in the raw logs, whose media stats have no EndpointId. Null otherwise.
 */
export function seriesClientId(story: CallStory, s: MediaSeries): string | null {
  const id = seriesLegId(story, s);
  return id === s.participantId ? null : s.participantId;
}

/**
 * A client media series' leg as the text names it: its id as the story shows it (seriesLegId), with the participantId
 * its client logged beside it when that is another ("eb000002 (client 9c000009)"); "2aaed7ee" in a group call.
 */
export function seriesLegName(story: CallStory, s: MediaSeries): string {
  const client = seriesClientId(story, s);
  return `${legNameOf(story, seriesLegId(story, s))}${client === null ? '' : ` (client ${legNameOf(story, client)})`}`;
}

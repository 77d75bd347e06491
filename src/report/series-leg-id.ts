import type { CallStory } from '../rules/assess-call-story.js';
import type { MediaSeries } from '../rules/evaluate-media-series.js';
import { clientIdName, clientIdShown } from './client-id-shown.js';
import { legNameOf } from './call-story-ids.js';

/**
 * The id a client media series is shown under: its leg's, as the Legs table names the leg — a P2P leg by its
 * endpointId, whatever participantId its client logged (client-legs.ts) —; else its own participantId, as logged (a
 * group call's: its leg's own).
 */
export function seriesLegId(story: CallStory, s: MediaSeries): string | null {
  return clientIdShown(story.seriesLegs.get(s), s.participantId).id;
}

/**
 * A client media series' leg as the text names it: its id as the story shows it (seriesLegId), with the participantId
 * its client logged beside it when that is another ("eb000002 (client 9c000009)"); "2aaed7ee" in a group call.
 */
export function seriesLegName(story: CallStory, s: MediaSeries): string {
  return clientIdName(clientIdShown(story.seriesLegs.get(s), s.participantId), (id) => legNameOf(story, id));
}

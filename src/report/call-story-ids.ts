import type { CallStory } from '../rules/assess-call-story.js';
import { formatDuration } from './format-values.js';
import { legIdLength, NO_LEG_ID, shownLegId } from './shown-leg-id.js';

/** A time as call's text shows it: from the story's origin (its start), `+1m 40s`, `-2m 00s` before it; `-` unknown. */
export function offset(story: CallStory, time: number | null): string {
  const start = story.origin?.time ?? null;
  if (time === null || start === null) return '-';
  const seconds = Math.round((time - start) / 1000);
  return seconds < 0 ? `-${formatDuration(-seconds)}` : `+${formatDuration(seconds)}`;
}

/** How long the story's ids are shown: long enough to tell its legs apart (distinct-prefix.ts). */
const ID_LENGTHS = new WeakMap<CallStory, number>();

/**
 * A leg's (participant's or endpoint's) id as the story shows it (shown-leg-id.ts: `ab\u0001cdef`, as call ids are
 * named), in a column that holds it when logged: `-` when it is not.
 */
export function legId(story: CallStory, id: string | null): string {
  let length = ID_LENGTHS.get(story);
  if (length === undefined) {
    const { call } = story;
    length = legIdLength([
      ...call.legs.flatMap((leg) => [leg.participantId, leg.endpointId]),
      ...call.streams.flatMap((stream) => [stream.participantId, stream.endpointId]),
      ...call.operations.flatMap((operation) => [operation.participantId, operation.endpointId]),
      ...story.mediaSeries.flatMap((series) => [series.participantId, series.remoteParticipantId, series.remoteEndpointId]),
      ...call.surveys.map((survey) => survey.participantId),
    ]);
    ID_LENGTHS.set(story, length);
  }
  return id === null ? '-' : shownLegId(id, length);
}

/** What names a leg by its id (`leg …`, the Timeline's rows): its id as legId shows it, and NO_LEG_ID when it has none. */
export function legNameOf(story: CallStory, id: string | null): string {
  return id === null ? NO_LEG_ID : legId(story, id);
}

/**
 * What the Legs table's Leg column (the participantId) shows of a leg that logs none: NO_LEG_ID when it logs no
 * endpointId either, as every section names it; `(p2p)` in a P2P call (whose legs have none: the endpointId names
 * them), and only there; else `-`, not logged, beside the endpoint that names it (a group call's server leg).
 */
export function noParticipantCell(story: CallStory, endpointId: string | null): string {
  if (endpointId === null) return NO_LEG_ID;
  return story.call.callType?.trim().toLowerCase() === 'p2p' ? '(p2p)' : '-';
}

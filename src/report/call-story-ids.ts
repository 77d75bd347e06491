import type { CallStory } from '../rules/assess-call-story.js';
import { distinctPrefixLength } from './distinct-prefix.js';
import { formatDuration } from './format-values.js';
import { shortId } from './terminal-text.js';

/** A time as call's text shows it: from the story's origin (its start), `+1m 40s`, `-2m 00s` before it; `-` unknown. */
export function offset(story: CallStory, time: number | null): string {
  const start = story.origin?.time ?? null;
  if (time === null || start === null) return '-';
  const seconds = Math.round((time - start) / 1000);
  return seconds < 0 ? `-${formatDuration(-seconds)}` : `+${formatDuration(seconds)}`;
}

/** How long the story's ids are shown: long enough to tell its legs apart (distinct-prefix.ts). */
const ID_LENGTHS = new WeakMap<CallStory, number>();

/** A leg's (participant's or endpoint's) id as the story shows it. */
export function legId(story: CallStory, id: string | null): string {
  let length = ID_LENGTHS.get(story);
  if (length === undefined) {
    const { call } = story;
    length = distinctPrefixLength([
      ...call.legs.flatMap((leg) => [leg.participantId, leg.endpointId]),
      ...call.streams.flatMap((stream) => [stream.participantId, stream.endpointId]),
      ...call.operations.flatMap((operation) => [operation.participantId, operation.endpointId]),
      ...story.mediaSeries.flatMap((series) => [series.participantId, series.remoteParticipantId, series.remoteEndpointId]),
      ...call.surveys.map((survey) => survey.participantId),
    ]);
    ID_LENGTHS.set(story, length);
  }
  return shortId(id, length);
}

import type { Leg } from '../model/call.js';

/**
 * A participantId a client logged — its media series' own, a series' other end's (RemoteParticipantId), its survey's
 * — as `call` shows it: `id`, its leg's as the Legs table names the leg, a P2P leg by its endpointId whatever
 * participantId its client logged (client-legs.ts); `client`, that participantId when it is another, what finds the
 * record in the raw logs (null otherwise). As logged, nothing beside it, when the id is a leg's own (a group call's)
 * or tied to no one leg.
 */
export interface ClientIdShown {
  id: string | null;
  client: string | null;
}

/** The id `logged` is shown under, given the leg the story found it of (seriesLegs, remoteLegs, surveyLegs). */
export function clientIdShown(leg: Leg | undefined, logged: string | null): ClientIdShown {
  const id = leg !== undefined && leg.participantId === null && leg.endpointId !== null ? leg.endpointId : logged;
  return { id, client: id === logged ? null : logged };
}

/**
 * As a report names it, each id as `name` shows one (legNameOf, a Markdown code span): "eb000002 (client 9c000009)"
 * for a P2P client's, "2aaed7ee" in a group call.
 */
export function clientIdName(shown: ClientIdShown, name: (id: string | null) => string): string {
  return `${name(shown.id)}${shown.client === null ? '' : ` (client ${name(shown.client)})`}`;
}

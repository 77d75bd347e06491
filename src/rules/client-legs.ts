import type { Leg } from '../model/call.js';
import type { OperationStory } from './assess-call-story.js';

/**
 * The leg each client's own participantId is of, by the leg its operations were joined to (operation-leg.ts). A P2P
 * client logs a ParticipantId that no leg has (its CallSummary has none), on its operations and its media stats alike,
 * and an EndpointId, its leg's only id, on its operations only (the media-stats log has none: "not currently
 * instrumented"): its operations are what tie its media-stats series to its leg. Keyed in lower case (ids as a leg's
 * records may spell them); a participantId whose operations were joined to different legs is of none.
 */
export function clientLegs(operations: readonly OperationStory[]): Map<string, Leg> {
  const legs = new Map<string, Leg | null>();
  for (const { operation, leg } of operations) {
    if (operation.participantId === null || leg === null) continue;
    const id = operation.participantId.toLowerCase();
    const known = legs.get(id);
    legs.set(id, known === undefined || known === leg ? leg : null);
  }
  return new Map([...legs].flatMap(([id, leg]) => (leg === null ? [] : [[id, leg] as const])));
}

/**
 * The P2P leg (one that logs no participantId: its endpointId names it) whose client logged this participantId, by
 * clientLegs; null for any other id. Not a group call's leg: there a participantId is a leg's own, and one that no leg
 * has is of a leg whose CallSummary is not in the export, whatever leg its endpoint's operations were joined to.
 */
export function p2pClientLeg(clients: ReadonlyMap<string, Leg>, participantId: string | null): Leg | null {
  const leg = participantId === null ? undefined : clients.get(participantId.toLowerCase());
  return leg !== undefined && leg.participantId === null ? leg : null;
}

/**
 * The leg a participantId a client logged is of — a media-stats series' own, its other end's (RemoteParticipantId), a
 * survey's: the leg whose participantId it is (a group call's, in any case), else the P2P leg that client's operations
 * tie it to (p2pClientLeg); null when neither.
 */
export function participantLeg(participantId: string | null, legs: readonly Leg[], clients: ReadonlyMap<string, Leg>): Leg | null {
  if (participantId === null) return null;
  const id = participantId.toLowerCase();
  return legs.find((l) => l.participantId?.toLowerCase() === id) ?? p2pClientLeg(clients, participantId);
}

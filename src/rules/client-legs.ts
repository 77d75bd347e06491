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

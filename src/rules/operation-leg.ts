import type { Leg } from '../model/call.js';
import type { OperationRecord } from '../schema/call-record.js';

/**
 * The leg (CallSummary) a client operation is of. By its ParticipantId, the logs' "main correlation point"; else by its
 * EndpointId, which the article gives the operation too and which is a P2P leg's only id (its CallSummary has no
 * participantId, while the client logs one of its own that no leg has). An endpoint with several legs (a rejoin) gives
 * the one it was in when the operation happened; null when none is found, or several.
 */
export function operationLeg(op: OperationRecord, legs: readonly Leg[]): Leg | null {
  const byParticipant = legs.find((l) => sameId(l.participantId, op.participantId));
  if (byParticipant !== undefined) return byParticipant;
  const byEndpoint = legs.filter((l) => sameId(l.endpointId, op.endpointId));
  if (byEndpoint.length <= 1) return byEndpoint[0] ?? null;
  const during = byEndpoint.filter((l) => isDuring(op.time, l));
  return during.length === 1 ? during[0]! : null;
}

/** Ids as the legs' records may spell them: in any case (match-leg-id.ts reads a leg's id so). */
function sameId(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/** The time is within the leg: from its start to its end (on to the call's end when its duration is not logged). */
function isDuring(time: number | null, leg: Leg): boolean {
  const start = leg.participantStartTime;
  if (time === null || start === null || time < start) return false;
  return leg.participantDuration === null || time <= start + leg.participantDuration * 1000;
}

import type { Leg } from '../model/call.js';
import type { OperationRecord } from '../schema/call-record.js';

/**
 * How far a client's clock may be from the service's, in ms: an operation's time is the client's (CallClientTimeStamp),
 * a leg's span the service's (its CallSummary's participantStartTime and participantDuration). 10 s is more than a
 * device that sets its clock from the network is off by, and than the 5 s the fixtures show between a Join and the
 * start of the leg it made; a rejoin a minute after the device's leg left is outside it (one seconds after is told
 * apart by its participantId, below).
 */
export const CLOCK_SKEW_MS = 10_000;

/** An operation's duration counted at most, in ms: one logged longer (a call that rang, a timeout) says nothing of when its leg was in the call. */
const MAX_OPERATION_MS = 60_000;

/**
 * The leg (CallSummary) a client operation is of. By its ParticipantId, the logs' "main correlation point"; else by its
 * EndpointId, which the article gives the operation too and which is a P2P leg's only id (its CallSummary has no
 * participantId, while the client logs one of its own that no leg has): the one leg on its endpoint whose span holds the
 * operation's time (isAround). An operation outside every such leg is of none: in a group call the device's rejoin,
 * whose CallSummary is not in the export, and it stays under its own participantId. When its time or the leg's start
 * is not logged, the endpoint's only leg; null when none is found, or several.
 *
 * A leg that logs a participantId (a group call's) is not the leg of an operation that logs another, whatever its time:
 * "If someone rejoins a call, that participant has the same EndpointId value but a different ParticipantId value" (the
 * article), so that operation is of the rejoin, which a person may start seconds after the leg dropped, within the
 * skew. Only an operation that logs no participantId is joined to such a leg by its endpoint.
 */
export function operationLeg(op: OperationRecord, legs: readonly Leg[]): Leg | null {
  const byParticipant = legs.find((l) => sameId(l.participantId, op.participantId));
  if (byParticipant !== undefined) return byParticipant;
  const byEndpoint = legs.filter((l) => sameId(l.endpointId, op.endpointId) && (l.participantId === null || op.participantId === null));
  if (byEndpoint.length === 1 && (op.time === null || byEndpoint[0]!.participantStartTime === null)) return byEndpoint[0]!;
  const around = byEndpoint.filter((l) => isAround(op, l));
  return around.length === 1 ? around[0]! : null;
}

/** Ids as the legs' records may spell them: in any case (match-leg-id.ts reads a leg's id so). */
function sameId(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * The operation happened while the leg was in the call: its time within the leg's span (from its start to its end, on
 * with no end when its duration is not logged), widened on each side by the operation's own duration and the clocks'
 * skew. A Join comes before its leg's start (the client asks, the service then connects it), and whether an
 * operation's time is when it began or when it ended is not said: by its duration either way. False when either time is
 * not logged.
 */
function isAround(op: OperationRecord, leg: Leg): boolean {
  const start = leg.participantStartTime;
  if (op.time === null || start === null) return false;
  const slack = Math.min(op.durationMs ?? 0, MAX_OPERATION_MS) + CLOCK_SKEW_MS;
  if (op.time < start - slack) return false;
  return leg.participantDuration === null || op.time <= start + leg.participantDuration * 1000 + slack;
}

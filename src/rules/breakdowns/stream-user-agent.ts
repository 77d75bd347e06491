import type { Call, Stream } from '../../model/call.js';

/**
 * The user agent of a stream's client: the first `UserAgent` a CallClientOperations record of the call logs for the
 * stream's participantId, else for its endpointId (as a stream's leg is found); null when none does (the call's client
 * operations not exported, or none of that participant: another tenant's logs to its own resource). Only
 * CallClientOperations carries a user agent; the schema names ParticipantId "the main correlation point between
 * CallSummary, CallDiagnostic, CallClientOperations" logs.
 */
export function userAgentFinder(call: Call): (stream: Stream) => string | null {
  let byParticipant: Map<string, string> | null = null;
  let byEndpoint: Map<string, string> | null = null;
  for (const op of call.operations) {
    if (op.userAgent === null) continue;
    if (op.participantId !== null) {
      byParticipant ??= new Map();
      if (!byParticipant.has(op.participantId)) byParticipant.set(op.participantId, op.userAgent);
    }
    if (op.endpointId !== null) {
      byEndpoint ??= new Map();
      if (!byEndpoint.has(op.endpointId)) byEndpoint.set(op.endpointId, op.userAgent);
    }
  }
  // Most calls of an export without client operations: no Map made, every stream not logged.
  if (byParticipant === null && byEndpoint === null) return () => null;
  return (stream) =>
    (stream.participantId === null ? undefined : byParticipant?.get(stream.participantId)) ??
    (stream.endpointId === null ? undefined : byEndpoint?.get(stream.endpointId)) ??
    null;
}

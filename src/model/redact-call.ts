import type { Call } from './call.js';
import { redactIdentifier, redactJson, redactOsVersion, redactText, redactUserAgent } from './redact-values.js';

const orNull = <T>(value: T | null, redact: (value: T) => T): T | null => (value === null ? null : redact(value));

/**
 * `call --redact`: the call with the personal data its records carry redacted (redact-values.ts), before it is judged
 * and told, so every format shows the same and none has its own way: the identifier of legs and streams, the OS's
 * device, the user agent's device and tag, the phone numbers, user ids and addresses in a Teams thread id and in an
 * operation's payload, name and result (an app's own telemetry may write a number there). What the rules read is left
 * as it was (metrics, end codes, a payload's subcode and diagnostic, the OS and browser a fleet is grouped by, a result
 * that holds no number), so the verdict is the one without --redact. The call was found by its raw records, and the
 * records themselves are not changed: the call is a copy.
 */
export function redactCall(call: Call): Call {
  return {
    ...call,
    teamsThreadId: orNull(call.teamsThreadId, redactText),
    legs: call.legs.map((leg) => ({
      ...leg,
      identifier: orNull(leg.identifier, redactIdentifier),
      osVersion: orNull(leg.osVersion, redactOsVersion),
      teamsThreadId: orNull(leg.teamsThreadId, redactText),
    })),
    streams: call.streams.map((stream) => ({ ...stream, identifier: orNull(stream.identifier, redactIdentifier) })),
    operations: call.operations.map((op) => ({
      ...op,
      operationName: orNull(op.operationName, redactText),
      resultType: orNull(op.resultType, redactText),
      resultSignature: orNull(op.resultSignature, redactText),
      userAgent: orNull(op.userAgent, redactUserAgent),
      payload: redactJson(op.payload),
    })),
  };
}

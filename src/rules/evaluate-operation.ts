import type { OperationRecord } from '../schema/call-record.js';

/** Result types that are not failures (Call Diagnostics' own reading of ResultType). */
const NOT_FAILED = new Set(['succeeded', 'success', 'expectederror']);

export function isFailedOperation(op: OperationRecord): boolean {
  return op.resultType !== null && !NOT_FAILED.has(op.resultType.toLowerCase());
}

/**
 * A failure's subcode, when the OperationPayload carries one (SubCode, ResultSubCode, in any case): summarize's
 * failures by code and call's failed operations read it here alike.
 */
export function payloadSubCode(payload: unknown): string | null {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
  for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
    const k = key.toLowerCase();
    if ((k === 'subcode' || k === 'resultsubcode') && (typeof value === 'number' || (typeof value === 'string' && value !== ''))) return String(value);
  }
  return null;
}

export interface UserFacingDiagnostic {
  /** e.g. networkReceiveQuality, speakingWhileMicrophoneIsMuted */
  diagnostic: string;
  /** Good, Poor, Bad, or a boolean's text */
  quality: string;
}

/**
 * A User Facing Diagnostics event (OperationName UserFacingDiagnostics) whose quality is not Good,
 * read from its payload's DiagnosticChanged (or DiagnosticKind) and DiagnosticQuality; null otherwise.
 */
export function degradedDiagnostic(op: OperationRecord): UserFacingDiagnostic | null {
  const read = userFacingDiagnostic(op);
  return read === null || isGood(read) ? null : read;
}

/** A User Facing Diagnostic back to Good (or a flag back to false). */
export function isGood(d: UserFacingDiagnostic): boolean {
  const text = d.quality.toLowerCase();
  return text === 'good' || text === 'false';
}

/**
 * What a User Facing Diagnostics event says, whatever its quality (a return to Good too), read from its payload's
 * DiagnosticChanged (or DiagnosticKind) and DiagnosticQuality; null for another operation, or a payload without them.
 */
export function userFacingDiagnostic(op: OperationRecord): UserFacingDiagnostic | null {
  if (op.operationName?.toLowerCase() !== 'userfacingdiagnostics') return null;
  const payload = op.payload;
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const fields = new Map(Object.entries(payload as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  const diagnostic = fields.get('diagnosticchanged') ?? fields.get('diagnostickind') ?? fields.get('diagnostic');
  const quality = fields.get('diagnosticquality') ?? fields.get('quality') ?? fields.get('value');
  if (typeof diagnostic !== 'string' || quality === undefined || quality === null) return null;
  // The payload is the client's JSON: an object here has no trustworthy toString.
  const text = typeof quality === 'object' ? JSON.stringify(quality) : String(quality);
  return { diagnostic, quality: text };
}

import type { Call, Leg, Stream } from '../../../../src/model/call.js';
import type { OperationRecord } from '../../../../src/schema/call-record.js';


/** A leg with only what the breakdowns read; the rest null. */
export function leg(fields: Partial<Leg>): Leg {
  return {
    category: 'CallSummary', correlationId: 'c', version: null, time: null,
    callType: 'Group', callStartTime: null, callDuration: null, teamsThreadId: null,
    participantId: null, participantStartTime: null, participantDuration: null,
    endReasonCode: null, endReasonSubCode: null, resultCategory: null,
    endpointId: null, endpointType: 'VoIP', identifier: null, sdkVersion: null, osVersion: null,
    participantTenantId: null, participantType: null, pstnParticipantCallType: null,
    ...fields,
  };
}

export function stream(fields: Partial<Stream>): Stream {
  return {
    category: 'CallDiagnostics', correlationId: 'c', version: null, time: null,
    participantId: null, endpointId: null, endpointType: 'VoIP', identifier: null, mediaType: 'Audio',
    streamId: '1', transportType: 'UDP', streamDirection: null, codecName: null, metrics: {},
    ...fields,
  };
}

export function op(operationName: string, resultType: string | null, resultSignature: string | null = null, payload: unknown = null): OperationRecord {
  return {
    category: 'CallClientOperations', correlationId: 'c', version: null, time: null,
    operationName, operationType: null, operationId: null, participantId: null, endpointId: null, durationMs: null,
    resultType, resultSignature, sdkVersion: null, userAgent: null, clientInstanceId: null, payload,
  };
}

export function call(correlationId: string, parts: Partial<Call>): Call {
  return {
    correlationId, callType: 'Group', startTime: null, callStartTime: null, endTime: null, durationSeconds: null, teamsThreadId: null,
    legs: [], streams: [], operations: [], mediaStats: [], surveys: [], copies: 0,
    ...parts,
  };
}

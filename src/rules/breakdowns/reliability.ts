import type { Call } from '../../model/call.js';
import { compareText } from '../../model/compare-text.js';
import { degradedDiagnostic, isFailedOperation, payloadSubCode } from '../evaluate-operation.js';
import type { EndCodeRow } from './end-reasons.js';
import { compareNames, TallyCounter } from './rate-rows.js';
import { type Interval, wilsonInterval } from './wilson-interval.js';
import { sortWorstFirst } from './worst-first.js';

export const RELIABILITY_METHOD = 'Wilson score interval, 95%';

export interface FailureCode {
  /** ResultSignature, the HTTP-like code of the operation. */
  code: string | null;
  /** A subcode from the OperationPayload (SubCode / ResultSubCode), when it has one. */
  subCode: string | null;
  count: number;
}

export interface OperationReliability {
  operation: string;
  /** Operations with a ResultType. */
  attempts: number;
  /** Succeeded, Success and ExpectedError (an expected error is the SDK working as designed). */
  successes: number;
  expectedErrors: number;
  failures: number;
  successRate: number;
  /** 95% confidence interval of the success rate (Wilson). */
  interval: Interval;
  /** Most first. */
  failuresByCode: FailureCode[];
}

export interface DiagnosticKind {
  /** e.g. networkReceiveQuality, speakingWhileMicrophoneIsMuted */
  diagnostic: string;
  /** Events whose quality is not Good. */
  events: number;
  calls: number;
}

export interface Reliability {
  method: string;
  /**
   * Per client operation (an OperationName in any case is one, shown in the spelling that sorts first), worst first as
   * the poor-stream groups are (sortWorstFirst): by the high end of the success rate's interval, lowest first (the
   * failure rate the counts show for certain, highest first), then the success rate, lowest first, then most failures,
   * then by name; so one failed attempt of one (0%) is not ranked above 300 failed of 1,000. UserFacingDiagnostics
   * is not an operation here.
   */
  operations: OperationReliability[];
  /** User Facing Diagnostics that were not Good, by kind (in any case, shown in the spelling that sorts first), most events first. */
  userFacingDiagnostics: DiagnosticKind[];
  /** Legs that ended ungracefully, by end code: the dropped rows of the end-reason breakdown. */
  droppedLegs: { legs: number; dropped: number; byCode: EndCodeRow[] };
}

const UFD = 'userfacingdiagnostics';

/** One client operation's counts, before its rates are worked out. */
interface OperationTally {
  /** The name shown: of the spellings met (createView, CreateView), the least in code-unit order (oneSpelling). */
  name: string;
  attempts: number;
  expectedErrors: number;
  failures: number;
  codes: TallyCounter<{ code: string | null; subCode: string | null }>;
}

/**
 * The Voice and Video Insights workbook's reliability view: pure, over the calls' client operations and legs. An
 * operation is one whatever the case of its OperationName: clients log one in several (`State-changed` and
 * `state-changed`, which the Call Diagnostics query lists both; `createView` and `CreateView`), and two rows would
 * split its attempts and its interval.
 */
export function reliabilityOf(calls: Call[], endCodes: { legs: number; byCode: EndCodeRow[] }): Reliability {
  const perOperation = new Map<string, OperationTally>();
  const ufds = new Map<string, DiagnosticKind>();
  for (const call of calls) {
    // The kinds this call has counted: a call counts once in each kind, however many of its events it has.
    const kindsOfCall = new Set<DiagnosticKind>();
    for (const op of call.operations) {
      const degraded = degradedDiagnostic(op);
      if (degraded !== null) {
        const kind = diagnosticKind(ufds, degraded.diagnostic);
        kind.events++;
        if (!kindsOfCall.has(kind)) {
          kindsOfCall.add(kind);
          kind.calls++;
        }
      }
      if (op.operationName === null || op.resultType === null || op.operationName.toLowerCase() === UFD) continue;
      const tally = operationTally(perOperation, op.operationName);
      tally.attempts++;
      if (op.resultType.toLowerCase() === 'expectederror') tally.expectedErrors++;
      if (isFailedOperation(op)) {
        tally.failures++;
        tally.codes.add({ code: op.resultSignature, subCode: payloadSubCode(op.payload) });
      }
    }
  }
  return reliabilityFrom(perOperation, [...ufds.values()], endCodes);
}

/**
 * The reliability of several parts of the calls (each call in one part) as one: counts added, rates and
 * intervals worked out again; `endCodes` is the merged end-reason breakdown.
 */
export function mergeReliability(parts: readonly Reliability[], endCodes: { legs: number; byCode: EndCodeRow[] }): Reliability {
  const perOperation = new Map<string, OperationTally>();
  const ufds = new Map<string, DiagnosticKind>();
  for (const part of parts) {
    for (const op of part.operations) {
      const tally = operationTally(perOperation, op.operation);
      tally.attempts += op.attempts;
      tally.expectedErrors += op.expectedErrors;
      tally.failures += op.failures;
      for (const { code, subCode, count } of op.failuresByCode) tally.codes.add({ code, subCode }, count);
    }
    for (const kind of part.userFacingDiagnostics) {
      const sum = diagnosticKind(ufds, kind.diagnostic);
      sum.events += kind.events;
      sum.calls += kind.calls; // a call is in one part only
    }
  }
  return reliabilityFrom(perOperation, [...ufds.values()], endCodes);
}

/** The tally of an operation by its name in any case, its shown name the least spelling met. */
function operationTally(perOperation: Map<string, OperationTally>, name: string): OperationTally {
  const key = name.toLowerCase();
  let tally = perOperation.get(key);
  if (tally === undefined) {
    tally = { name, attempts: 0, expectedErrors: 0, failures: 0, codes: new TallyCounter((k) => `${k.code ?? ''}/${k.subCode ?? ''}`) };
    perOperation.set(key, tally);
  } else tally.name = oneSpelling(tally.name, name);
  return tally;
}

/**
 * The counts of a User Facing Diagnostic kind by its name in any case, as an operation's are (networkReceiveQuality,
 * NetworkReceiveQuality: one kind), its shown name the least spelling met.
 */
function diagnosticKind(kinds: Map<string, DiagnosticKind>, diagnostic: string): DiagnosticKind {
  const key = diagnostic.toLowerCase();
  let kind = kinds.get(key);
  if (kind === undefined) kinds.set(key, (kind = { diagnostic, events: 0, calls: 0 }));
  else kind.diagnostic = oneSpelling(kind.diagnostic, diagnostic);
  return kind;
}

/**
 * The least of two spellings in code-unit order, not the first met: the calls are judged in parts on worker threads,
 * and the least of the parts' spellings is the least of all, so the report is the same however the calls were split.
 */
function oneSpelling(before: string, name: string): string {
  return compareText(before, name) <= 0 ? before : name;
}

function reliabilityFrom(perOperation: Map<string, OperationTally>, kinds: DiagnosticKind[], endCodes: { legs: number; byCode: EndCodeRow[] }): Reliability {
  const dropped = endCodes.byCode.filter((row) => row.dropped);
  return {
    method: RELIABILITY_METHOD,
    operations: sortWorstFirst(
      [...perOperation.values()].map((tally) => operationReliability(tally.name, tally)),
      (op) => ({ bad: op.failures, total: op.attempts }),
      (a, b) => compareNames(a.operation, b.operation),
    ),
    userFacingDiagnostics: kinds.sort((a, b) => b.events - a.events || compareNames(a.diagnostic, b.diagnostic)),
    droppedLegs: { legs: endCodes.legs, dropped: dropped.reduce((n, row) => n + row.legs, 0), byCode: dropped },
  };
}

function operationReliability(operation: string, tally: OperationTally): OperationReliability {
  const successes = tally.attempts - tally.failures;
  return {
    operation,
    attempts: tally.attempts,
    successes,
    expectedErrors: tally.expectedErrors,
    failures: tally.failures,
    successRate: successes / tally.attempts,
    interval: wilsonInterval(successes, tally.attempts)!,
    failuresByCode: tally.codes.entries().map(({ key, count }) => ({ ...key, count })),
  };
}

import type { CallRecord } from '../schema/call-record.js';

/**
 * One copy of each id a held record carries. Every record of a call repeats its correlationId, every stream of a
 * leg its participant and endpoint ids, and JSON.parse makes a new string of each: on a 230 MB export shared
 * strings held 42 MB less of the heap (171 → 129 MB), and the copies die young instead of being promoted.
 */
export class SharedStrings {
  private readonly pool = new Map<string, string>();

  /** Replaces the record's repeated ids by their shared copies, in place; returns the record. */
  share<R extends CallRecord>(record: R): R {
    const r = record as CallRecord;
    r.correlationId = this.text(r.correlationId);
    switch (r.category) {
      case 'CallSummary':
        r.participantId = this.maybe(r.participantId);
        r.endpointId = this.maybe(r.endpointId);
        r.identifier = this.maybe(r.identifier);
        r.teamsThreadId = this.maybe(r.teamsThreadId);
        r.sdkVersion = this.maybe(r.sdkVersion);
        r.osVersion = this.maybe(r.osVersion);
        break;
      case 'CallDiagnostics':
        r.participantId = this.maybe(r.participantId);
        r.endpointId = this.maybe(r.endpointId);
        r.identifier = this.maybe(r.identifier);
        r.codecName = this.maybe(r.codecName);
        break;
      case 'CallClientOperations':
        r.participantId = this.maybe(r.participantId);
        r.endpointId = this.maybe(r.endpointId);
        r.sdkVersion = this.maybe(r.sdkVersion);
        r.userAgent = this.maybe(r.userAgent);
        r.clientInstanceId = this.maybe(r.clientInstanceId);
        break;
      case 'CallClientMediaStatsTimeSeries':
        r.participantId = this.maybe(r.participantId);
        r.remoteParticipantId = this.maybe(r.remoteParticipantId);
        break;
      case 'CallSurvey':
        r.participantId = this.maybe(r.participantId);
        break;
    }
    return record;
  }

  /** The shared copy of a text. */
  text(text: string): string {
    const shared = this.pool.get(text);
    if (shared !== undefined) return shared;
    this.pool.set(text, text);
    return text;
  }

  private maybe(text: string | null): string | null {
    return text === null ? null : this.text(text);
  }
}

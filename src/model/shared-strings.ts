import type { CallRecord } from '../schema/call-record.js';

const SLOTS = 4096;

/**
 * One copy of each id a held record carries, as far as a small cache can tell. Every record of a call repeats its
 * correlationId, every stream of a leg its participant and endpoint ids, and JSON.parse makes a new string of each:
 * on the 230 MB bench export shared strings hold 42 MB less of the heap, and the copies die young instead of being
 * promoted. The cache is direct-mapped on a few characters, not a Map: hashing every id cost more (0.27 s there)
 * than the memory saved; a record's ids repeat within a few records of it, where the cache finds them.
 */
export class SharedStrings {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);

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
        r.remoteEndpointId = this.maybe(r.remoteEndpointId);
        break;
      case 'CallSurvey':
        r.participantId = this.maybe(r.participantId);
        break;
    }
    return record;
  }

  /** The shared copy of a text, when the cache holds an equal one; else the text, now cached. */
  text(text: string): string {
    const n = text.length;
    if (n === 0) return text;
    const slot = (n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n >> 1) * 131 + text.charCodeAt(n - 1) * 17) & (SLOTS - 1);
    const cached = this.slots[slot];
    if (cached === text) return cached;
    this.slots[slot] = text;
    return text;
  }

  maybe(text: string | null): string | null {
    return text === null ? null : this.text(text);
  }
}

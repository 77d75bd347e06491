import type { Call } from '../model/call.js';
import { compareText } from '../model/compare-text.js';
import { visibleId } from '../schema/visible-id.js';
import { callIdSpellings } from './clean-call-id.js';

/**
 * An id a leg of a call goes by in its records, as a ticket may quote it instead of the call's: its participantId
 * (the key of a leg, shared by its CallSummary, CallDiagnostics and client records), or its endpointId (a P2P leg's
 * only id, and a device's in a group call, which its rejoins share and a native client keeps from call to call).
 */
export interface LegId {
  field: 'participantId' | 'endpointId';
  id: string;
  callId: string;
  /** The id is what the reports name a leg by (its participantId, else its endpointId): a leg, not an endpoint of legs. */
  namesLeg: boolean;
}

/**
 * One id of one call is found; several ids of one call (a prefix that several of its legs begin with, as a report
 * that shortens ids only enough to tell apart the legs it names together may show it) name that call, not one leg;
 * ids of several calls are ambiguous.
 */
export type LegMatch =
  | { kind: 'found'; leg: LegId }
  | { kind: 'several'; callId: string; legs: LegId[] }
  | { kind: 'ambiguous'; candidates: LegId[] }
  | { kind: 'unknown' };

type LegRecord = { participantId: string | null; endpointId?: string | null };

/** Every id the legs of these calls go by, once per call and id (a participantId when an id is both). */
export function legIdsOf(calls: readonly Call[]): LegId[] {
  const byKey = new Map<string, LegId>();
  for (const call of calls) {
    const records: LegRecord[] = [...call.legs, ...call.streams, ...call.operations, ...call.mediaStats, ...call.surveys];
    for (const r of records) {
      for (const leg of legIdsOfRecord(call.correlationId, r)) {
        const key = `${call.correlationId}\u0000${leg.id}`;
        const known = byKey.get(key);
        if (known === undefined) byKey.set(key, leg);
        else {
          if (leg.field === 'participantId') known.field = leg.field;
          known.namesLeg ||= leg.namesLeg;
        }
      }
    }
  }
  return [...byKey.values()];
}

/**
 * The ids one record of call `callId` gives its leg: its participantId, which names the leg; its endpointId, which
 * names it when the record has no participantId (a P2P leg), and else the endpoint of the leg.
 */
export function legIdsOfRecord(callId: string, r: LegRecord): LegId[] {
  const ids: LegId[] = [];
  if (r.participantId) ids.push({ field: 'participantId', id: r.participantId, callId, namesLeg: true });
  if (r.endpointId) ids.push({ field: 'endpointId', id: r.endpointId, callId, namesLeg: r.participantId === null });
  return ids;
}

/**
 * The leg an id names, as matchCallId reads a call id (cleaned as clean-call-id.ts does): the id exactly as given, else in any case, else the ids it
 * begins in any case (not with `whole`: a query too short to be a prefix). One id of one call is found; several ids
 * all of one call name that call (`several`), no one leg of it; an id of several calls (an endpoint of a native
 * client, kept from call to call), or ids of several calls, are ambiguous: the query names no one call.
 */
export function matchLegId(query: string, legs: readonly LegId[], whole = false): LegMatch {
  const spellings = callIdSpellings(query);
  const lower = spellings.map((s) => s.toLowerCase());
  const tiers = [
    legs.filter((l) => spellings.includes(l.id)),
    legs.filter((l) => lower.includes(l.id.toLowerCase())),
    whole ? [] : legs.filter((l) => lower.some((q) => l.id.toLowerCase().startsWith(q))),
  ];
  const matched = tiers.find((tier) => tier.length > 0);
  if (matched === undefined) return { kind: 'unknown' };
  if (matched.length === 1) return { kind: 'found', leg: matched[0]! };
  const sorted = [...matched].sort((a, b) => compareText(a.id, b.id) || compareText(a.callId, b.callId));
  const callId = sorted[0]!.callId;
  if (sorted.every((l) => l.callId === callId)) return { kind: 'several', callId, legs: sorted };
  return { kind: 'ambiguous', candidates: sorted };
}

/**
 * "leg 2aaed7ee-… of call a60ad5d9-…", or "endpoint … of call …" for an id that is not what its legs are named by:
 * each id by its name (visible-id.ts), as the reports show it, so that a control character in it shows as `\u0001`.
 */
export function describeLegId(leg: LegId): string {
  return `${legName(leg)} of call ${visibleId(leg.callId)}`;
}

/** "2aaed7ee-… (leg of call a60ad5d9-…)": an id offered for one asked for, said to be a leg's (or an endpoint's), not a call's. */
export function describeNearLegId(leg: LegId): string {
  return `${visibleId(leg.id)} (${leg.namesLeg ? 'leg' : 'endpoint'} of call ${visibleId(leg.callId)})`;
}

/** "several legs of call a60ad5d9-…: leg …-01, leg …-03", named as describeLegId names one. */
export function describeLegIds(legs: readonly LegId[], callId: string): string {
  const what = legs.every((l) => l.namesLeg) ? 'legs' : legs.every((l) => !l.namesLeg) ? 'endpoints' : 'legs and endpoints';
  return `several ${what} of call ${visibleId(callId)}: ${legs.map(legName).join(', ')}`;
}

function legName(leg: LegId): string {
  return `${leg.namesLeg ? 'leg' : 'endpoint'} ${visibleId(leg.id)}`;
}

import { compareText } from '../model/compare-text.js';
import { callIdSpellings, cleanCallId } from './clean-call-id.js';
import { editDistance } from './edit-distance.js';

/**
 * A correlationId as a support engineer pastes it: in full, or a unique prefix of at least 8 characters,
 * case-insensitively, as git matches hashes.
 */
export const MIN_PREFIX = 8;

export type IdMatch =
  | { kind: 'found'; id: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; nearest: string[] };

/** The id as typed or pasted from a ticket, to match: cleaned (clean-call-id.ts), in lower case. */
export function normaliseQuery(query: string): string {
  return cleanCallId(query).toLowerCase();
}

/** Whether the id is long enough to ask for: one of its spellings (callIdSpellings) has MIN_PREFIX characters. */
export function isUsableQuery(query: string): boolean {
  return callIdSpellings(query).some((spelling) => spelling.length >= MIN_PREFIX);
}

/**
 * The call named: the id given exactly, letter case and all (ids that are not GUIDs keep their case, so two may
 * differ in it alone: README, Inputs); else the one id equal to it in any case; else the one it begins, in any case.
 * The id given is cleaned first (clean-call-id.ts), and each of its spellings (a GUID's "N" form: also as typed) is
 * tried at each step. `whole`: a whole id only, no prefix (a query too short to be one, isUsableQuery).
 */
export function matchCallId(query: string, ids: Iterable<string>, whole = false): IdMatch {
  const spellings = callIdSpellings(query);
  const lower = spellings.map((s) => s.toLowerCase());
  const all = [...new Set(ids)];
  const asGiven = spellings.find((s) => all.includes(s));
  if (asGiven !== undefined) return { kind: 'found', id: asGiven };
  const exact = all.filter((id) => lower.includes(id.toLowerCase()));
  if (exact.length === 1) return { kind: 'found', id: exact[0]! };
  if (whole) return exact.length > 1 ? { kind: 'ambiguous', candidates: exact.sort() } : { kind: 'unknown', nearest: [] };
  const prefixed = all.filter((id) => lower.some((q) => id.toLowerCase().startsWith(q)));
  if (prefixed.length === 1) return { kind: 'found', id: prefixed[0]! };
  if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed.sort() };
  return { kind: 'unknown', nearest: nearestIds(lower[0]!, all, 3) };
}

/**
 * The ids closest to the query: edit distance to the id's start of the same length, then `rank` (lower first: a call's
 * id before a leg's as near), then edit distance to the whole id.
 */
export function nearestIds(query: string, ids: string[], count: number, rank: (id: string) => number = () => 0): string[] {
  return ids
    .map((id) => {
      const lower = id.toLowerCase();
      return { id, head: editDistance(query, lower.slice(0, query.length)), rank: rank(id), whole: editDistance(query, lower) };
    })
    .sort((a, b) => a.head - b.head || a.rank - b.rank || a.whole - b.whole || compareText(a.id, b.id))
    .slice(0, count)
    .map((x) => x.id);
}

import { compareText } from '../model/compare-text.js';

/**
 * A correlationId as a support engineer pastes it: in full, or a unique prefix of at least 8 characters,
 * case-insensitively, as git matches hashes.
 */
export const MIN_PREFIX = 8;

export type IdMatch =
  | { kind: 'found'; id: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; nearest: string[] };

/** What a pasted id may be wrapped in: `{GUID}` (the registry's and .NET's "B" format), quotes, brackets, a sentence's end. */
const WRAPPING = /^[\s{(["'<‹«`]+|[\s})\]"'>›»`.,;:]+$/g;

/** The id as typed or pasted from a ticket, without what wraps it. */
export function unwrapQuery(query: string): string {
  return query.replace(WRAPPING, '');
}

/** The id as typed or pasted from a ticket, to match: without what wraps it, in lower case. */
export function normaliseQuery(query: string): string {
  return unwrapQuery(query).toLowerCase();
}

export function isUsableQuery(query: string): boolean {
  return normaliseQuery(query).length >= MIN_PREFIX;
}

/**
 * The call named: the id given exactly, letter case and all (ids that are not GUIDs keep their case, so two may
 * differ in it alone: README, Inputs); else the one id equal to it in any case; else the one it begins, in any case.
 */
export function matchCallId(query: string, ids: Iterable<string>): IdMatch {
  const asGiven = unwrapQuery(query);
  const q = asGiven.toLowerCase();
  const all = [...new Set(ids)];
  if (all.includes(asGiven)) return { kind: 'found', id: asGiven };
  const exact = all.filter((id) => id.toLowerCase() === q);
  if (exact.length === 1) return { kind: 'found', id: exact[0]! };
  const prefixed = all.filter((id) => id.toLowerCase().startsWith(q));
  if (prefixed.length === 1) return { kind: 'found', id: prefixed[0]! };
  if (prefixed.length > 1) return { kind: 'ambiguous', candidates: prefixed.sort() };
  return { kind: 'unknown', nearest: nearestIds(q, all, 3) };
}

/** The ids closest to the query: edit distance to the id's start of the same length, then to the whole id. */
export function nearestIds(query: string, ids: string[], count: number): string[] {
  return ids
    .map((id) => {
      const lower = id.toLowerCase();
      return { id, head: editDistance(query, lower.slice(0, query.length)), whole: editDistance(query, lower) };
    })
    .sort((a, b) => a.head - b.head || a.whole - b.whole || compareText(a.id, b.id))
    .slice(0, count)
    .map((x) => x.id);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

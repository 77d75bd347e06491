/**
 * The kinds of what a report says of a call, in the order every report lists them where it lists them together
 * (`call`'s Issues in text, Markdown and JUnit; `summarize`'s Breaches cell, its Markdown, CSV, JUnit and GitHub
 * wording): first the legs that ended badly — dropped, then failed (never connected, a token not valid) —, then the
 * media: stream issues, client media series past their limit, failed client operations, streams with no packets.
 * A ticket's "the call dropped" is about a leg's end, and a large group call's dozens of stream issues would
 * otherwise push its drops behind a list's "+N more" (summarize's 4 Breaches, JUnit's 3 named in a failure's message,
 * GitHub's 4096 characters). JSON keeps its arrays as they were: each kind is an array of its own there.
 */
export const FINDING_ORDER = ['dropped', 'failed', 'stream', 'series', 'operation', 'noPackets'] as const;

export type FindingKind = (typeof FINDING_ORDER)[number];

/** A call's findings of each kind (any left out: none of it), each kind in its own order (streams', legs', time's). */
export type FindingsByKind<T> = { readonly [K in FindingKind]?: readonly T[] };

/** The findings of every kind in one list, in FINDING_ORDER, each kind's own order kept within it. */
export function inFindingOrder<T>(findings: FindingsByKind<T>): T[] {
  return FINDING_ORDER.flatMap((kind) => findings[kind] ?? []);
}

/** Legs that ended on an unexpected error, as summarize keeps them (leg order, `dropped` or not), as the two kinds. */
export function legEndKinds<T extends { dropped: boolean }>(legs: readonly T[]): { dropped: T[]; failed: T[] } {
  return { dropped: legs.filter((l) => l.dropped), failed: legs.filter((l) => !l.dropped) };
}

import type { FindingKind } from '../rules/finding-order.js';
import type { IssueLine } from './call-issue-lines.js';

/**
 * How many issues call's text Issues list shows before it counts the rest (`--all` lists every one), as the Events list
 * (EVENTS_SHOWN): a town hall's hundred stream issues would bury the list under a screen a page.
 */
export const ISSUES_SHOWN = 40;

/** The issues a text Issues list shows, and what it leaves out, by kind ("+64 more: stream issues"); null: none. */
export interface ShownIssues {
  shown: IssueLine[];
  more: string | null;
}

/** Each kind's name, as the count of those left out says it (one, many). */
const KIND_NAMES: Record<FindingKind, string> = {
  dropped: 'dropped leg',
  failed: 'failed leg',
  stream: 'stream issue',
  series: 'client media series past its limit',
  operation: 'failed client operation',
  noPackets: 'stream with no packets',
};

const MANY_NAMES: Partial<Record<FindingKind, string>> = { series: 'client media series past their limit', noPackets: 'streams with no packets' };

/**
 * Every issue of a list of `limit` or fewer, or with `all`. Over it, every dropped and failed leg (what a ticket's "it
 * dropped" is about: first in FINDING_ORDER) and every issue `kept` (the leg asked for, `call <a leg's id>`: its
 * issues are what the ticket is about), then the other issues in that order up to `limit`; the rest are counted in
 * their place by kind, in that order ("+64 more: 60 stream issues, 4 failed client operations"). One left out would
 * take the line that says so: shown.
 */
export function shownIssues(issues: readonly IssueLine[], all: boolean, limit = ISSUES_SHOWN, kept: (issue: IssueLine) => boolean = () => false): ShownIssues {
  const isKept = (i: IssueLine) => i.kind === 'dropped' || i.kind === 'failed' || kept(i);
  const must = issues.filter(isKept).length;
  const count = Math.max(must, limit);
  if (all || issues.length <= count + 1) return { shown: [...issues], more: null };
  let others = count - must;
  const shown: IssueLine[] = [];
  const rest: IssueLine[] = [];
  for (const issue of issues) {
    if (isKept(issue)) shown.push(issue);
    else if (others > 0) {
      shown.push(issue);
      others -= 1;
    } else rest.push(issue);
  }
  const kinds = new Map<FindingKind, number>();
  for (const { kind } of rest) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  const many = (kind: FindingKind) => MANY_NAMES[kind] ?? `${KIND_NAMES[kind]}s`;
  const said = kinds.size === 1 ? many(rest[0]!.kind) : [...kinds].map(([kind, n]) => (n === 1 ? `1 ${KIND_NAMES[kind]}` : `${n} ${many(kind)}`)).join(', ');
  return { shown, more: `+${rest.length} more: ${said}` };
}

import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import { legIdOf } from './call-issue-lines.js';
import { legId } from './call-story-ids.js';

/**
 * An advice of the call-end code table and the legs listed that ended with it: said once for them all, under the Legs
 * table of `call`'s text and Markdown, when more than one leg shares it (a town hall's nine drops of 410/3101 gave the
 * same four lines nine times). Text as logged: each report makes it safe for its medium.
 */
export interface SharedLegAdvice {
  advice: string;
  /** The legs' ids as the story shows them (legId), in the order listed. */
  ids: string[];
  /** Their distinct end codes ("410/3101"), in the order met. */
  codes: string[];
}

/** Of the legs an advice is for, those named before the rest are counted ("and 6 more legs"). */
const NAMED = 3;

/**
 * Whether a leg of `legs` ended with an advice (the code table's, for its end code) that another of them ended with
 * too: said once under the table, not in its cell.
 */
export function sharesAdvice(legs: readonly LegStory[]): (leg: LegStory) => boolean {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { endReason: r } of legs) {
    if (r.advice !== null) (seen.has(r.advice) ? shared : seen).add(r.advice);
  }
  return ({ endReason: r }) => r.advice !== null && shared.has(r.advice);
}

/** Each advice of `legs` once, with the legs that ended with it, in the order first met. */
export function legAdviceGroups(story: CallStory, legs: readonly LegStory[]): SharedLegAdvice[] {
  const groups = new Map<string, SharedLegAdvice>();
  for (const l of legs) {
    const r = l.endReason;
    if (r.advice === null) continue;
    const group = groups.get(r.advice) ?? { advice: r.advice, ids: [], codes: [] };
    groups.set(r.advice, group);
    group.ids.push(legId(story, legIdOf(l)));
    const code = r.code === null ? null : `${r.code}${r.subCode !== null ? `/${r.subCode}` : ''}`;
    if (code !== null && !group.codes.includes(code)) group.codes.push(code);
  }
  return [...groups.values()];
}

/**
 * "Advice for 2aaed7ee (410/3101)", "Advice for 5c308614, 9ccaf27a, 8a9b66ee and 6 more legs (410/3101)": a few legs
 * named (`show`: how the medium writes an id), the rest counted; the Legs table above gives each leg's code.
 */
export function adviceHead({ ids, codes }: SharedLegAdvice, show: (id: string) => string = (id) => id): string {
  const named = ids.map(show);
  const legs =
    named.length <= NAMED + 1
      ? named.length === 1
        ? named[0]!
        : `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`
      : `${named.slice(0, NAMED).join(', ')} and ${named.length - NAMED} more legs`;
  return `Advice for ${legs}${codes.length ? ` (${codes.join(', ')})` : ''}`;
}

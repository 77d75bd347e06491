import type { CallStory, LegStory } from '../rules/assess-call-story.js';
import { streamQuality } from '../rules/evaluate-stream.js';
import type { LegId } from '../rules/match-leg-id.js';
import { askedMarks } from './asked-leg.js';

/**
 * How many legs call's Legs table (text and Markdown) lists before it leaves out those with nothing to say (`--all`
 * lists every one): a town hall's 150 legs, three or four lines each, would bury its few drops among them.
 */
export const LEGS_SHOWN = 40;

/** The legs a Legs table lists, in the story's order, and how many it leaves out. */
export interface ShownLegs {
  shown: LegStory[];
  folded: number;
}

/**
 * Every leg of a call of LEGS_SHOWN legs or fewer, or with `all`. Over it, the legs with something to say: the one
 * asked for, one that dropped or failed or ended on a code not of the Success category, one with a stream not good
 * (poor, or that no rule could judge). A leg that ended as expected with good streams, or whose end is not logged
 * yet, is counted, not listed.
 */
export function shownLegs(story: CallStory, asked: LegId | null, all: boolean, limit = LEGS_SHOWN): ShownLegs {
  if (all || story.legs.length <= limit) return { shown: story.legs, folded: 0 };
  const notGood = new Set<string>();
  for (const v of story.verdict.streams) {
    if (streamQuality(v) === 'good') continue;
    for (const id of [v.stream.participantId, v.stream.endpointId]) if (id !== null) notGood.add(id);
  }
  const isAsked = askedMarks(story, asked);
  const ofNote = (l: LegStory) => {
    const r = l.endReason;
    if (isAsked(l) || r.failed || (r.code !== null && r.resultCategory !== 'Success')) return true;
    // A group call's streams name their leg by its participantId; a P2P call's by its endpointId, the leg's only id.
    return l.leg.participantId !== null ? notGood.has(l.leg.participantId) : l.leg.endpointId !== null && notGood.has(l.leg.endpointId);
  };
  const shown = story.legs.filter(ofNote);
  return { shown, folded: story.legs.length - shown.length };
}

/** "112 of 150 legs not shown (…)", or null when none were left out. */
export function foldedLegsNote(story: CallStory, s: ShownLegs): string | null {
  if (s.folded === 0) return null;
  return `${s.folded} of ${story.legs.length} legs not shown (ended as expected or not yet, every stream good)`;
}

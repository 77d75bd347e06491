import type { CallStory } from '../rules/assess-call-story.js';
import type { StreamVerdict } from '../rules/evaluate-call.js';
import { streamParts } from './call-stream-parts.js';

/**
 * How many streams call's text and Markdown list before they leave out the good ones (`--all` lists every one): a
 * town hall's hundreds of streams, two lines each, would bury the few poor ones among them.
 */
export const STREAMS_SHOWN = 40;

/** The streams a report lists, and the good ones it leaves out. */
export interface ShownStreams {
  /** In the story's order. */
  shown: StreamVerdict[];
  /** Good streams left out, in all. */
  folded: number;
  /** Good streams left out of each leg that has some listed, by the leg's id as logged (participantId, else endpointId). */
  foldedOf: Map<string | null, number>;
  /** Legs whose every stream is good, left out whole. */
  legsFolded: number;
}

/**
 * Every stream of a call of STREAMS_SHOWN streams or fewer, or with `all`. Over it, those with something to say: poor,
 * unknown (no rule could judge them), or noted (no packets); the good ones are counted, by leg.
 */
export function shownStreams(story: CallStory, all: boolean, limit = STREAMS_SHOWN): ShownStreams {
  const streams = story.verdict.streams;
  if (all || streams.length <= limit) return { shown: streams, folded: 0, foldedOf: new Map(), legsFolded: 0 };
  const legOf = (v: StreamVerdict) => v.stream.participantId ?? v.stream.endpointId;
  const shown: StreamVerdict[] = [];
  const good = new Map<string | null, number>();
  for (const v of streams) {
    const parts = streamParts(v);
    if (parts.quality === 'good' && parts.notes.length === 0) good.set(legOf(v), (good.get(legOf(v)) ?? 0) + 1);
    else shown.push(v);
  }
  const listed = new Set(shown.map(legOf));
  const foldedOf = new Map([...good].filter(([leg]) => listed.has(leg)));
  const legsFolded = [...good.keys()].filter((leg) => !listed.has(leg)).length;
  return { shown, folded: streams.length - shown.length, foldedOf, legsFolded };
}

/** "507 good streams not shown (138 legs all good)", or null when none were left out. */
export function foldedStreamsNote(s: ShownStreams): string | null {
  if (s.folded === 0) return null;
  const legs = s.legsFolded === 0 ? '' : ` (${s.legsFolded} ${s.legsFolded === 1 ? 'leg' : 'legs'} all good)`;
  return `${s.folded} good ${s.folded === 1 ? 'stream' : 'streams'} not shown${legs}`;
}

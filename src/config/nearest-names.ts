import { editDistance } from '../rules/edit-distance.js';

/** At most this many edits away, and sharing more than this part of the longer name, a name is offered for a typo. */
const MAX_EDITS = 4;
const MIN_SIMILARITY = 0.4;

/**
 * The names a mistyped one most likely meant, for "did you mean": those fewest edits away, in any case (metric and
 * media-type names are taken in any case), and near enough to be the one meant — as commander suggests a flag
 * (`jiterAvg` is jitterAvg, `jitterBufferAvg` jitterBufferSizeAvg, `maxPoorCall` maxPoorCalls, `healedDataRatio` either
 * healed ratio; `rtt` is none).
 */
export function nearestNames(word: string, names: readonly string[]): string[] {
  let best = MAX_EDITS;
  let nearest: string[] = [];
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    const longer = Math.max(word.length, name.length);
    if (distance > best || (longer - distance) / longer <= MIN_SIMILARITY) continue;
    if (distance < best) nearest = [];
    best = distance;
    nearest.push(name);
  }
  return nearest;
}

/** " (did you mean jitterAvg?)", " (did you mean healedDataRatioAvg or healedDataRatioMax?)", or '' when none is near. */
export function didYouMean(word: string, names: readonly string[]): string {
  return didYouMeanOf(nearestNames(word, names));
}

/** " (did you mean a?)", " (did you mean a, b or c?)" of the names given, or '' of none. */
export function didYouMeanOf(nearest: readonly string[]): string {
  if (nearest.length === 0) return '';
  const listed = nearest.length === 1 ? nearest[0]! : `${nearest.slice(0, -1).join(', ')} or ${nearest.at(-1)!}`;
  return ` (did you mean ${listed}?)`;
}

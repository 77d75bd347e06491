import type { LoadedCalls } from '../model/load-calls.js';
import { escapedHidden } from '../schema/visible-id.js';
import { plural } from './format-values.js';
import { sourcePlace } from './source-place.js';

/** What --strict found of a run's input, for a report to show beside the gates (JUnit): how many invalid records, said. */
export interface StrictCheck {
  invalid: number;
  /** describeInvalidRecords: "3 invalid records (first at f.json:2: not JSON: …)"; "0 invalid records" when none. */
  said: string;
  /**
   * The file of the first invalid record, as `said` names it (escaped as sourcePlace escapes it); null when none was
   * kept. JUnit's `strict` testcase gives it as its `file`: a reader that annotates a failure on a file (GitHub's
   * JUnit actions) then shows it on that file, at the line `said` names, not on one it guessed from the testcase.
   */
  file: string | null;
}

/**
 * "1 invalid record (at f.json:2: not JSON: Unexpected token 'o')", "3 invalid records (first at f.json:2: …)": the
 * count, and where the first is and why (control characters escaped, not removed), as --strict says it on stderr and in JUnit; the
 * count alone if no invalid record was kept.
 */
export function describeInvalidRecords({ counts, invalidSamples }: Pick<LoadedCalls, 'counts' | 'invalidSamples'>): string {
  const n = counts.invalid;
  const first = invalidSamples[0];
  const where = first === undefined ? '' : ` (${n === 1 ? 'at' : 'first at'} ${sourcePlace(first.at)}: ${escapedHidden(first.reason)})`;
  return `${plural(n, 'invalid record')}${where}`;
}

/** "--strict: 2 invalid records (first at f.json:2: …)": the check as JUnit's testcase, Markdown and github say it. */
export function describeStrictCheck(strict: StrictCheck): string {
  return `--strict: ${strict.said}`;
}

/** The check as Markdown and the github notice list it beside the gates: "❌ --strict: 2 invalid records (…)", "✅ --strict: 0 invalid records". */
export function strictListLine(strict: StrictCheck): string {
  return `${strict.invalid > 0 ? '❌' : '✅'} ${describeStrictCheck(strict)}`;
}

/** The check of a run with --strict; null without it, when the reports say nothing of it. */
export function strictCheckOf(strict: boolean | undefined, loaded: Pick<LoadedCalls, 'counts' | 'invalidSamples'>): StrictCheck | null {
  const first = loaded.invalidSamples[0];
  return strict ? { invalid: loaded.counts.invalid, said: describeInvalidRecords(loaded), file: first === undefined ? null : escapedHidden(first.at.file) } : null;
}

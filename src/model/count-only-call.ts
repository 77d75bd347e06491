import type { LoadedCalls } from './load-calls.js';
import { inOrderOf } from './values-not-read.js';

/**
 * `call`'s counts once the call shown is known: it parsed every record whose text holds the id asked for, and some of
 * those are other calls' (one that names the call it was transferred from, a payload that quotes it). Those are counted
 * as filtered, as the records without the id are, not as used (or duplicates, superseded): `used` is then the call's
 * own records, and the counts still add up, per file too. The values not read are the call's own records' alone.
 * Needs the calls' tallies (LoadOptions.tallyCalls); without them the counts are left as they are.
 */
export function countOnlyCall(loaded: LoadedCalls, callId: string): void {
  const { tallies, counts, perFile } = loaded;
  if (tallies === undefined) return;
  for (const other of tallies.others(callId)) {
    for (const [name, n] of other.byCategory) {
      const left = (counts.byCategory[name] ?? 0) - n;
      if (left > 0) counts.byCategory[name] = left;
      else delete counts.byCategory[name];
    }
    for (const [file, outcomes] of other.files) {
      const n = outcomes.used + outcomes.duplicates + outcomes.superseded;
      counts.records -= n;
      counts.used -= outcomes.used;
      counts.duplicates -= outcomes.duplicates;
      counts.superseded -= outcomes.superseded;
      counts.filtered += n;
      const counted = perFile?.[file - 1];
      if (counted !== undefined) {
        counted.used -= outcomes.used;
        counted.duplicates -= outcomes.duplicates;
        counted.superseded -= outcomes.superseded;
        counted.filtered += n;
      }
    }
  }
  loaded.valuesNotRead = inOrderOf(tallies.valuesNotRead(callId), loaded.valuesNotRead);
  // Of the used, those that were copies: the call's own.
  counts.copies = loaded.calls.find((call) => call.correlationId === callId)?.copies ?? 0;
}

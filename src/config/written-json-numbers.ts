import { jsonPath, walkJsonStructure } from './json-structure-walk.js';

/**
 * The numbers of a JSON text as written, by key path: what JSON.parse makes of a number is not always what the file
 * says (`1e999` is Infinity, `2.50` is 2.5, `1e1` is 10), and a message about a value says what was written, so that
 * it can be found in the file. `text` is valid JSON (JSON.parse read it).
 */
export type WrittenNumbers = ReadonlyMap<string, string>;

/** A key path as WrittenNumbers keys it: names in any case, as the thresholds' are taken (canonical-threshold-keys.ts). */
export function writtenNumberKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((key) => String(key).toLowerCase()));
}

/**
 * No message names a value deeper than this (`thresholds.jitterAvg.Video` is 3 deep; a value of the wrong kind is
 * named where it is, not by what it holds), and a path is built only for a number this deep or less: a file nested
 * thousands deep with a number at each level is read in one pass.
 */
const DEEPEST_NAMED = 8;

/** Each number of the text whose written form is not how JavaScript writes the number read (`1e999`, `2.50`, `-0`). */
export function writtenNumbers(text: string): WrittenNumbers {
  const out = new Map<string, string>();
  walkJsonStructure(text, {
    number(frame, written) {
      const read = Number(written);
      if ((frame?.depth ?? 0) <= DEEPEST_NAMED && (Object.is(read, -0) ? '-0' : String(read)) !== written) out.set(writtenNumberKey(jsonPath(frame)), written);
    },
  });
  return out;
}

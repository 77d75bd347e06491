import { type JsonObjectFrame, jsonPath, walkJsonStructure } from './json-structure-walk.js';

/** A key written twice in one object of a JSON text: its key path, and the line of each. */
export interface DuplicateKey {
  path: string[];
  firstLine: number;
  secondLine: number;
}

/**
 * The first key that one object of a JSON text gives twice (`{"maxPoorCalls": 1, …, "maxPoorCalls": 5}`), or null.
 * JSON.parse keeps the last silently, so a config file that says two things of one key (a merge that kept both
 * lines) would be run by the one further down, when which was meant cannot be told: the case of a name written
 * twice in two cases, which the file refuses (canonical-threshold-keys.ts). `text` is valid JSON (JSON.parse read
 * it; json-structure-walk.ts).
 */
export function firstDuplicateKey(text: string): DuplicateKey | null {
  const lines = new WeakMap<JsonObjectFrame, Map<string, number>>();
  let found: DuplicateKey | null = null;
  walkJsonStructure(text, {
    key(object, key, line) {
      let seen = lines.get(object);
      if (seen === undefined) lines.set(object, (seen = new Map()));
      const before = seen.get(key);
      if (before === undefined) {
        seen.set(key, line);
        return false;
      }
      found = { path: [...jsonPath(object.parent), key], firstLine: before, secondLine: line };
      return true;
    },
  });
  return found;
}

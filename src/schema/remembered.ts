/**
 * `compute` of a text, kept once met, for the first `limit` texts: for the few values a column repeats record after
 * record (category names, a media type's spellings), so that the answer is not made again for every record; past
 * `limit` (a file of many different values), computed each time.
 */
export function remembered<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      value = compute(text);
      if (kept.size < limit) kept.set(text, value);
    }
    return value;
  };
}

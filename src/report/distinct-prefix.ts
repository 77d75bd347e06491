/**
 * How many characters of each id tell them all apart, and at least `min`, as git abbreviates hashes: legs
 * `test-leg-01` and `test-leg-02` (as synthetic test calls name them) show whole, where their first 8 characters
 * alike read as one leg. An id shorter than that shows whole anyway (shortId).
 */
export function distinctPrefixLength(ids: Iterable<string | null | undefined>, min = 8, anyCase = false): number {
  const distinct = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  // In any case (as `call` matches a prefix): two ids that differ only in case compare equal whole, and show whole.
  const sorted = (anyCase ? distinct.map((id) => id.toLowerCase()) : distinct).sort();
  let length = min;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    if (common + 1 > length) length = common + 1;
  }
  return length;
}

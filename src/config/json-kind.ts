/** What kind of JSON value this is, worded to follow "is": "a string", "a boolean", "an array", "null". */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  // 1e400 too, which JSON.parse reads as Infinity: a number where a string is taken (a key that takes numbers says it is too large).
  if (typeof value === 'number') return 'a number';
  return `a ${typeof value}`;
}

/** What kind of JSON value this is, worded to follow "is": "a string", "a boolean", "an array", "null". */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  // JSON.parse reads 1e400 as Infinity.
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'not a finite number';
  return `a ${typeof value}`;
}

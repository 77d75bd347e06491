/** A time of day as an ISO 8601 time writes one after its date: `09:00`, `09:00:30.5Z`, `09:00+01:00`. */
const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * What to add to "no such file or directory" for an input that is the end of a flag's value the shell cut off at a
 * space: `--since 2026-11-20 09:00` gives --since the date and makes `09:00` an input, `--max-poor-calls 5 %` makes
 * `%` one. Said so, with the value written as one word; empty for any other path.
 */
export function splitValueHint(path: string): string {
  if (TIME_OF_DAY.test(path)) return `; a time of day, parted from its date by a space? write them as one word (2026-11-20T${path}) or quote them ('2026-11-20 ${path}')`;
  if (path === '%') return "; a % parted from its number by a space? write them as one word (5%)";
  return '';
}

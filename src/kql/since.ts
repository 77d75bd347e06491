/**
 * `--since`: a duration back from now (`24h`, `7d`, `90m`, `30s`) → `ago(24h)`, or an ISO date or time
 * (`2026-11-20`, `2026-11-20T08:00:00Z`, `2026-11-20T10:00+02:00`) → `datetime(2026-11-20T08:00:00Z)`.
 * A time without a zone is UTC, as in KQL.
 */
export type Since = { kind: 'ago'; amount: number; unit: 'd' | 'h' | 'm' | 's' } | { kind: 'at'; epochMs: number };

const RELATIVE = /^\s*(\d{1,6})\s*(d|h|m|s)\s*$/i;
const ISO = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?\s*$/i;

/** The parsed value, or null when the text is neither form. */
export function parseSince(text: string): Since | null {
  const relative = RELATIVE.exec(text);
  if (relative) {
    const amount = Number(relative[1]);
    return amount > 0 ? { kind: 'ago', amount, unit: relative[2]!.toLowerCase() as 'd' | 'h' | 'm' | 's' } : null;
  }
  const iso = ISO.exec(text);
  if (!iso) return null;
  const [, date, time, zone] = iso;
  const offset = zone === undefined ? 'Z' : zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const normalised = time === undefined ? `${date}T00:00:00Z` : `${date}T${time}${offset}`;
  const epochMs = Date.parse(normalised);
  // Date.parse rolls 2026-02-30 over to March: a date must read back as itself.
  if (Number.isNaN(epochMs) || new Date(Date.parse(`${date}T00:00:00Z`)).toISOString().slice(0, 10) !== date) return null;
  return { kind: 'at', epochMs };
}

export const SINCE_HELP = 'a duration back from now like 24h or 7d (d, h, m, s), or an ISO date or time like 2026-11-20T00:00:00Z';

/** The KQL expression for the moment: `ago(7d)` or `datetime(2026-11-20T00:00:00Z)`. */
export function sinceExpression(since: Since): string {
  if (since.kind === 'ago') return `ago(${since.amount}${since.unit})`;
  const iso = new Date(since.epochMs).toISOString().replace('.000Z', 'Z');
  return `datetime(${iso})`;
}

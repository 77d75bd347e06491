/**
 * How a JSON array is laid out, from its first lines: 'lines' when each element is one whole object on a line
 * of its own (`[` then `{…},` lines, or `[{…},` first) — what `jq -c`, many exporters and log shippers
 * write — so that it can be read like JSON Lines; 'other' for anything else (pretty-printed, all on one line);
 * null when more text is needed to tell.
 */
export function arrayLayout(text: string, open: number): 'lines' | 'other' | null {
  let at = open + 1;
  for (let seen = 0; seen < 2; seen++) {
    at = skipSpace(text, at);
    if (at >= text.length) return null;
    if (text[at] === ']') return seen > 0 ? 'lines' : 'other';
    if (text[at] !== '{') return 'other';
    const nl = text.indexOf('\n', at);
    if (nl < 0) return null;
    let line = text.slice(at, nl).trimEnd();
    if (line.endsWith(']')) line = line.slice(0, -1).trimEnd();
    if (line.endsWith(',')) line = line.slice(0, -1);
    if (!isOneObject(line)) return 'other';
    at = nl + 1;
  }
  return 'lines';
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++;
  return i;
}

function isOneObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Call-log record lines found after a first line that is not one (a first line torn or garbled, binary bytes before
 * the records): shape detection reads such a file as JSON Lines, so that the good lines are read.
 */

/** How much of a file that starts with binary bytes is looked at for a call-log line after them. */
const BINARY_LOOK = 64 * 1024;

/**
 * Whether a line of the peek's first BINARY_LOOK characters, but the first, is a call-log record (nextLineIsRecord),
 * looking at the first few lines that start with `{`; null when more of the file is needed to tell.
 */
export function laterRecordLine(peek: string, final: boolean): boolean | null {
  let tried = 0;
  for (let at = peek.indexOf('\n{'); at >= 0 && at < BINARY_LOOK && tried < 20; at = peek.indexOf('\n{', at + 1), tried++) {
    const record = nextLineIsRecord(peek, at + 1, final);
    if (record !== false) return record;
  }
  return final || peek.length >= BINARY_LOOK ? false : null;
}

/** Keys one of which every call-log record, Log Analytics row or envelope has (lower-cased). */
const RECORD_KEYS = new Set(['category', 'correlationid', 'callid', 'type', 'records']);
/**
 * Whether the next line that is not blank, from `from`, is a whole JSON object with a key of a call-log record (a
 * program's own JSON log lines after a banner are not call logs); null when the peek does not hold it yet.
 */
export function nextLineIsRecord(peek: string, from: number, final: boolean): boolean | null {
  const start = peek.slice(from).search(/\S/);
  if (start < 0) return final ? false : null;
  const at = from + start;
  if (peek[at] !== '{') return false;
  const end = peek.indexOf('\n', at);
  if (end < 0 && !final) return null;
  try {
    const value: unknown = JSON.parse(peek.slice(at, end < 0 ? undefined : end));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    return Object.keys(value).some((key) => RECORD_KEYS.has(key.toLowerCase()));
  } catch {
    return false;
  }
}

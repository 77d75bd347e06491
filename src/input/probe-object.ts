/** What the start of a text that begins with '{' says about its layout. */
export interface ObjectProbe {
  /** The first key of the object, once read. */
  firstKey: string | undefined;
  /** Its keys read so far, in order. */
  keys: string[];
  /**
   * The first of "records" (in any case) / "tables" / "results" (in any case: {"Results":[…]}, a query response as
   * some clients write it) whose value is an array, once met at the top level.
   */
  arrayKey: 'records' | 'tables' | 'results' | undefined;
  /** Whether a line break came before the object closed. */
  multiline: boolean;
  /** Whether the first line holds a comma between top-level members (pretty printers put one member a line). */
  commaOnFirstLine: boolean;
  /** Whether the object closed within the text seen. */
  closed: boolean;
}

/**
 * Follows the top level of the object that starts at text[from] ('{'): its keys, whether it closes on its
 * first line, whether a "records" or "tables" array is among its members. Stops as soon as that is known.
 */
export function probeObject(text: string, from: number): ObjectProbe {
  const probe: ObjectProbe = { firstKey: undefined, keys: [], arrayKey: undefined, multiline: false, commaOnFirstLine: false, closed: false };
  let depth = 0;
  let inString = false;
  let escape = false;
  let stringStart = 0;
  let lastString: string | null = null; // a string just closed at depth 1: a key if ':' follows
  let valueOf: string | null = null; // the key whose value starts at the next token
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (escape) escape = false;
      else if (c === '\\') escape = true;
      else if (c === '"' || c === '\n') {
        inString = false;
        if (depth === 1) lastString = text.slice(stringStart, i);
        if (c === '\n') probe.multiline = true;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '\n') {
      probe.multiline = true;
      if (probe.arrayKey !== undefined || probe.commaOnFirstLine) break;
      continue;
    }
    if (c === ':' && depth === 1 && lastString !== null) {
      probe.firstKey ??= lastString;
      probe.keys.push(lastString);
      valueOf = lastString;
      lastString = null;
      if (probe.firstKey === 'tables' && valueOf === 'tables') break;
      continue;
    }
    lastString = null;
    if (valueOf !== null) {
      if (c === '[' && valueOf === 'tables') probe.arrayKey ??= valueOf;
      else if (c === '[' && valueOf.length === 7 && valueOf.toLowerCase() === 'records') probe.arrayKey ??= 'records';
      else if (c === '[' && valueOf.length === 7 && valueOf.toLowerCase() === 'results') probe.arrayKey ??= 'results';
      valueOf = null;
    }
    if (c === '"') {
      inString = true;
      stringStart = i + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        probe.closed = true;
        break;
      }
    } else if (c === ',' && depth === 1 && !probe.multiline) probe.commaOnFirstLine = true;
  }
  return probe;
}

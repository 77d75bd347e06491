/** Where V8's message says JSON.parse stopped: "… in JSON at position 43". */
const POSITION = / in JSON at position (\d+)/;

/**
 * Where in a text JSON.parse failed: the offset its message gives ("… in JSON at position 43"), or, for a message
 * with none ("Unexpected token '}', …"x": } }" is not valid JSON"), the first character no JSON text can go on with.
 * Only on the error path: a valid text never comes here.
 */
export function jsonFaultOffset(message: string, text: string): number {
  const positioned = POSITION.exec(message);
  return positioned === null ? firstBadOffset(text) : Math.min(Number(positioned[1]), text.length);
}

/**
 * The offset of the first character after which the text is no longer the start of some JSON text (its length when
 * all of it is). A start is one JSON.parse reads whole, or fails on only at its end ("Unexpected end of JSON input",
 * or an error at the start's own length); every start of a start is one, so the longest is found by halving.
 */
export function firstBadOffset(text: string): number {
  let good = 0;
  let bad = text.length + 1;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (isJsonStart(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return good;
}

function isJsonStart(head: string): boolean {
  try {
    JSON.parse(head);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith('Unexpected end of JSON input')) return true;
    const at = POSITION.exec(message);
    return at !== null && Number(at[1]) === head.length;
  }
}

/**
 * A message that says what is missing after something ("Expected ',' or '}' after property value", "Unexpected
 * non-whitespace character after JSON"): its position is the next token's, maybe lines on; the fault is where that
 * something ends, the line a comma (or colon) is to be added to.
 */
const MISSING_AFTER = / after (?:property value|array element|property name|JSON)\b/;

/**
 * The line of the fault in a text JSON.parse refused with `message`, the text starting on line `from` of its file:
 * null when the fault is on that first line (always, for a text of one line: a JSON line keeps its place). A
 * separator missing is placed at the end of the value it should follow. Lines are counted by their LFs, as the
 * readers count them.
 */
export function jsonFaultLine(message: string, text: string, from: number): number | null {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return null;
  let offset = jsonFaultOffset(message, text);
  if (MISSING_AFTER.test(message)) while (offset > 0 && isJsonSpace(text.charCodeAt(offset - 1))) offset--;
  if (offset <= firstBreak) return null;
  let line = from;
  for (let i = firstBreak; i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

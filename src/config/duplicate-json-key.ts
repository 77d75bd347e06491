/** A key written twice in one object of a JSON text: its key path, and the line of each. */
export interface DuplicateKey {
  path: string[];
  firstLine: number;
  secondLine: number;
}

/** An object or array of the text, and where it is in its parent (a key, or an index): the path is built only when told. */
type Place = { parent: Frame | undefined; at: string };
type Frame = Place & ({ kind: 'object'; lines: Map<string, number>; key: string | null; expectingKey: boolean } | { kind: 'array'; index: number });

function pathOf(frame: Frame | undefined): string[] {
  const path: string[] = [];
  for (let f = frame; f?.parent !== undefined; f = f.parent) path.push(f.at);
  return path.reverse();
}

/**
 * The first key that one object of a JSON text gives twice (`{"maxPoorCalls": 1, …, "maxPoorCalls": 5}`), or null.
 * JSON.parse keeps the last silently, so a config file that says two things of one key (a merge that kept both
 * lines) would be run by the one further down, when which was meant cannot be told: the case of a name written
 * twice in two cases, which the file refuses (canonical-threshold-keys.ts). `text` is valid JSON (JSON.parse read
 * it): only its structure is followed, with a stack of its own, so that no depth of nesting overflows.
 */
export function firstDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let line = 1;
  const place = (): Place => {
    const top = stack.at(-1);
    return { parent: top, at: top === undefined ? '' : top.kind === 'object' ? (top.key ?? '') : String(top.index) };
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const top = stack.at(-1);
    // A line ends at LF, CR LF or a lone CR (an old Mac's, or an editor set so), as editors count lines.
    if (c === '\n') {
      if (text[i - 1] !== '\r') line++;
    } else if (c === '\r') line++;
    else if (c === '{') stack.push({ ...place(), kind: 'object', lines: new Map(), key: null, expectingKey: true });
    else if (c === '[') stack.push({ ...place(), kind: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      if (top?.kind === 'object') top.expectingKey = true;
      else if (top?.kind === 'array') top.index++;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectingKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const before = top.lines.get(key);
        if (before !== undefined) return { path: [...pathOf(top), key], firstLine: before, secondLine: line };
        top.lines.set(key, line);
        top.key = key;
        top.expectingKey = false;
      }
      // A string holds no line break (JSON escapes it), so the line count stays right.
      i = end;
    }
  }
  return null;
}

import type { BatchResult } from './process-line-batch.js';

/**
 * A batch result as it crosses from a worker to the main thread: its structure and numbers in typed arrays (moved,
 * not copied), its distinct strings and object shapes as one small JSON text. The main thread then builds each
 * item with a literal made once per shape, instead of parsing the whole result as JSON: on the bench export
 * JSON.parse of the results cost the main thread more than parsing the lines itself (2.65 vs 1.85 µs a record),
 * which is why workers did not pay; decoding costs it ~0.8 µs.
 */
export interface EncodedBatch {
  /** JSON of { strings, shapes, filtered }. */
  text: string;
  /** Tags and string, shape and number references, in order. */
  tags: Int32Array<ArrayBuffer>;
  numbers: Float64Array<ArrayBuffer>;
}

/** Tags below 0; a tag >= 0 is the index of a string. */
const NULL = -1;
const NUMBER = -2;
const UNDEFINED = -3;
const SHAPE = -4;
const JSON_TEXT = -5;
const TRUE = -6;
const FALSE = -7;

/** Objects held under these keys are sent as shapes; any other object or array under a key (an operation's payload) as JSON text. */
const SHAPED_KEYS = new Set(['record', 'metrics', 'ratings', 'at']);
/** Keys a shape may have: they become property names of generated code, so plain identifiers only. */
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** A typed array that grows as numbers are pushed; `done` gives the numbers pushed, in an array of their own. */
class Growing<A extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>> {
  private length = 0;
  constructor(
    private array: A,
    private readonly make: (size: number) => A,
  ) {}

  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = this.make(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }

  done(): A {
    return this.array.slice(0, this.length) as A;
  }
}

export function encodeBatch(result: BatchResult): EncodedBatch {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const tags = new Growing(new Int32Array(4096), (size) => new Int32Array(size));
  const numbers = new Growing(new Float64Array(1024), (size) => new Float64Array(size));

  const text = (value: string) => {
    let i = stringIndex.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      stringIndex.set(value, i);
    }
    tags.push(i);
  };
  const shape = (object: Record<string, unknown>) => {
    const keys = Object.keys(object);
    const signature = keys.join(',');
    let s = shapeIndex.get(signature);
    if (s === undefined) {
      if (!keys.every((k) => PLAIN_KEY.test(k) && k !== '__proto__')) throw new Error(`batch codec: a key that is not a plain name in ${signature.slice(0, 80)}`);
      s = shapes.length;
      shapes.push(keys);
      shapeIndex.set(signature, s);
    }
    tags.push(s);
    for (const key of keys) value(object[key], key);
  };
  const value = (v: unknown, key: string) => {
    if (v === null) tags.push(NULL);
    else if (v === undefined) tags.push(UNDEFINED);
    else if (typeof v === 'string') text(v);
    else if (typeof v === 'number') {
      tags.push(NUMBER);
      numbers.push(v);
    } else if (typeof v === 'boolean') tags.push(v ? TRUE : FALSE);
    else if (typeof v === 'object' && !Array.isArray(v) && SHAPED_KEYS.has(key)) {
      tags.push(SHAPE);
      shape(v as Record<string, unknown>);
    } else {
      tags.push(JSON_TEXT);
      text(JSON.stringify(v));
    }
  };

  for (const item of result.items) shape(item as unknown as Record<string, unknown>);
  return {
    text: JSON.stringify({ strings, shapes, filtered: result.filtered, items: result.items.length }),
    tags: tags.done(),
    numbers: numbers.done(),
  };
}

type Maker = (next: () => unknown) => Record<string, unknown>;

/** Literal makers by shape, kept across batches: every batch of an export has the same few shapes. */
const MAKERS = new Map<string, Maker>();
const MAX_MAKERS = 1000;

function makerOf(keys: string[]): Maker {
  const signature = keys.join(',');
  let maker = MAKERS.get(signature);
  if (maker === undefined) {
    if (!keys.every((k) => PLAIN_KEY.test(k) && k !== '__proto__')) throw new Error(`batch codec: a key that is not a plain name in ${signature.slice(0, 80)}`);
    maker = literalMaker(keys) ?? assigningMaker(keys);
    if (MAKERS.size < MAX_MAKERS) MAKERS.set(signature, maker);
  }
  return maker;
}

/** One object literal per shape: V8 builds it in one step with its final layout, as the normaliser did. */
function literalMaker(keys: string[]): Maker | null {
  try {
    return new Function('next', `return { ${keys.map((k) => `${k}: next()`).join(', ')} };`) as Maker;
  } catch {
    return null; // code from strings is turned off (--disallow-code-generation-from-strings): slower, same objects
  }
}

function assigningMaker(keys: string[]): Maker {
  return (next) => {
    const object: Record<string, unknown> = {};
    for (const key of keys) object[key] = next();
    return object;
  };
}

export function decodeBatch(encoded: EncodedBatch): BatchResult {
  const { strings, shapes, filtered, items: count } = JSON.parse(encoded.text) as { strings: string[]; shapes: string[][]; filtered: number; items: number };
  const makers = shapes.map(makerOf);
  const { tags, numbers } = encoded;
  let t = 0;
  let n = 0;
  const next = (): unknown => {
    const tag = tags[t++]!;
    if (tag >= 0) return strings[tag];
    switch (tag) {
      case NULL:
        return null;
      case NUMBER:
        return numbers[n++];
      case UNDEFINED:
        return undefined;
      case SHAPE:
        return makers[tags[t++]!]!(next);
      case JSON_TEXT:
        return JSON.parse(strings[tags[t++]!]!);
      case TRUE:
        return true;
      case FALSE:
        return false;
      default:
        throw new Error(`batch codec: unknown tag ${tag}`);
    }
  };
  const items = new Array<BatchResult['items'][number]>(count);
  for (let i = 0; i < count; i++) items[i] = makers[tags[t++]!]!(next) as unknown as BatchResult['items'][number];
  return { items, filtered };
}

import { TextDecoder } from 'node:util';

/**
 * What an EventData's Body holds, ready to read: its JSON text, a value already parsed (a converted Capture whose
 * Body was written as an object), or why it holds nothing to read.
 */
export type BodyContent = { kind: 'text'; text: string } | { kind: 'value'; value: unknown } | { kind: 'none'; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The content of a Body as Capture or a conversion of it gives it:
 * - bytes (Avro's `bytes`, read from the file): UTF-8 text, as Azure Monitor sends it;
 * - a string: JSON text. Avro's JSON encoding (avro-tools tojson) writes `bytes` as one character a byte, so a
 *   string of characters up to U+00FF that holds some of U+0080–U+00FF, and whose bytes so taken are valid UTF-8,
 *   is that UTF-8 (`"é"` arrives as `"Ã©"`); any other string is text already;
 * - `{"bytes": "…"}`: the same, as that encoding writes the union `["null","bytes"]`;
 * - an object or array: the value itself;
 * - null or absent: nothing (an EventData without a Body).
 */
export function bodyContent(body: unknown): BodyContent {
  if (body instanceof Uint8Array) return { kind: 'text', text: withoutBom(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')) };
  if (typeof body === 'string') return { kind: 'text', text: withoutBom(bytesAsText(body)) };
  if (body === null || body === undefined) return { kind: 'none', reason: 'an EventData without a Body' };
  if (typeof body === 'object' && !Array.isArray(body)) {
    const keys = Object.keys(body);
    const bytes = (body as Record<string, unknown>).bytes;
    if (keys.length === 1 && typeof bytes === 'string') return { kind: 'text', text: withoutBom(bytesAsText(bytes)) };
    return { kind: 'value', value: body };
  }
  if (Array.isArray(body)) return { kind: 'value', value: body };
  return { kind: 'none', reason: `an EventData whose Body is ${typeof body}, not JSON text` };
}

/** A string of bytes one character each (all ≤ U+00FF, some ≥ U+0080) that form valid UTF-8, as that text; else itself. */
function bytesAsText(text: string): string {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) high = true;
  }
  if (!high) return text;
  try {
    return strictUtf8.decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

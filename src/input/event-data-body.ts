import { createRequire } from 'node:module';
import { TextDecoder } from 'node:util';
import { oneLine } from './input-error-from.js';
import { DEFAULT_MAX_RECORD_BYTES } from './input-event.js';
import { tooLargeReason } from './record-size-limit.js';

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
 * Bytes (either way) that are gzip, as a producer of its own may send them (Azure Monitor does not), are inflated
 * first, to at most `maxBytes` (--max-record-bytes): their text is the Body's.
 */
export function bodyContent(body: unknown, maxBytes = DEFAULT_MAX_RECORD_BYTES): BodyContent {
  if (body instanceof Uint8Array) return bytesContent(Buffer.from(body.buffer, body.byteOffset, body.byteLength), maxBytes);
  if (typeof body === 'string') return stringContent(body, maxBytes);
  if (body === null || body === undefined) return { kind: 'none', reason: 'an EventData without a Body' };
  if (typeof body === 'object' && !Array.isArray(body)) {
    const keys = Object.keys(body);
    const bytes = (body as Record<string, unknown>).bytes;
    if (keys.length === 1 && typeof bytes === 'string') return stringContent(bytes, maxBytes);
    return { kind: 'value', value: body };
  }
  if (Array.isArray(body)) return { kind: 'value', value: body };
  return { kind: 'none', reason: `an EventData whose Body is ${typeof body}, not JSON text` };
}

function bytesContent(bytes: Buffer, maxBytes: number): BodyContent {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipped(bytes, maxBytes);
  return { kind: 'text', text: withoutBom(bytes.toString('utf8')) };
}

/** A string: gzip's bytes one character each (avro-tools' JSON), inflated; else text (bytesAsText). */
function stringContent(text: string, maxBytes: number): BodyContent {
  if (text.charCodeAt(0) === 0x1f && text.charCodeAt(1) === 0x8b && isByteString(text)) return gunzipped(Buffer.from(text, 'latin1'), maxBytes);
  return { kind: 'text', text: withoutBom(bytesAsText(text)) };
}

/** A gzipped Body's text; one that does not inflate, or inflates to more than `maxBytes`, holds nothing to read. */
function gunzipped(bytes: Buffer, maxBytes: number): BodyContent {
  try {
    // node:zlib is loaded for such a Body only (some ms): this module is on every JSON line's way.
    const { gunzipSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
    return { kind: 'text', text: withoutBom(gunzipSync(bytes, { maxOutputLength: maxBytes + 1 }).toString('utf8')) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'none', reason: `Body, gzipped, ${tooLargeReason(maxBytes)}` };
    return { kind: 'none', reason: `Body is gzip that does not inflate (${oneLine(error instanceof Error ? error.message : String(error), 80)})` };
  }
}

function isByteString(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
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

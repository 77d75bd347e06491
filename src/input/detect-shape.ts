import { type CsvHeader, readCsvHeader } from './csv-header.js';
import type { InputShape } from './input-event.js';
import { probeObject } from './probe-object.js';

export type Detection = { kind: 'shape'; shape: InputShape; csv?: CsvHeader } | { kind: 'skip'; reason: string };

/** How much text is read, at most, to recognise a shape. */
export const PEEK_LIMIT = 4 * 1024 * 1024;

/**
 * Recognises the shape of a text from its content (never from a file name), reading only as much as
 * needed. Returns the decision and the whole text again, the part read to decide included.
 */
export async function detectShape(text: AsyncGenerator<string>): Promise<{ detection: Detection; text: AsyncGenerator<string> }> {
  let peek = '';
  let detection: Detection | null = null;
  let tryAt = 0; // decide again once the peek has doubled: the probe rereads it, so this keeps the work linear
  for (;;) {
    const next = await text.next();
    if (!next.done) peek += next.value;
    const final = next.done === true || peek.length >= PEEK_LIMIT;
    if (!final && peek.length < tryAt) continue;
    tryAt = peek.length * 2;
    detection = decide(peek, final);
    if (detection !== null || next.done) break;
  }
  return { detection: detection ?? { kind: 'skip', reason: 'empty file' }, text: replay(peek, text) };
}

/** The shape, or null when more text is needed; `final`: the text ended or the peek is full, decide now. */
export function decide(peek: string, final: boolean): Detection | null {
  const first = peek.search(/[^\s\uFEFF]/);
  if (first < 0) return final ? { kind: 'skip', reason: 'empty file' } : null;
  const c = peek[first];
  if (c === '[') return decideArray(peek, first, final);
  if (c === '{') return decideObject(peek, first, final);
  const newline = peek.indexOf('\n', first);
  if (newline < 0 && !final) return null;
  const firstLine = peek.slice(first, newline < 0 ? undefined : newline);
  if (peek.slice(0, 8192).includes('\u0000')) return { kind: 'skip', reason: 'not call logs: binary data' };
  const csv = readCsvHeader(firstLine);
  if (csv !== null) return { kind: 'shape', shape: 'csv', csv };
  return { kind: 'skip', reason: `not call logs: neither JSON nor a CSV header naming a call-log column (starts ${quote(firstLine)})` };
}

/**
 * An array of records starts "[{", "[\n  {" or "[]". Anything else after the bracket ("[[[[…", "[1") is a broken
 * first line when JSON objects follow it a line each: then it is JSON Lines, so that the good lines are read.
 */
function decideArray(peek: string, first: number, final: boolean): Detection | null {
  const array: Detection = { kind: 'shape', shape: 'json-array' };
  const next = peek.slice(first + 1).search(/\S/);
  if (next < 0) return final ? array : null;
  const after = peek[first + 1 + next];
  if (after === '{' || after === ']') return array;
  const newline = peek.indexOf('\n', first);
  if (newline < 0) return final ? array : null;
  const rest = peek.slice(newline + 1);
  const line = rest.search(/\S/);
  if (line < 0) return final ? array : null;
  return rest[line] === '{' && (line === 0 || rest[line - 1] === '\n') ? { kind: 'shape', shape: 'json-lines' } : array;
}

function decideObject(peek: string, first: number, final: boolean): Detection | null {
  const probe = probeObject(peek, first);
  const shape = (s: InputShape): Detection => ({ kind: 'shape', shape: s });
  // A query API response, pretty or minified; it is streamed either way.
  if (probe.firstKey === 'tables') return shape('query-api');
  // The first line is a complete object (possibly a {"records":[…]} envelope): one object a line.
  if (probe.closed && !probe.multiline) return shape('json-lines');
  if (probe.multiline) {
    // Several members on the first line, then a line break inside: a broken first line of JSON Lines.
    if (probe.commaOnFirstLine) return shape('json-lines');
    if (probe.arrayKey === 'records') return shape('records-envelope');
    if (probe.arrayKey === 'tables') return shape('query-api');
    if (probe.closed || final) return { kind: 'skip', reason: 'not call logs: a JSON object without a "records" or "tables" array' };
    return null;
  }
  if (!final) return null;
  // One unfinished line: a huge or truncated minified envelope is streamed; anything else is a (long or broken) JSON line.
  return shape(probe.firstKey === 'records' ? 'records-envelope' : 'json-lines');
}

function quote(line: string): string {
  const text = line.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

async function* replay(peek: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    if (peek.length > 0) yield peek;
    yield* rest;
  } finally {
    await rest.return(undefined);
  }
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeText } from '../../../src/input/decode-text.js';
import type { InputEvent, Prefilter } from '../../../src/input/input-event.js';
import { readElementBytes } from '../../../src/input/read-element-bytes.js';
import { type ElementsAt, readJsonElements } from '../../../src/input/read-json-elements.js';

/** Modest and seeded: the same cases on every run, in CI too. */
const RUNS = { numRuns: Number(process.env.RUNS ?? 300), seed: process.env.RUNS ? Date.now() : 20261126 };

/**
 * The byte reader (pretty elements cut out of the bytes, the scanner for the rest) must give exactly the events of
 * the text scanner (readJsonElements over decoded text), for any layout and any damage, in any chunking.
 */

const record = fc.record(
  {
    category: fc.constantFrom('CallSummary', 'CallDiagnostics', 'x'),
    correlationId: fc.string({ maxLength: 6 }),
    properties: fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }))),
    text: fc.constantFrom('plain', 'é日本 😀', 'brackets } ] { [ inside', 'quote \\" and \\\\', 'line\nbreak'),
  },
  { requiredKeys: ['category'] },
);

/** Damage of the kinds real files have: a character lost or added, a bracket or comma missing, odd whitespace. */
const INSERTS = ['{', '}', '[', ']', '"', '\\', ',', ':', '\n', '\r', '\t', '\n{', '\n  {', '\n  [', '  ', 'é', '日', '😀', 'x'];
const damage = fc.array(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 3 }), insert: fc.oneof(fc.constant(''), fc.constantFrom(...INSERTS)) }),
  { maxLength: 3 },
);

const layout = fc.record({
  records: fc.array(record, { maxLength: 8 }),
  indent: fc.constantFrom('', '  ', '    ', '\t'),
  container: fc.constantFrom('array', 'envelope', 'stream'),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  damage,
});

function textOf(l: LayoutValue): string {
  const elements = l.records.map((r) => l.indent + JSON.stringify(r, null, 2).replaceAll('\n', `\n${l.indent}`));
  let text =
    l.container === 'envelope'
      ? `{\n  "records": [\n${elements.join(',\n')}\n  ]\n}\n`
      : l.container === 'stream'
        ? elements.map((e) => `${e}\n`).join('') // jq .'s output: no brackets, no commas
        : `[\n${elements.join(',\n')}\n]\n`;
  for (const d of l.damage) {
    const at = Math.floor(d.at * text.length);
    text = text.slice(0, at) + d.insert + text.slice(at + d.remove);
  }
  if (l.crlf) text = text.replaceAll('\n', '\r\n');
  return (l.bom ? '\ufeff' : '') + text;
}

interface LayoutValue {
  records: unknown[];
  indent: string;
  container: 'array' | 'envelope' | 'stream';
  crlf: boolean;
  bom: boolean;
  damage: { at: number; remove: number; insert: string }[];
}

function chunksOf(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

interface Reading {
  events: InputEvent[];
  seen: string[];
}

async function viaText(bytes: Buffer, path: ElementsAt, size: number, max: number, filter: boolean): Promise<Reading> {
  const seen: string[] = [];
  const prefilter: Prefilter | undefined = filter ? (raw) => (seen.push(raw), raw.includes('CallSummary')) : undefined;
  const events: InputEvent[] = [];
  for await (const event of readJsonElements(decodeText(each(chunksOf(bytes, size))), 'f', path, prefilter, max)) events.push(event);
  return { events, seen };
}

async function viaBytes(bytes: Buffer, path: ElementsAt, size: number, max: number, filter: boolean, batch: number, atOnce: number): Promise<Reading> {
  const seen: string[] = [];
  const prefilter: Prefilter | undefined = filter ? (raw) => (seen.push(raw), raw.includes('CallSummary')) : undefined;
  const events: InputEvent[] = [];
  for await (const batchEvents of readElementBytes(each(chunksOf(bytes, size)), 'f', path, prefilter, max, batch, atOnce)) events.push(...batchEvents);
  return { events, seen };
}

/**
 * An element over the size limit with a string left open too is invalid for either reason: the scanner names the
 * one it meets first, and it meets the size limit at the end of a piece of text (where the text is cut, see
 * holdRun in value-run.ts), the string's at its line. The two readers cut the text in other places.
 */
function sizeOrString(event: InputEvent): InputEvent {
  if (event.kind !== 'invalid' || !/^(larger than .* \(--max-record-bytes\)|a string is not closed on line \d+)/.test(event.reason)) return event;
  return { ...event, reason: 'too large, or a string left open' };
}

test('any pretty array, envelope or stream of records, damaged or not, in any chunking: the byte reader gives the scanner\'s events exactly', async () => {
  await fc.assert(
    fc.asyncProperty(
      layout,
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 1, max: 2000 }),
      fc.constantFrom(16 * 1024 * 1024, 300, 60),
      fc.boolean(),
      fc.constantFrom(1, 2, 3, 256),
      async (l, size, batch, max, filter, atOnce) => {
        const bytes = Buffer.from(textOf(l), 'utf8');
        const path = l.container === 'envelope' ? ['records'] : l.container === 'stream' ? 'stream' : [];
        const expected = await viaText(bytes, path, 1 << 16, max, filter);
        const actual = await viaBytes(bytes, path, size, max, filter, batch, atOnce);
        if (max > bytes.length) assert.deepEqual(actual.events, expected.events);
        else assert.deepEqual(actual.events.map(sizeOrString), expected.events.map(sizeOrString));
        assert.deepEqual(actual.seen, expected.seen);
      },
    ),
    RUNS,
  );
});

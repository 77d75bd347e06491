import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RestringifiedLines } from '../../../src/model/restringified-lines.js';

const RUNS = { numRuns: 300, seed: 20261126 };

/** What each line of a batch is asked, in order, as process-line-batch.ts asks it. */
function answers(lines: string[]): boolean[] {
  const bytes = Buffer.from(lines.join('\n'));
  const restringified = new RestringifiedLines(bytes);
  let start = 0;
  return lines.map((line) => {
    const end = start + Buffer.byteLength(line);
    const answer = restringified.has(start, end);
    start = end + 1;
    return answer;
  });
}

/** The truth: JSON.stringify would not write the line as it is. */
const rewritten = (line: string) => JSON.stringify(JSON.parse(line)) !== line;

const hex4 = (code: number) => code.toString(16).padStart(4, '0');
/** How writers other than JSON.stringify write a string. */
const WRITERS: Record<string, (s: string) => string> = {
  stringify: (s) => JSON.stringify(s),
  // System.Text.Json's default encoder: + < > & ' ` and non-ASCII as \uXXXX, uppercase.
  dotNet: (s) => JSON.stringify(s).replace(/[+<>&'`\u007f-\uffff]/g, (c) => `\\u${hex4(c.charCodeAt(0)).toUpperCase()}`),
  // Python's json.dumps(ensure_ascii=True): non-ASCII and DEL as \uxxxx, lowercase.
  python: (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${hex4(c.charCodeAt(0))}`),
  slashes: (s) => JSON.stringify(s).replace(/\//g, '\\/'),
  // Every control character as \u00XX, and in uppercase hex.
  longControls: (s) => JSON.stringify(s).replace(/\\([bfnrt])|\\u00([01][0-9a-f])/g, (_, short: string | undefined, code: string | undefined) =>
    `\\u00${short === undefined ? code!.toUpperCase() : hex4('\b\f\n\r\t'.charAt('bfnrt'.indexOf(short)).charCodeAt(0)).slice(2)}`),
};

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('+', '<', '&', "'", '/', '\\', '"', 'é', '😀', '\u0000', '\u001f', '\n', '\t', '\u007f', '\u2028', 'a', 'u', '0'), maxLength: 10 }),
);
const line = fc.tuple(text, text, fc.constantFrom(...Object.keys(WRITERS))).map(([key, value, writer]) => {
  const write = WRITERS[writer]!;
  return `{${write(key)}:${write(value)},"n":1}`;
});

test('restringified lines: a line is fingerprinted as JSON.stringify writes it exactly when that is not the line, escape by escape, along a batch', () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
      assert.deepEqual(answers(lines), lines.map(rewritten));
    }),
    RUNS,
  );
});

test('restringified lines: the escapes of each writer, and text that only looks like one', () => {
  const cases: [string, boolean][] = [
    ['{"time":"2026-11-20T08:31:07+00:00"}', false],
    ['{"time":"2026-11-20T08:31:07\\u002B00:00"}', true], // .NET
    ['{"time":"2026-11-20T08:31:07\\u002b00:00"}', true],
    ['{"who":"Zo\\u00eb"}', true], // Python's ensure_ascii
    ['{"url":"https:\\/\\/contoso.com"}', true],
    ['{"payload":"{\\"a\\":\\"b\\\\c\\"}\\n\\t\\r\\b\\f"}', false], // JSON in a string: JSON.stringify's own escapes
    ['{"text":"\\\\u002B"}', false], // a backslash, then the text u002B
    ['{"bell":"\\u0007\\u001f"}', false],
    ['{"bell":"\\u001F"}', true],
    ['{"tab":"\\u0009"}', true],
    ['{"quote":"\\u0022"}', true],
    ['{"spaced": 1}', true],
  ];
  assert.deepEqual(answers(cases.map(([l]) => l)), cases.map(([, expected]) => expected));
  for (const [l, expected] of cases) assert.equal(rewritten(l), expected, l);
});

test('restringified lines: a batch over the scratch space of the byte scans (2 MiB) is searched by Buffer.indexOf, with the same answers', () => {
  const filler = '{"category":"CallDiagnostics","n":1}';
  // `": ` in a string is taken for a spaced key too (it only costs time), by either search.
  const tail = ['{"spaced": 1}', filler, '{"text":"a\\": b"}', filler, '{"dotNet":"\\u002B"}'];
  const lines = [...Array.from({ length: 70_000 }, () => filler), ...tail];
  assert.ok(Buffer.byteLength(lines.join('\n')) > 2 << 20);
  const got = answers(lines);
  assert.deepEqual(got.slice(-tail.length), [true, false, true, false, true]);
  assert.deepEqual(answers(tail), [true, false, true, false, true]);
  assert.equal(got.slice(0, -tail.length).some(Boolean), false);
});

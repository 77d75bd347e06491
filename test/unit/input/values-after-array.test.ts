import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { InputEvent } from '../../../src/input/input-event.js';
import { loadCalls } from '../../../src/model/load-calls.js';
import { scratchDir } from '../../support/scratch-dir.js';
import { chunkedStream, collect } from './input-test-helpers.js';

const record = (n: number) => ({ category: 'CallSummary', correlationId: `after000-0000-0000-0000-00000000000${n}`, properties: { endpointId: `e${n}` } });
const [A, B, C, D] = [1, 2, 3, 4].map(record) as [object, object, object, object];
const line = (value: unknown) => JSON.stringify(value);
const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const lineArray = (values: unknown[]) => `[\n${values.map(line).join(',\n')}\n]\n`;

/**
 * Two exports joined (`cat a.json b.json`): an array, then more JSON — another array, or objects (JSON Lines, `jq .`'s
 * pretty objects) — in every layout read its own way. The values after the `]` are more records: four in all, none invalid.
 */
const JOINED: Record<string, string> = {
  'pretty array, then pretty objects': `${pretty([A, B])}\n${pretty(C)}\n${pretty(D)}\n`,
  'pretty array, then JSON Lines': `${pretty([A, B])}\n${line(C)}\n${line(D)}\n`,
  'pretty array, then a pretty array': `${pretty([A, B])}\n${pretty([C, D])}\n`,
  'pretty array, then pretty objects with commas': `${pretty([A, B])}\n${pretty(C)},\n${pretty(D)}\n`,
  'one-line array, then objects on the same line': `[${line(A)},${line(B)}]${line(C)}${line(D)}`,
  'one-line array, then JSON Lines': `[${line(A)},${line(B)}]\n${line(C)}\n${line(D)}\n`,
  'one-line arrays with a comma between': `[${line(A)},${line(B)}],[${line(C)},${line(D)}]\n`,
  'element-a-line array, then JSON Lines': `${lineArray([A, B])}${line(C)}\n${line(D)}\n`,
  'element-a-line arrays': `${lineArray([A, B])}${lineArray([C, D])}`,
  'pretty array, then an object, then an array': `${pretty([A, B])}\n${pretty(C)}\n${pretty([D])}\n`,
  '`jq .` objects, then a pretty array': `${pretty(A)}\n${pretty(B)}\n${pretty([C, D])}\n`,
};

function items(events: InputEvent[]): { records: number; invalid: string[] } {
  const flat = events.flatMap((e) => (e.kind === 'events' ? e.events : [e]));
  return {
    records: flat.filter((e) => e.kind === 'record').length,
    invalid: flat.flatMap((e) => (e.kind === 'invalid' ? [`${e.reason}@${e.at.line}`] : [])),
  };
}

test('values after an array closes (two exports joined) are read as more records, in every layout and every way of reading', async () => {
  const dir = scratchDir();
  for (const [name, text] of Object.entries(JOINED)) {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, text);
    const gz = `${file}.gz`;
    writeFileSync(gz, gzipSync(text));
    const readings = {
      file: await collect([file]),
      // Small batches: the fast way (elements cut out of the bytes) hands over to the scanner and back many times.
      'file, small batches': await collect([file], { batchBytes: 64 }),
      gzip: await collect([gz]),
      stdin: await collect(['-'], { stdin: chunkedStream(text, 7) }),
      // UTF-16: decoded to text, read by the scanner alone (the streaming way).
      'UTF-16': await collect(['-'], { stdin: chunkedStream(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 64) }),
    };
    for (const [how, events] of Object.entries(readings)) {
      assert.deepEqual(items(events), { records: 4, invalid: [] }, `${name} (${how})`);
    }
    for (const input of [file, gz]) {
      const loaded = await loadCalls([input]);
      assert.equal(loaded.counts.used, 4, `${name}: used`);
      assert.equal(loaded.counts.invalid, 0, `${name}: invalid`);
    }
  }
});

test('a second array that never closes is still a cut file, in a pretty file and in an element-a-line one', async () => {
  const cases = [`${pretty([A, B])}\n[\n  ${line(C)},\n`, `${lineArray([A, B])}[\n${line(C)},\n${line(D)}\n`];
  for (const text of cases) {
    const got = items(await collect(['-'], { stdin: chunkedStream(text, 11) }));
    assert.equal(got.invalid.length, 1, text);
    assert.match(got.invalid[0]!, /ends before the array closes/, text);
  }
});

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { CallDocument } from '../../src/report/call-document.js';
import { captureBytes, eventData } from '../support/capture-files.js';
import { filesUnder } from '../support/files-under.js';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// `call` searches the bytes (or raw text) for the id before parsing: an id written with JSON \u escapes must be found
// too, in every layout it reads so, and records of other calls that hold \u escapes must still be passed over unparsed.

const P2P = '8d1a8374-344d-4502-b54b-ba2d6daaf0ae';
type Counts = { read: number; used: number; duplicates: number; superseded: number; ignored: number; invalid: number; filtered: number };
const parts = (c: Counts) => c.used + c.duplicates + c.superseded + c.ignored + c.invalid + c.filtered;

/** The storage-account samples' records (several calls, the P2P call's among them), as objects. */
const records: object[] = filesUnder(join(ROOT, 'samples/storage-account'))
  .filter((f) => f.endsWith('PT1H.json'))
  .sort()
  .flatMap((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as object);

/** Ways of writing the records' text with escapes: the P2P id alone (its first digit, and a hyphen in upper-case hex), or every hyphen in a string of every record. */
const ESCAPINGS: Record<string, (json: string) => string> = {
  'the id': (json) => json.replaceAll(P2P, '\\u0038d1a8374\\u002D344d-4502-b54b-ba2d6daaf0ae'),
  'every hyphen': (json) => json.replace(/"(?:[^"\\]|\\.)*"/g, (text) => text.replaceAll('-', '\\u002d')),
};

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => utf16le(text).swap16();
const lines = (values: object[], escape: (json: string) => string) => values.map((v) => escape(JSON.stringify(v))).join('\n') + '\n';
const envelopes = (size: number) => Array.from({ length: Math.ceil(records.length / size) }, (_, i) => ({ records: records.slice(i * size, (i + 1) * size) }));

/** Every layout that `call` tests for the id before parsing, written with the escapes given. */
const LAYOUTS: Record<string, (escape: (json: string) => string) => Buffer | Promise<Buffer>> = {
  'JSON Lines': (e) => Buffer.from(lines(records, e)),
  'JSON Lines, gzip': (e) => gzipSync(lines(records, e)),
  'JSON Lines, UTF-16 LE': (e) => utf16le(lines(records, e)),
  'a JSON array, one element a line': (e) => Buffer.from(`[\n${records.map((r) => e(JSON.stringify(r))).join(',\n')}\n]\n`),
  'a JSON array, pretty-printed': (e) => Buffer.from(e(JSON.stringify(records, null, 2))),
  'a JSON array, pretty-printed, UTF-16 BE': (e) => utf16be(e(JSON.stringify(records, null, 2))),
  'Event Hubs envelopes, one a line': (e) => Buffer.from(lines(envelopes(3), e)),
  'an Event Hubs envelope, pretty-printed': (e) => Buffer.from(e(JSON.stringify({ records }, null, 2))),
  'records one after another (jq .)': (e) => Buffer.from(records.map((r) => e(JSON.stringify(r, null, 2))).join('\n')),
  'Event Hubs Capture': (e) => captureBytes(eventData(envelopes(3).map((v) => e(JSON.stringify(v))))),
};

async function write(dir: string, layout: string, escape: (json: string) => string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, layout.includes('gzip') ? 'export.json.gz' : layout.includes('Capture') ? '12.avro' : 'export.json');
  writeFileSync(path, await LAYOUTS[layout]!(escape));
  return path;
}

test('call finds a call whose id is written with \\u escapes, in every layout, as it finds it written plainly; other calls\' records are still passed over', async () => {
  assert.ok(records.length > 10 && records.some((r) => JSON.stringify(r).includes(P2P)));
  for (const layout of Object.keys(LAYOUTS)) {
    const dir = scratchDir('escaped-');
    const plain = await write(join(dir, 'plain'), layout, (json) => json);
    const plainRun = runCli(['call', P2P, plain, '--format', 'json']);
    assert.equal(plainRun.status, 0, `${layout}: ${plainRun.stderr}`);
    const expected = JSON.parse(plainRun.stdout) as CallDocument;
    assert.ok(expected.input.filtered > 0, `${layout}: records of other calls are filtered`);
    for (const [how, escape] of Object.entries(ESCAPINGS)) {
      const path = await write(join(dir, how.replace(/ /g, '-')), layout, escape);
      assert.ok(!readFileSync(path).includes(P2P), `${layout}, ${how}: the id is not in the bytes as written`);
      // Standard input is tested record by record on its text (every id gathered for the hint): once is enough.
      const viaStdin = layout.includes('Capture') || how !== 'the id' ? [] : [['-']];
      for (const args of [[path], ...viaStdin]) {
        const run = runCli(['call', P2P.slice(0, 8), ...args, '--format', 'json'], { input: args[0] === '-' ? readFileSync(path) : undefined });
        const what = `${layout}, ${how}${args[0] === '-' ? ', standard input' : ''}`;
        assert.equal(run.status, 0, `${what}: ${run.stderr}`);
        const json = JSON.parse(run.stdout) as CallDocument;
        // The same call, and the same records read: the escaped other calls' records filtered, unparsed, as before.
        assert.deepEqual(json, expected, what);
        const i = json.input as unknown as Counts;
        assert.equal(i.read, parts(i), `${what}: the counts add up`);
      }
      // An unknown id names the escaped one as the nearest.
      if (how !== 'the id') continue;
      const near = runCli(['call', '8d1a8375', path]);
      assert.equal(near.status, 2, `${layout}, ${how}`);
      assert.match(near.stderr, new RegExp(`nearest ids seen: ${P2P}`), `${layout}, ${how}`);
    }
  }
});

test('call finds an id holding a backslash or a quote, which JSON Lines hold escaped (\\\\, \\"), in a file and from standard input, and still passes the other calls over', () => {
  const fixture = 'test/fixtures/input/ids-with-json-escapes.jsonl';
  for (const id of ['back\\slash-0000-4000-8000-000000000001', 'quote"d0-0000-4000-8000-000000000002']) {
    assert.ok(!readFileSync(join(ROOT, fixture), 'utf8').includes(id), `${id}: not in the bytes as typed`);
    for (const [asked, input] of [
      [id, undefined],
      [id.slice(0, 10).toUpperCase(), undefined],
      [id, readFileSync(join(ROOT, fixture))],
    ] as const) {
      const run = runCli(['call', asked, input === undefined ? fixture : '-', '--format', 'json'], { input });
      const what = `call ${asked}${input === undefined ? '' : ' (standard input)'}`;
      assert.equal(run.status, 0, `${what}: ${run.stderr}`);
      const json = JSON.parse(run.stdout) as CallDocument;
      assert.equal(json.correlationId, id, what);
      const i = json.input as unknown as Counts;
      assert.deepEqual([i.used, i.filtered, i.read, parts(i)], [1, 2, 3, 3], what);
    }
  }
});

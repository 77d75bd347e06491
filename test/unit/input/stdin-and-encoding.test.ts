import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bomlessUtf16 } from '../../../src/input/text-encoding.js';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

const JAPANESE = { CorrelationId: 'c-日本', OsVersion: 'Windows 10 日本語版 🎧', Type: 'ACSCallSummary' };

test('"-" reads standard input from options.stdin, named <stdin> in locations', async () => {
  const events = await collect(['-'], { stdin: chunkedStream(readFileSync(fixture('p2p-call.jsonl')), 4096) });
  assert.deepEqual(events[0], { kind: 'file', file: '<stdin>', shape: 'json-lines', gzip: false });
  assert.equal(records(events).length, 4);
  assert.ok(records(events).every((r) => r.at.file === '<stdin>'));
});

test('multibyte UTF-8 split across chunk boundaries survives, one byte a chunk, in every shape', async () => {
  const bom = '\ufeff';
  const texts = {
    'json-lines': `${bom}${JSON.stringify(JAPANESE)}\r\n${JSON.stringify(JAPANESE)}\r\n`,
    'json-array': `${bom}[\n  ${JSON.stringify(JAPANESE)},\n  ${JSON.stringify(JAPANESE)}\n]`,
    csv: `${bom}CorrelationId,OsVersion,Type\r\nc-日本,Windows 10 日本語版 🎧,ACSCallSummary\r\nc-日本,"Windows 10 日本語版 🎧",ACSCallSummary\r\n`,
  };
  for (const [shape, text] of Object.entries(texts)) {
    const events = await collect(['-'], { stdin: chunkedStream(text, 1) });
    assert.equal(events[0]?.kind === 'file' && events[0].shape, shape);
    assert.deepEqual(records(events).map((r) => r.value), [JAPANESE, JAPANESE], shape);
  }
});

test('gzip on standard input, fed in 3-byte chunks, is recognised and decoded', async () => {
  const body = `${JSON.stringify(JAPANESE)}\n`.repeat(50);
  const events = await collect(['-'], { stdin: chunkedStream(gzipSync(body), 3) });
  assert.deepEqual(events[0], { kind: 'file', file: '<stdin>', shape: 'json-lines', gzip: true });
  assert.equal(records(events).length, 50);
  assert.deepEqual(records(events)[49]?.value, JAPANESE);
  assert.equal(records(events)[49]?.at.line, 50);
});

test('UTF-16 LE with a BOM (Windows PowerShell redirection) is decoded', async () => {
  const text = `[${JSON.stringify(JAPANESE)}]`;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const events = await collect(['-'], { stdin: chunkedStream(utf16, 7) });
  assert.deepEqual(outline(events), ['record@1']);
  assert.deepEqual(records(events)[0]?.value, JAPANESE);
});

test('binary data is skipped, not decoded into garbage records', async () => {
  // A PNG's start (a zip's is an archive, an error when named: archive-magic.test.ts).
  const events = await collect(['-'], { stdin: chunkedStream(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 64) });
  assert.deepEqual(events, [{ kind: 'skipped', file: '<stdin>', reason: 'not call logs: binary data' }]);
});

test('UTF-16 without a BOM (PowerShell Out-File on some versions), LE or BE, is known by its NUL bytes and read as with one: JSON Lines, an array, CSV', async () => {
  const texts = {
    'json-lines': `${JSON.stringify(JAPANESE)}\r\n${JSON.stringify(JAPANESE)}\r\n`,
    'json-array': `[\n  ${JSON.stringify(JAPANESE)},\n  ${JSON.stringify(JAPANESE)}\n]`,
    csv: 'CorrelationId,OsVersion,Type\r\nc-日本,Windows 10 日本語版 🎧,ACSCallSummary\r\nc-日本,"Windows 10 日本語版 🎧",ACSCallSummary\r\n',
  };
  for (const [shape, text] of Object.entries(texts)) {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [['LE', le], ['BE', be]] as const) {
      for (const size of [1, 7, 4096]) {
        const events = await collect(['-'], { stdin: chunkedStream(bytes, size) });
        assert.equal(events[0]?.kind === 'file' && events[0].shape, shape, `${shape} ${name} in chunks of ${size}: ${JSON.stringify(events[0])}`);
        assert.deepEqual(records(events).map((r) => r.value), [JAPANESE, JAPANESE], `${shape} ${name}`);
        assert.deepEqual(outline(events), shape === 'json-lines' ? ['record@1', 'record@2'] : ['record@2', 'record@3'], `${shape} ${name}`);
      }
    }
  }
});

test('UTF-16 is told by its first units only when most are NUL-and-a-character: not NUL padding, UTF-32 or UTF-8', () => {
  const units = (text: string) => Buffer.from(text, 'utf16le');
  assert.equal(bomlessUtf16(units('{"time":"2026-11-20T09:00:00Z"}')), 'utf-16le');
  assert.equal(bomlessUtf16(units('{"time":"2026-11-20T09:00:00Z"}').swap16()), 'utf-16be');
  // A header whose names are in another script after its first column: still three in four Latin-1 units.
  assert.equal(bomlessUtf16(units('CorrelationId,日本語,Type,CallType,MediaType')), 'utf-16le');
  assert.equal(bomlessUtf16(Buffer.from('{"time":"2026-11-20T09:00:00Z"}', 'utf8')), null);
  assert.equal(bomlessUtf16(Buffer.alloc(64)), null); // NUL padding before records (a blob overwritten at its start)
  assert.equal(bomlessUtf16(Buffer.from([...'{"time":"2026"}'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))), null); // UTF-32 LE
  assert.equal(bomlessUtf16(units('日本語の名前と日本語の値')), null); // the first unit not Latin-1: not told (read as before)
  assert.equal(bomlessUtf16(units('{')), null); // one unit: too little to tell
});

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { collect } from './input-test-helpers.js';
import { scratchDir } from '../../support/scratch-dir.js';

/**
 * A gzip file cut mid-write is one invalid item at the line the break tears — the line the text ends on — in JSON
 * Lines, and in the other shapes too: a pretty-printed array, an envelope, an array on one line, a CSV, UTF-16 text.
 * (They said only the file before.)
 */
const records = Array.from({ length: 120 }, (_, i) => ({
  time: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
  category: 'CallSummary',
  correlationId: `8d1a8374-344d-4502-b54b-ba2d6daaf${String(i).padStart(3, '0')}`,
  properties: { callType: 'P2P', participantId: `p${i}`, pad: 'x'.repeat((i * 37) % 200) },
}));
const csv =
  'TimeGenerated [UTC],Category,CorrelationId,Properties\n' +
  records.map((r) => `"1/1/2026, 12:00:${r.time.slice(17, 19)}.000 AM",CallSummary,${r.correlationId},"{""pad"":""${r.properties.pad}""}"`).join('\n') +
  '\n';
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const FILES: Record<string, Buffer> = {
  'pretty.json': Buffer.from(JSON.stringify(records, null, 2)),
  'envelope.json': Buffer.from(JSON.stringify({ records }, null, 2)),
  'one-line.json': Buffer.from(JSON.stringify(records)),
  'export.csv': Buffer.from(csv),
  'utf16-pretty.json': utf16(JSON.stringify(records, null, 2)),
  'utf16.jsonl': utf16(records.map((r) => JSON.stringify(r)).join('\n')),
  'utf16.csv': utf16(csv),
};

/** The line the text that comes out of a cut gzip ends on: 1 and its LFs. */
function lineAtEnd(cut: Buffer, utf16Text: boolean): number {
  const out = gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH });
  const text = utf16Text ? out.subarray(0, out.length & ~1).toString('utf16le') : out.toString('latin1');
  return text.split('\n').length;
}

test('a gzip file cut mid-write, not JSON Lines: the break is placed at the line the text ends on', async () => {
  const dir = scratchDir('gzip-cut-line-');
  for (const [name, content] of Object.entries(FILES)) {
    const gz = gzipSync(content);
    for (const share of [0.3, 0.55, 0.8]) {
      const cut = gz.subarray(0, Math.floor(gz.length * share));
      const path = join(dir, `${name}.gz`);
      writeFileSync(path, cut);
      const events = await collect([path]);
      const torn = events.at(-1);
      assert.ok(torn?.kind === 'invalid' && /^truncated gzip stream/.test(torn.reason), `${name} cut at ${share}: ${JSON.stringify(torn)}`);
      assert.ok(events.some((e) => e.kind === 'record'), `${name} cut at ${share}: records before the cut are read`);
      assert.equal(torn.at.line, lineAtEnd(cut, name.startsWith('utf16')), `${name} cut at ${share}`);
    }
  }
});

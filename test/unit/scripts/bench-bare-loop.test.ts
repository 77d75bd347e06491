import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/run-cli.js';
import { scratchDir } from '../../support/scratch-dir.js';

// The bench's yardstick must do all the work it is credited with: every line parsed and counted, in each of its
// ways of reading, or the ratios to it say nothing.
const dir = scratchDir('bare-loop-');

function bareLoop(file: string, flags: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/bench-bare-loop.mjs'), file, ...flags], { encoding: 'utf8' });
}

function run(file: string, ...flags: string[]): string {
  const r = bareLoop(file, flags);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

test('the byte, text and parse-only loops count every line of a file read in many pieces', () => {
  // ~3 MiB: lines cut by every 1 MiB read, multi-byte characters among them, CRLF ends, blank lines, no LF at the end.
  const lines: string[] = [];
  for (let i = 0; i < 6000; i++) lines.push(JSON.stringify({ correlationId: `call-${i % 7}`, text: `é€😀 ${'x'.repeat(i % 900)}` }));
  const file = join(dir, 'many.jsonl');
  writeFileSync(file, lines.map((l, i) => (i % 5 === 0 ? `${l}\r\n\n` : `${l}\n`)).join('') + lines[0]);
  assert.equal(run(file), '6001 lines, 7 calls');
  assert.equal(run(file, '--text'), '6001 lines, 7 calls');
  assert.equal(run(file, '--parse-only'), '6001 lines');
});

test('a line that is not JSON fails the loop, not skipped', () => {
  const file = join(dir, 'bad.jsonl');
  writeFileSync(file, '{"correlationId":"a"}\n{"correlationId":\n');
  for (const flags of [[], ['--text'], ['--parse-only']]) {
    assert.notEqual(bareLoop(file, flags).status, 0, `${flags.join(' ')} read a broken line as a record`);
  }
});

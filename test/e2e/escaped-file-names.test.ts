import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * Text from file names and logs is data, never terminal control — and on stderr it is escaped, not removed: a file
 * named `evil<ESC>[31mname.jsonl` was told of as `evil[31mname.jsonl`, a name the user cannot find, and one that
 * reads as other names do. The names are made at test time (such a name in git is fragile).
 */
const RECORD = {
  time: '2026-11-20T09:00:00Z',
  category: 'CallSummary',
  correlationId: 'c0de0001-0000-4000-8000-000000000001',
  properties: { callStartTime: '2026-11-20T09:00:00Z', callDuration: 60, callType: 'P2P', endpointType: 'VoIP' },
};

/** C0 controls but the line break, DEL and C1: what a terminal would act on. */
function rawControls(text: string): string[] {
  return [...text].filter((c) => /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(c)).map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

test('a file named with an ESC is named on stderr with it escaped, in every warning, note and the --strict line: never with it removed', () => {
  const dir = scratchDir();
  const name = 'evil\u001b[31mname.jsonl';
  // A record, a line that is no JSON (line 2), and a record whose start time holds a control character (line 3).
  const odd = { ...RECORD, correlationId: 'c0de0002-0000-4000-8000-000000000002', properties: { ...RECORD.properties, callStartTime: 'x\u0001y' } };
  writeFileSync(join(dir, name), `${JSON.stringify(RECORD)}\n{not json\n${JSON.stringify(odd)}\n`);
  const { status, stderr } = runCli(['summarize', name, '--strict', '--verbose'], { cwd: dir });
  assert.equal(status, 2, stderr);
  assert.deepEqual(rawControls(stderr), [], stderr);
  const shown = 'evil\\u001b[31mname.jsonl';
  assert.ok(stderr.includes(`warning: ${shown}:2: invalid record: not JSON`), stderr);
  assert.ok(stderr.includes(`warning: ${shown}: 1 time not read as a date (at line 3: 'x\\u0001y' in callStartTime)`), stderr);
  assert.ok(stderr.includes(`note: read ${shown} (`), stderr);
  assert.ok(stderr.includes(`acs-calllogs: --strict: 1 invalid record (at ${shown}:2: not JSON`), stderr);
});

test('two files whose names differ only in a control character are told apart on stderr', () => {
  const dir = scratchDir();
  for (const name of ['a\u0001b.jsonl', 'ab.jsonl', 'a\u0002b.jsonl']) writeFileSync(join(dir, name), `${JSON.stringify(RECORD)}\n{not json\n`);
  const { status, stderr } = runCli(['summarize', 'a\u0001b.jsonl', 'ab.jsonl', 'a\u0002b.jsonl'], { cwd: dir });
  assert.equal(status, 0, stderr);
  assert.deepEqual(rawControls(stderr), [], stderr);
  const places = stderr.split('\n').filter((line) => line.includes('invalid record: ')).map((line) => line.split(': ')[1]);
  assert.deepEqual(places, ['a\\u0001b.jsonl:2', 'ab.jsonl:2', 'a\\u0002b.jsonl:2']);
});

test('an input error names the file with its control characters escaped (exit 2, one line)', () => {
  const dir = scratchDir();
  const { status, stderr } = runCli(['summarize', 'missing\u0001\u001b[2J.jsonl'], { cwd: dir });
  assert.equal(status, 2, stderr);
  assert.equal(stderr, 'acs-calllogs: missing\\u0001\\u001b[2J.jsonl: cannot open: no such file or directory\n');
});

test('a config error names the config file with its control characters escaped (exit 2, one line)', () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'data.jsonl'), `${JSON.stringify(RECORD)}\n`);
  const missing = runCli(['summarize', 'data.jsonl', '--config', 'gone\u0001.json'], { cwd: dir });
  assert.equal(missing.status, 2, missing.stderr);
  assert.equal(missing.stderr, 'acs-calllogs: gone\\u0001.json: no such config file\n');
  writeFileSync(join(dir, 'bad\u001b[31m.json'), '{"bogus": 1}\n');
  const wrong = runCli(['summarize', 'data.jsonl', '--config', 'bad\u001b[31m.json'], { cwd: dir });
  assert.equal(wrong.status, 2, wrong.stderr);
  assert.deepEqual(rawControls(wrong.stderr), [], wrong.stderr);
  assert.match(wrong.stderr, /^acs-calllogs: \S*bad\\u001b\[31m\.json: bogus: unknown key; /);
});

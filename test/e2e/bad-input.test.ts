import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const good = (id: string, rtt: string) =>
  JSON.stringify({ time: '2026-11-20T09:00:00Z', correlationId: id, category: 'CallDiagnostics', properties: { mediaType: 'Audio', streamId: '1', roundTripTimeAvg: rtt } });

function file(name: string, content: string): string {
  const dir = scratchDir('bad-');
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A path as a regular expression. */
const escape = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a line that is not JSON is counted and named with its file and line; the rest is read; exit 0', () => {
  const path = file('PT1H.json', [good('c1', '612'), '{"correlationId": "c2", "category": "CallDiagnostics" "properties": {}}', good('c3', '40'), '[1,2]'].join('\n'));
  const { result, json } = runJson<SummaryDocument>(['summarize', path]);
  assert.equal(result.status, 0);
  assert.equal(json.input.invalid, 2);
  assert.equal(json.totals.calls, 2);
  assert.match(result.stderr, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid record`));
  assert.match(result.stderr, /:4: invalid record/);
});

test('a CSV row whose quote is never closed is one invalid record at its line; the rows after it are read', () => {
  const path = file('calls.csv', 'TenantId,Category,CorrelationId,CallType\nt,CallSummary,"aaa,Group\nt,CallSummary,bbb,P2P\nt,CallSummary,ccc,P2P\n');
  const { result, json } = runJson<SummaryDocument>(['summarize', path]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual([json.input.read, json.input.records, json.input.invalid], [3, 2, 1]);
  assert.equal(json.totals.calls, 2);
  assert.match(result.stderr, /calls\.csv:2: invalid record: CSV: Quote Not Closed: a quote opened in this row is not closed$/m);
});

test('a record nested over 1,000 levels deep is invalid on one thread and on workers alike; one of 900 is read', () => {
  // A worker's stack is larger than the main thread's: where RangeError comes is no limit both share.
  const nest = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const deep = (id: string, levels: number) => good(id, '40').replace(/^\{/, `{"x":${nest(levels)},`);
  const path = file('PT1H.json', [deep('c1', 20000), `{"records":[${good('c2', '40')},${deep('c3', 6000)}]}`, deep('c4', 900), good('c5', '40'), ''].join('\n'));
  const [one, two] = ['1', '2'].map((threads) => runJson<SummaryDocument>(['summarize', path, '--threads', threads]));
  for (const { result, json } of [one!, two!]) {
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual([json.input.read, json.input.used, json.input.invalid], [5, 3, 2]);
    assert.match(result.stderr, /PT1H\.json:1: invalid record: nested too deeply to read\n/);
    assert.match(result.stderr, /PT1H\.json:2: invalid record: nested too deeply to read\n/);
  }
  assert.equal(two!.result.stdout, one!.result.stdout);
});

test('--strict turns an invalid record into exit 2', () => {
  const path = file('PT1H.json', `${good('c1', '40')}\nnot json\n`);
  const { status, stderr } = runCli(['summarize', '--strict', path]);
  assert.equal(status, 2);
  // The last line, the one beside the exit in a CI log, names where the invalid record is and why.
  assert.ok(stderr.endsWith(`\nacs-calllogs: --strict: 1 invalid record (at ${path}:2: not JSON: Unexpected token 'o'), so exit 2\n`), stderr);
});

test('many invalid records: the first few are named, then a count', () => {
  const lines = [good('c1', '40'), ...Array.from({ length: 12 }, () => 'garbage')];
  const path = file('x.jsonl', lines.join('\n'));
  const { status, stderr } = runCli(['summarize', path]);
  assert.equal(status, 0);
  // Not all are listed, so a count line first says how many and where the first three are.
  assert.match(stderr, new RegExp(`^warning: 12 invalid records, not used \\(at ${escape(path)}:2, ${escape(path)}:3, ${escape(path)}:4, …\\)$`, 'm'));
  assert.equal(stderr.split('\n').filter((l) => /invalid record:/.test(l)).length, 5);
  assert.match(stderr, /… and 7 more invalid records/);
});

test('a missing path, an unknown flag, a bad format, or input with no call-log record: one line, exit 2, no stack', () => {
  const cases: Array<[string[], RegExp]> = [
    [['summarize', '/no/such/file.json'], /\/no\/such\/file\.json/],
    [['summarize', '--frobnicate', 'samples/'], /unknown option '--frobnicate'/],
    [['summarize', '--format', 'yaml', 'samples/'], /unknown --format 'yaml'/],
    [['summarize', file('usage.json', JSON.stringify({ category: 'Usage', correlationId: 'u', properties: {} }))], /no call-log records found/],
    [['summarize', file('notes.txt', 'hello world\n')], /no call-log records found/],
    [['summarize'], /no inputs/],
    [['call'], /^acs-calllogs: call needs a correlation id: acs-calllogs call <correlationId> \[inputs\.\.\.\] \(see acs-calllogs call --help\)$/],
    [['nosuch'], /^acs-calllogs: unknown command 'nosuch' \(commands: summarize, call, kql, help\) \(see acs-calllogs --help\)$/],
    [['help', 'nosuch'], /^acs-calllogs: unknown command 'nosuch' \(commands: summarize, call, kql, help\) \(see acs-calllogs --help\)$/],
    [['summarize', 'samples/', '--format'], /^acs-calllogs: --format: the value is missing \(-f, --format <format>\) \(see acs-calllogs summarize --help\)$/],
  ];
  for (const [args, message] of cases) {
    const { status, stdout, stderr } = runCli(args);
    assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
    const lines = stderr.trimEnd().split('\n');
    // One error line; a skipped file may have its note before it.
    assert.deepEqual(lines.filter((l) => !l.startsWith('note: ')), [lines.at(-1)], `${args.join(' ')}: one error line`);
    assert.match(lines.at(-1)!, /^acs-calllogs: /);
    assert.match(lines.at(-1)!, message);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    assert.equal(stdout, '');
  }
});

test('a gzip that breaks after many bad lines still says why, first five lines or not, with one thread or two', () => {
  const lines = [good('gz-first', '40'), ...Array.from({ length: 12 }, () => 'not json'), ...Array.from({ length: 2000 }, (_, i) => good(`gz-${i}`, '40'))];
  const gz = gzipSync(`${lines.join('\n')}\n`);
  const path = file('PT1H.json.gz', '');
  writeFileSync(path, gz.subarray(0, gz.length - 20));
  const [one, two] = ['1', '2'].map((threads) => runCli(['summarize', path, '--threads', threads]));
  assert.equal(one!.status, 0, one!.stderr);
  assert.match(one!.stderr, /PT1H\.json\.gz:\d+: invalid record: truncated gzip stream \(unexpected end of file\); the rest of the file is not read\n/);
  assert.match(one!.stderr, /:6: invalid record: not JSON/);
  assert.equal(two!.stderr, one!.stderr);
});

test('help <command> prints its help on stdout and exits 0; help help prints the main help', () => {
  for (const [args, first] of [[['help', 'call'], /^Usage: acs-calllogs call /], [['help', 'help'], /^Usage: acs-calllogs \[options\] \[command\]/]] as const) {
    const { status, stdout, stderr } = runCli([...args]);
    assert.equal(status, 0, args.join(' '));
    assert.match(stdout, first);
    assert.equal(stderr, '');
  }
});

test('log text is data: control characters never reach the terminal', () => {
  const evil = JSON.stringify({
    correlationId: 'c-\u001b]0;pwned\u0007-\u001b[2J',
    category: 'CallDiagnostics',
    properties: { mediaType: 'Audio\u001b[31m', streamId: '1', roundTripTimeAvg: '900' },
  });
  const { status, stdout } = runCli(['summarize', file('evil.jsonl', `${evil}\n`)], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  assert.doesNotMatch(stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
});

test('a desktop.ini or INI file is skipped, not invalid (--strict passes), under a directory or named', () => {
  const dir = 'test/fixtures/input/dir-with-ini';
  for (const command of [['summarize', dir], ['call', '8d1a8374', dir]]) {
    const { result, json } = runJson<SummaryDocument>([...command, '--strict']);
    assert.equal(result.status, 0, `${command[0]}: ${result.stderr}`);
    assert.equal(json.input.invalid, 0, command[0]);
    if (command[0] === 'summarize') assert.equal(json.input.skippedFiles, 2);
    assert.match(result.stderr, /^note: skipped \S*desktop\.ini: a file the operating system keeps in folders, not call logs$/m);
    assert.match(result.stderr, /^note: skipped \S*settings\.ini: not call logs/m);
    assert.doesNotMatch(result.stderr, /invalid record/);
  }
  // As a shell glob (`summarize logs/*`) names them.
  for (const command of [['summarize', `${dir}/PT1H.json`, `${dir}/desktop.ini`], ['call', '8d1a8374', `${dir}/settings.ini`, dir]]) {
    const { status, stderr } = runCli([...command, '--strict', '--format', 'json']);
    assert.equal(status, 0, `${command.join(' ')}: ${stderr}`);
    assert.match(stderr, /^note: skipped \S*(desktop|settings)\.ini: not call logs: "\[" followed by no JSON value \(starts "\[[^"]*\]"\)$/m, command.join(' '));
    assert.doesNotMatch(stderr, /invalid record/);
  }
});

test('an array or envelope cut between elements (a torn blob): --strict fails it in summarize and call, the records before the cut read', () => {
  const id = 'cut00000-0000-4000-8000-000000000001';
  const leg = (endpoint: string) => JSON.stringify({ category: 'CallSummary', correlationId: id, properties: { endpointId: endpoint, callType: 'P2P' } });
  const [record, other] = [leg('e1'), leg('e2')];
  const cases = [['array.json', `[${record},`, 1], ['lines.json', `[\n${record},\n${other},\n`, 2], ['envelope.json', `{"records":[${record},`, 1]] as const;
  for (const [name, text, used] of cases) {
    const path = file(name, text);
    for (const args of [['summarize', path], ['call', id, path]]) {
      const { result, json } = runJson<{ input: { used: number; invalid: number; read: number } }>([...args, '--strict']);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(json.input.used, used, name);
      assert.equal(json.input.invalid, 1, name);
      assert.equal(json.input.read, used + 1, name);
      assert.match(result.stderr, new RegExp(`${name}:\\d+: invalid record: the file ends before the array closes: it may be truncated\\n`));
    }
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const LOG = 'test/fixtures/input/p2p-call.jsonl';

/** Flags a run refuses: --print-config refuses them too, with the run's one line and exit 2, and prints no config. */
const BAD: Array<{ args: string[]; env?: NodeJS.ProcessEnv }> = [
  { args: ['summarize', LOG, '--threads', '0'] },
  { args: ['summarize', LOG, '--threads', '33'] },
  { args: ['summarize', LOG, '--threads', 'four'] },
  { args: ['summarize', LOG], env: { ACS_CALLLOGS_THREADS: '0' } },
  { args: ['summarize', LOG, '--max-record-bytes', '-5'] },
  { args: ['summarize', LOG, '--max-record-bytes', '1e6'] },
  { args: ['summarize', LOG, '--since', '90M'] },
  { args: ['summarize', LOG, '--until', 'yesterday'] },
  { args: ['summarize', LOG, '--since', '2026-11-20', '--until', '2026-11-19'] },
  { args: ['summarize', LOG, '--sort', 'nope'] },
  { args: ['summarize', LOG, '--limit', '0'] },
  { args: ['call', '8d1a8374', LOG, '--threads', '40'] },
  { args: ['call', '8d1a8374', LOG, '--max-record-bytes', 'x'] },
  { args: ['kql', '--until', 'nope'] },
  { args: ['kql', '--since', '2026-11-20', '--until', '2026-11-19'] },
];

// Report paths a run refuses: two reports to one file, a link to nothing, a file where a folder would be.
const reportDir = scratchDir('reports-');
symlinkSync(join(reportDir, 'nothere.json'), join(reportDir, 'broken.json'));
for (const command of [['summarize', LOG], ['call', '8d1a8374', LOG]]) {
  BAD.push(
    { args: [...command, '--report', `json=${join(reportDir, 'a.out')}`, '--report', `junit=${join(reportDir, 'a.out')}`] },
    { args: [...command, '--report', `json=${join(reportDir, 'broken.json')}`] },
    { args: [...command, '--report', `json=${LOG}/x.json`] },
  );
}

for (const { args, env } of BAD) {
  const named = `${args.join(' ')}${env === undefined ? '' : ` (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})`}`;
  test(`--print-config refuses what the run refuses: ${named}`, () => {
    const run = runCli(args, { env });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr.split('\n').length, 2, run.stderr); // one line
    const printed = runCli([...args, '--print-config'], { env });
    assert.equal(printed.status, 2, printed.stdout);
    assert.equal(printed.stderr, run.stderr);
    assert.equal(printed.stdout, '');
  });
}

test('--print-config shows the reading flags in force: summarize\'s threads and record limit, call\'s one thread', () => {
  const shown = JSON.parse(runCli(['summarize', LOG, '--print-config', '--threads', '3', '--max-record-bytes', '1000']).stdout);
  assert.deepEqual([shown.threads, shown.maxRecordBytes], [3, 1000]);
  const defaults = JSON.parse(runCli(['summarize', LOG, '--print-config'], { env: { ACS_CALLLOGS_THREADS: '' } }).stdout);
  assert.deepEqual([defaults.threads, defaults.maxRecordBytes], [null, 16 * 1024 * 1024]);
  const call = JSON.parse(runCli(['call', '8d1a8374', LOG, '--print-config', '--threads', '4']).stdout);
  assert.deepEqual([call.threads, call.maxRecordBytes], [1, 16 * 1024 * 1024]);
});

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// A --report that cannot be written (here a folder's path: it fails when written, after the reading) is one line on
// stderr; the reports after it, standard output and the gates' lines are still written, and the run exits 2.

const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';

function folderLine(format: string, dir: string): string {
  return `acs-calllogs: cannot write report ${format}=${dir}: ${dir} is a folder; name a file in it\n`;
}

test('summarize: a --report that cannot be written does not stop the others, stdout or the gate lines; exit 2', () => {
  const dir = scratchDir();
  const first = join(dir, 'first');
  const last = join(dir, 'last');
  mkdirSync(first);
  mkdirSync(last);
  const junit = join(dir, 'out', 'calls.xml');
  const markdown = join(dir, 'calls.md');
  const gates = ['--fail-on-poor'];
  const result = runCli(['summarize', 'samples', ...gates, '--report', `json=${first}`, '--report', `junit=${junit}`, '--report', `markdown=${markdown}`, '--report', `csv=${last}`, '--format', 'github']);
  assert.equal(result.stderr, `${folderLine('json', first)}${folderLine('csv', last)}acs-calllogs: gate fail-on-poor crossed: 4 poor calls (set by --fail-on-poor)\n`);
  // An error of the run wins over the gate's exit 1.
  assert.equal(result.status, 2);
  // Each report that could be written is what the same run writes on standard output.
  assert.equal(readFileSync(junit, 'utf8'), runCli(['summarize', 'samples', ...gates, '--format', 'junit']).stdout);
  assert.equal(readFileSync(markdown, 'utf8'), runCli(['summarize', 'samples', ...gates, '--format', 'markdown']).stdout);
  assert.equal(result.stdout, runCli(['summarize', 'samples', ...gates, '--format', 'github']).stdout);
  assert.match(result.stdout, /^::error title=/);
});

test('summarize: with no gate crossed, a report that cannot be written is still exit 2, and stdout is written', () => {
  const dir = scratchDir();
  const result = runCli(['summarize', 'samples', '--report', `ndjson=${dir}`, '--report', `json=${join(dir, 'calls.json')}`, '--format', 'csv']);
  assert.equal(result.stderr, folderLine('ndjson', dir));
  assert.equal(result.status, 2);
  assert.equal(JSON.parse(readFileSync(join(dir, 'calls.json'), 'utf8')).schemaVersion, 1);
  assert.equal(result.stdout, runCli(['summarize', 'samples', '--format', 'csv']).stdout);
});

test('call: a --report that cannot be written does not stop the others, stdout or the gate lines; exit 2', () => {
  const dir = scratchDir();
  const markdown = join(dir, 'call.md');
  const gates = ['--fail-on-poor'];
  const result = runCli(['call', REJOIN, 'samples', ...gates, '--report', `junit=${dir}`, '--report', `markdown=${markdown}`, '--format', 'json']);
  assert.equal(result.stderr, `${folderLine('junit', dir)}acs-calllogs: gate fail-on-poor crossed: 1 poor call (set by --fail-on-poor)\n`);
  assert.equal(result.status, 2);
  assert.equal(readFileSync(markdown, 'utf8'), runCli(['call', REJOIN, 'samples', ...gates, '--format', 'markdown']).stdout);
  assert.equal(result.stdout, runCli(['call', REJOIN, 'samples', ...gates, '--format', 'json']).stdout);
});

test('a full disk under one report (/dev/full): its line, the next report written, stdout and the gate line', { skip: !existsSync('/dev/full') && 'no /dev/full' }, () => {
  const dir = scratchDir();
  const junit = join(dir, 'calls.xml');
  const result = runCli(['summarize', 'samples', '--max-poor-calls', '0', '--report', 'json=/dev/full', '--report', `junit=${junit}`, '--format', 'markdown']);
  assert.equal(
    result.stderr,
    'acs-calllogs: cannot write report json=/dev/full: no space left on the device of /dev/full\nacs-calllogs: gate max-poor-calls crossed: 4 poor calls > 0 allowed — over by 4 (set by --max-poor-calls)\n',
  );
  assert.equal(result.status, 2);
  assert.match(readFileSync(junit, 'utf8'), /^<\?xml /);
  assert.match(result.stdout, /^## ACS call quality: 4 poor of /);
});

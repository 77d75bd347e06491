import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

test('--report to a path under a file: exit 2, one line naming the report and the file in the way', () => {
  const file = join(scratchDir(), 'afile');
  writeFileSync(file, 'x');
  const result = runCli(['summarize', 'samples/', '--report', `json=${file}/x`]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `acs-calllogs: cannot write report json=${file}/x: ${file} is a file, not a folder\n`);
});

test('--report to a folder: exit 2, one line saying it is a folder', () => {
  const dir = scratchDir();
  const result = runCli(['summarize', 'samples/', '--report', `junit=${dir}`]);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, `acs-calllogs: cannot write report junit=${dir}: ${dir} is a folder; name a file in it\n`);
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { ROOT } from '../support/run-cli.js';

test('every README example of CLI output is what the CLI prints (scripts/check-readme-examples.mjs)', () => {
  const result = spawnSync(process.execPath, ['scripts/check-readme-examples.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  assert.match(result.stdout, /\b0 differ\b/);
});

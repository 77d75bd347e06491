import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** A config path that is a folder said only Node's `EISDIR: illegal operation on a directory, read`. */
const LOGS = join(ROOT, 'test/fixtures/input/named-twice');

test('--config naming a folder: exit 2, one line saying it is a folder, nothing read', () => {
  const dir = scratchDir('config-folder-');
  mkdirSync(join(dir, 'somefolder'));
  for (const command of [['summarize', LOGS], ['call', '8d1a8374', LOGS]]) {
    const { status, stdout, stderr } = runCli([...command, '--config', 'somefolder'], { cwd: dir });
    assert.equal(status, 2, command[0]);
    assert.equal(stderr, 'acs-calllogs: --config somefolder: is a folder, not a config file\n', command[0]);
    assert.equal(stdout, '', command[0]);
  }
});

test('a folder named acs-calllogs.config.json on the way up is an error naming it, not passed over for the config above', () => {
  const root = scratchDir('config-folder-up-');
  writeFileSync(join(root, 'acs-calllogs.config.json'), '{"gates":{"failOnPoor":false}}');
  const folder = join(root, 'ci', 'acs-calllogs.config.json');
  mkdirSync(folder, { recursive: true });
  const { status, stdout, stderr } = runCli(['summarize', LOGS], { cwd: join(root, 'ci') });
  assert.equal(status, 2);
  assert.equal(stderr, `acs-calllogs: ${folder}: is a folder, not a config file\n`);
  assert.equal(stdout, '');
});

test("--config '' (an unset variable: --config \"$ACS_CONFIG\") is said to be empty, not a folder never named", () => {
  const dir = scratchDir('config-empty-');
  for (const command of [['summarize', LOGS], ['call', '8d1a8374', LOGS], ['summarize', LOGS, '--print-config']]) {
    const { status, stdout, stderr } = runCli([...command, '--config', ''], { cwd: dir });
    assert.equal(status, 2, command.join(' '));
    assert.equal(stderr, "acs-calllogs: --config '': the path is empty (an unset variable?): expected --config <path>\n", command.join(' '));
    assert.equal(stdout, '', command.join(' '));
  }
});

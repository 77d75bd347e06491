import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';
import { usageErrorLine } from '../support/usage-error-line.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * A CI script saved with Windows line ends, run by a POSIX shell: the last word of each line keeps its CR. Where that
 * makes the word fail, the one line says why; a path is never read without it, nor a number or a choice.
 */
const CAUSE = 'ends with a carriage return: a script with Windows line ends? save it with LF line ends';

test('an input path with a CR at its end: not found, said why, with the path it meant when that exists', () => {
  assert.equal(usageErrorLine(['summarize', 'samples/\r']), `acs-calllogs: samples/\\u000d: cannot open: no such file or directory; it ${CAUSE} (samples/ exists)\n`);
  assert.equal(usageErrorLine(['summarize', 'nothere/\r']), `acs-calllogs: nothere/\\u000d: cannot open: no such file or directory; it ${CAUSE}\n`);
  assert.equal(usageErrorLine(['summarize', 'samples/', '--config', 'x.json\r']), `acs-calllogs: x.json\\u000d: no such config file; it ${CAUSE}\n`);
});

test('a path with a CR at its end from ACS_CALLLOGS_INPUT or the config file says where it came from, not that a script line has it', () => {
  // An env file or a script that sets the variable, saved with CRLF line ends: that file is named, not the command.
  const env = { ACS_CALLLOGS_INPUT: 'samples/\r' };
  const fromEnv = 'ends with a carriage return, as ACS_CALLLOGS_INPUT has it: set by a script or a .env file with Windows line ends? save that file with LF line ends';
  for (const command of [['summarize'], ['call', 'a60ad5d9']]) {
    assert.equal(usageErrorLine(command, { env }), `acs-calllogs: samples/\\u000d: cannot open: no such file or directory; it ${fromEnv} (samples/ exists)\n`);
  }
  // The config's JSON can hold a CR only as an escape written in it.
  const dir = scratchDir('cr-config-');
  mkdirSync(join(dir, 'logs'));
  const config = join(dir, 'acs-calllogs.config.json');
  writeFileSync(config, JSON.stringify({ inputs: ['logs\r'] }));
  const logs = join(dir, 'logs');
  const fromConfig = `ends with a carriage return, as ${config} writes it in inputs (\\r): take it out`;
  assert.equal(usageErrorLine(['summarize'], { cwd: dir }), `acs-calllogs: ${logs}\\u000d: cannot open: no such file or directory; it ${fromConfig} (${logs} exists)\n`);
  assert.equal(usageErrorLine(['call', 'a60ad5d9', '--config', config]), `acs-calllogs: ${logs}\\u000d: cannot open: no such file or directory; it ${fromConfig} (${logs} exists)\n`);
  // Named on the command line, the config's inputs are not read: the script's hint.
  assert.equal(usageErrorLine(['summarize', 'samples/\r', '--config', config]), `acs-calllogs: samples/\\u000d: cannot open: no such file or directory; it ${CAUSE} (samples/ exists)\n`);
});

test('a number, a choice or a flag with a CR at its end is refused saying so, not "white space around the number"', () => {
  assert.equal(
    usageErrorLine(['summarize', 'samples/', '--max-poor-calls', '3\r']),
    `acs-calllogs: --max-poor-calls '3\\u000d' ${CAUSE}; expected a count in digits (3), a percentage (12.5%) or off\n`,
  );
  assert.match(usageErrorLine(['summarize', 'samples/', '--max-poor-calls', 'off\r']), /^acs-calllogs: --max-poor-calls 'off\\u000d' ends with a carriage return: /);
  assert.match(usageErrorLine(['summarize', 'samples/', '--limit', '3\r']), /^acs-calllogs: --limit '3\\u000d' ends with a carriage return: .*; expected a whole number/);
  assert.match(usageErrorLine(['summarize', 'samples/', '--threshold', 'jitterAvg=40\r']), /^acs-calllogs: --threshold 'jitterAvg=40\\u000d': '40\\u000d' ends with a carriage return: /);
  assert.equal(usageErrorLine(['summarize', 'samples/', '--format', 'json\r']), `acs-calllogs: --format 'json\\u000d' ${CAUSE}\n`);
  assert.equal(usageErrorLine(['summarize', 'samples/', '--only-poor\r']), `acs-calllogs: unknown option '--only-poor\\u000d': it ${CAUSE} (see acs-calllogs summarize --help)\n`);
  assert.equal(usageErrorLine(['summarize\r']), `acs-calllogs: unknown command 'summarize\\u000d': it ${CAUSE} (see acs-calllogs --help)\n`);
  // A line that ends with a space before its CRLF: the CR is a word of its own.
  assert.equal(usageErrorLine(['kql', '--per-call', '\r']), `acs-calllogs: kql takes no arguments, only options: '\\u000d' ${CAUSE} (see acs-calllogs kql --help)\n`);
  // White space typed is said as before.
  assert.match(usageErrorLine(['summarize', 'samples/', '--max-poor-calls', ' 3']), /' 3' has white space around the number/);
});

test('a call id and a time with a CR at the end are read without it, as without any white space around them', () => {
  const id = runCli(['call', 'a60ad5d9\r', 'samples/']);
  assert.equal(id.status, 0, id.stderr);
  assert.match(id.stdout, /^Call a60ad5d9-ceeb-4b7f-a165-539cb9f7a904\n/);
  assert.equal(runCli(['summarize', 'samples/', '--since', '2026-11-20\r']).status, 0);
});

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
  // A path from ACS_CALLLOGS_INPUT (an env file with CRLF line ends) or the config file's inputs: the same hint.
  const env = { ACS_CALLLOGS_INPUT: 'samples/\r' };
  for (const command of [['summarize'], ['call', 'a60ad5d9']]) {
    assert.equal(usageErrorLine(command, { env }), `acs-calllogs: samples/\\u000d: cannot open: no such file or directory; it ${CAUSE} (samples/ exists)\n`);
  }
  const dir = scratchDir('cr-config-');
  mkdirSync(join(dir, 'logs'));
  writeFileSync(join(dir, 'acs-calllogs.config.json'), JSON.stringify({ inputs: ['logs\r'] }));
  const logs = join(dir, 'logs');
  assert.equal(usageErrorLine(['summarize'], { cwd: dir }), `acs-calllogs: ${logs}\\u000d: cannot open: no such file or directory; it ${CAUSE} (${logs} exists)\n`);
  assert.equal(usageErrorLine(['summarize', '--config', join(dir, 'acs-calllogs.config.json')]), `acs-calllogs: ${logs}\\u000d: cannot open: no such file or directory; it ${CAUSE} (${logs} exists)\n`);
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

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

const SGR = /\u001b\[[0-9;]*m/;

test('--color colours a report that goes to a pipe; --no-color never colours, whatever the environment says', () => {
  assert.doesNotMatch(runCli(['summarize', 'samples']).stdout, SGR, 'a pipe: no colour by default');
  for (const args of [['summarize', 'samples', '--color'], ['--color', 'summarize', 'samples'], ['call', 'a60ad5d9', 'samples', '--color']]) {
    assert.match(runCli(args, { env: { NO_COLOR: '1' } }).stdout, SGR, args.join(' '));
  }
  for (const args of [['summarize', 'samples', '--no-color'], ['--no-color', 'call', 'a60ad5d9', 'samples']]) {
    const { status, stdout } = runCli(args, { env: { FORCE_COLOR: '3' } });
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, SGR, args.join(' '));
  }
});

test('every command\'s --help ends with examples, and those on the shipped samples run (exit 0 or 1, never 2)', () => {
  for (const command of ['summarize', 'call', 'kql']) {
    const { status, stdout } = runCli([command, '--help']);
    assert.equal(status, 0);
    const examples = stdout.slice(stdout.indexOf('\nExamples:\n')).split('\n').filter((line) => line.startsWith('  $ acs-calllogs '));
    assert.ok(examples.length >= 2, `${command}: ${stdout}`);
    assert.match(stdout, /--no-color/, `${command} --help lists the global options`);
    for (const example of examples) {
      const words = example.replace(/#.*$/, '').replace(/>.*$/, '').trim().split(/\s+/).slice(2);
      if (command !== 'kql' && !words.includes('samples/')) continue;
      const run = runCli(words);
      assert.ok(run.status === 0 || run.status === 1, `${example}: exit ${run.status}: ${run.stderr}`);
    }
  }
});

test("the program's --help ends with examples too: the first run, the next step from its table, a CI gate; they run", () => {
  // It had none: a new user's first --help listed the commands, not how to start or that the table's ids are taken.
  const { status, stdout } = runCli(['--help']);
  assert.equal(status, 0);
  const examples = stdout.slice(stdout.indexOf('\nExamples:\n')).split('\n').filter((line) => line.startsWith('  $ acs-calllogs '));
  assert.match(examples.join('\n'), /\$ acs-calllogs summarize samples\/ /);
  assert.match(examples.join('\n'), /\$ acs-calllogs call ad9b017d samples\/ .*# one call: an id in that table/);
  for (const example of examples.filter((line) => line.includes(' samples/'))) {
    const run = runCli(example.replace(/#.*$/, '').trim().split(/\s+/).slice(2));
    assert.equal(run.status, 0, `${example}: ${run.stderr}`);
  }
});

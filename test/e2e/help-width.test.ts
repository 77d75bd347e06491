import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { HELP_LAYOUT } from '../../src/commands/help-layout.js';
import { registerCall } from '../../src/commands/register-call.js';
import { registerKql } from '../../src/commands/register-kql.js';
import { registerSummarize } from '../../src/commands/register-summarize.js';
import { runCli } from '../support/run-cli.js';

/** The commands as the CLI registers them, to compare their help with what commander knows they take. */
function commands(): readonly Command[] {
  const program = new Command('acs-calllogs').configureHelp(HELP_LAYOUT);
  registerSummarize(program);
  registerCall(program);
  registerKql(program);
  return program.commands;
}

/** A line's width as a terminal shows it: a character a column (the help has no wide ones, and no colour). */
const columns = (line: string) => [...line].length;

test('every --help fits 80 columns, in a pipe and with COLUMNS=80: examples too, and no description left unwrapped', () => {
  // The term column was as wide as `--threshold <metric[.mediaType]=value>`, which left descriptions 38 columns:
  // under commander's 40, so none was wrapped, and lines of up to 370 characters wrapped at the terminal's edge.
  for (const args of [['--help'], ['summarize', '--help'], ['call', '--help'], ['kql', '--help'], ['help', 'call']]) {
    for (const env of [{}, { COLUMNS: '80' }]) {
      const { status, stdout } = runCli(args, { env });
      assert.equal(status, 0);
      const wide = stdout.split('\n').filter((line) => columns(line) > 80);
      assert.deepEqual(wide, [], `${args.join(' ')} ${JSON.stringify(env)}`);
    }
  }
});

test("each command's --help lists every option commander has it take, but call's --threads, which it takes and does not use", () => {
  for (const command of commands()) {
    const help = runCli([command.name(), '--help']).stdout;
    const hidden = command.options.filter((option) => option.hidden).map((option) => option.flags);
    assert.deepEqual(hidden, command.name() === 'call' ? ['--threads <n>'] : [], command.name());
    for (const option of command.options) {
      const listed = help.includes(`\n  ${option.flags}  `) || help.includes(`\n  ${option.flags}\n`);
      assert.equal(listed, !option.hidden, `${command.name()} --help and ${option.flags}`);
    }
    if (command.name() === 'call') assert.doesNotMatch(help, /--threads/);
  }
  // call reads on one thread: --threads, which scripts written for both commands pass, is still checked and taken.
  assert.equal(runCli(['call', 'a60ad5d9', 'samples/', '--threads', '2']).status, 0);
  assert.match(runCli(['call', 'a60ad5d9', 'samples/', '--threads', '0']).stderr, /^acs-calllogs: --threads .*is less than 1/);
});

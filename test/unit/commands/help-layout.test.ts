import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { HELP_LAYOUT } from '../../../src/commands/help-layout.js';
import { registerCall } from '../../../src/commands/register-call.js';
import { registerKql } from '../../../src/commands/register-kql.js';
import { registerSummarize } from '../../../src/commands/register-summarize.js';

/** The program's and each command's help, laid out for a terminal `width` columns wide. */
function helps(width: number): Map<string, string> {
  const program = new Command('acs-calllogs').option('--debug', 'on an internal error, print its stack trace').configureHelp(HELP_LAYOUT);
  registerSummarize(program);
  registerCall(program);
  registerKql(program);
  const all = new Map<string, string>();
  for (const command of [program, ...program.commands]) {
    command.configureHelp({ ...HELP_LAYOUT, helpWidth: width });
    all.set(command.name(), command.helpInformation());
  }
  return all;
}

test('at 80, 100 and 120 columns every line of every help fits, and every description is there whole', () => {
  for (const width of [80, 100, 120]) {
    for (const [name, help] of helps(width)) {
      const wide = help.split('\n').filter((line) => [...line].length > width);
      assert.deepEqual(wide, [], `${name} at ${width}`);
    }
  }
  const words = (text: string) => text.replace(/\s+/g, ' ');
  const help = words(helps(80).get('summarize')!);
  assert.ok(help.includes(' --max-poor-streams <N|P%|off> gate: fail with more poor streams than N, or than P% of the streams '), help);
});

test('a term too wide for the column is alone on its line, its description under the others; at 120 none is', () => {
  const program = helps(80).get('acs-calllogs')!;
  // `call [options] <correlationId> [inputs...]` would leave 34 columns beside it: the others keep a narrower column.
  assert.match(program, /\n {2}call \[options\] <correlationId> \[inputs\.\.\.\]\n {35}the whole story of one call/);
  assert.match(program, /\n {2}summarize \[options\] \[inputs\.\.\.\] {2}every call/);
  assert.match(helps(120).get('acs-calllogs')!, /\n {2}call \[options\] <correlationId> \[inputs\.\.\.\] {2}the whole story/);
});

import type { Command } from 'commander';
import { shellWord } from '../report/shell-word.js';
import { commandWord, flagOf, isProgramOption } from './command-word.js';
import { UsageError } from './usage-error.js';

/**
 * `acs-calllogs --format json summarize logs/`: a command's option written before the command. commander reads what
 * comes before a command as the program's own options, and said `unknown option '--format' (see acs-calllogs
 * --help)`, of an option that exists, pointing at a help that does not list it. This names the command the option
 * belongs to and gives the command line in the order that runs: the program's options (--debug, --color, --no-color)
 * where they were, the command, its arguments, then the options that came before it, each with its value.
 *
 * Only a line whose first argument past the program's options is an option of the command named later is taken so:
 * any other is commander's to read or refuse as before. The command is the first word after it that names one and is
 * not the value of an option before it (command-word.ts): `--config call summarize logs/`, a config file named `call`,
 * is summarize's line, and was said to be call's, with `--config` moved after `summarize logs/` without its value.
 */
export function checkMisplacedOption(program: Command, args: readonly string[]): void {
  const named = commandWord(program, args);
  if (named === null) return;
  const { command, at } = named;
  const before = args.slice(0, at);
  const moved = before.filter((arg) => !isProgramOption(program, flagOf(arg)));
  const flag = flagOf(moved[0]);
  if (flag === null || !command.options.some((option) => (option.short === flag || option.long === flag))) return;
  const programOptions = before.filter((arg) => isProgramOption(program, flagOf(arg)));
  const line = ['acs-calllogs', ...programOptions, command.name(), ...args.slice(at + 1), ...moved].map(shellWord).join(' ');
  throw new UsageError(`${flag} is an option of ${command.name()}: write it after the command, as in ${line}`);
}

import type { Command } from 'commander';
import { shellWord } from '../report/shell-word.js';
import { UsageError } from './usage-error.js';

/**
 * `acs-calllogs --format json summarize logs/`: a command's option written before the command. commander reads what
 * comes before a command as the program's own options, and said `unknown option '--format' (see acs-calllogs
 * --help)`, of an option that exists, pointing at a help that does not list it. This names the command the option
 * belongs to and gives the command line in the order that runs: the program's options (--debug, --color, --no-color)
 * where they were, the command, its arguments, then the options that came before it, each with its value.
 *
 * Only a line whose first argument past the program's options is an option of the command named later is taken so:
 * any other is commander's to read or refuse as before.
 */
export function checkMisplacedOption(program: Command, args: readonly string[]): void {
  let first = 0;
  while (isProgramOption(program, flagOf(args[first]))) first++;
  const flag = flagOf(args[first]);
  if (flag === null) return;
  const at = args.findIndex((arg) => program.commands.some((command) => command.name() === arg));
  if (at < 0) return;
  const command = program.commands[program.commands.findIndex((c) => c.name() === args[at])]!;
  if (!command.options.some((option) => (option.short === flag || option.long === flag))) return;
  const before = args.slice(0, at);
  const programOptions = before.filter((arg) => isProgramOption(program, flagOf(arg)));
  const moved = before.filter((arg) => !isProgramOption(program, flagOf(arg)));
  const line = ['acs-calllogs', ...programOptions, command.name(), ...args.slice(at + 1), ...moved].map(shellWord).join(' ');
  throw new UsageError(`${flag} is an option of ${command.name()}: write it after the command, as in ${line}`);
}

/** The flag an argument gives (`--since=24h` gives `--since`), or null when it is no option (a value, `-`). */
export function flagOf(arg: string | undefined): string | null {
  if (arg === undefined || !arg.startsWith('-') || arg === '-' || arg === '--') return null;
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
}

/** The program's own options (its help, version, --debug and the colour flags), which come before a command. */
export function isProgramOption(program: Command, flag: string | null): boolean {
  if (flag === null) return false;
  return flag === '-h' || flag === '--help' || program.options.some((option) => (option.short === flag || option.long === flag));
}

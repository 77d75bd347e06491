import type { Command } from 'commander';
import { commandWord } from './command-word.js';
import { UsageError } from './usage-error.js';

/**
 * A long option written with one dash, as PowerShell and Go take it: `-format json`, `-fail-on-poor`, `-quiet`.
 * commander reads a word after one dash as short flags, the rest of it as the first one's value when it takes one:
 * `-format json` was `-f ormat` (`unknown --format 'ormat'`), `-fail-on-poor` `-f ail-on-poor`, and `-quiet` `-q`
 * then `-u` (`unknown option '-uiet'`). A word after one dash that is, whole, a long option of the command named (or
 * of the program) is said to be one, before commander reads it: `unknown option '-format' (did you mean --format?)`,
 * as `-verbose`, which commander refused as it stands, always was.
 */
export function checkSingleDashOption(program: Command, args: readonly string[]): void {
  const end = args.indexOf('--');
  const words = end < 0 ? args : args.slice(0, end);
  const command = commandWord(program, words)?.command ?? null;
  const longs = new Set(['--help', ...[...(command?.options ?? []), ...program.options].flatMap((option) => option.long ?? [])]);
  for (const word of words) {
    const name = /^-([a-z][a-z-]+)(?:=.*)?$/i.exec(word)?.[1];
    if (name === undefined || !longs.has(`--${name}`)) continue;
    const help = command === null ? 'acs-calllogs --help' : `acs-calllogs ${command.name()} --help`;
    throw new UsageError(`unknown option '${word}' (did you mean --${name}?) (see ${help})`);
  }
}

import type { Command } from 'commander';
import { flagOf, isProgramOption } from './misplaced-option.js';
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
  const command = commandOf(program, words);
  const longs = new Set(['--help', ...[...(command?.options ?? []), ...program.options].flatMap((option) => option.long ?? [])]);
  for (const word of words) {
    const name = /^-([a-z][a-z-]+)(?:=.*)?$/i.exec(word)?.[1];
    if (name === undefined || !longs.has(`--${name}`)) continue;
    const help = command === null ? 'acs-calllogs --help' : `acs-calllogs ${command.name()} --help`;
    throw new UsageError(`unknown option '${word}' (did you mean --${name}?) (see ${help})`);
  }
}

/**
 * The command a line runs, as commander finds it: the first word past the program's own options (which take no value),
 * when it names a command — not any word that does, further on: `call a60ad5d9 summarize -quiet`, an input folder
 * named `summarize`, is call's line, and it was taken for summarize's. When that first word is an option, the line
 * names its command later (`-format json summarize logs/`, an option before the command: misplaced-option.ts): the
 * first command word after it, as misplaced-option.ts takes it. Null when there is none (`acs-calllogs -quiet`).
 */
function commandOf(program: Command, words: readonly string[]): Command | null {
  const named = (word: string | undefined) => program.commands.find((c) => c.name() === word || c.aliases().includes(word ?? '')) ?? null;
  let first = 0;
  while (isProgramOption(program, flagOf(words[first]))) first++;
  if (flagOf(words[first]) === null) return named(words[first]);
  for (const word of words.slice(first + 1)) if (named(word) !== null) return named(word);
  return null;
}

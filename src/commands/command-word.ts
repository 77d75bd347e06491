import type { Command, Option } from 'commander';

/** The command a command line runs, and `at`, the index of its word among the line's words. */
export interface CommandWord {
  command: Command;
  at: number;
}

/**
 * The command a line runs, as commander finds it: the first word past the program's own options (which take no value),
 * when it names a command — not any word that does, further on: `call a60ad5d9 summarize -quiet`, an input folder
 * named `summarize`, is call's line. When that first word is an option, one written before its command
 * (`--format json summarize logs/`: misplaced-option.ts), the line names its command later: the first word that names
 * a command and is not the value of an option of that command written before it, as commander reads an option's value
 * (`--config call summarize logs/`, a config file named `call`, is summarize's line, not call's). Null when the line
 * names none (`acs-calllogs -quiet`). misplaced-option.ts and single-dash-option.ts both take the command so.
 */
export function commandWord(program: Command, words: readonly string[]): CommandWord | null {
  let first = 0;
  while (isProgramOption(program, flagOf(words[first]))) first++;
  if (flagOf(words[first]) === null) {
    const command = commandNamed(program, words[first]);
    return command === null ? null : { command, at: first };
  }
  for (let at = first + 1; at < words.length; at++) {
    const command = commandNamed(program, words[at]);
    if (command !== null && !isOptionValue(command, words, first, at)) return { command, at };
  }
  return null;
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

function commandNamed(program: Command, word: string | undefined): Command | null {
  if (word === undefined) return null;
  return program.commands.find((command) => command.name() === word || command.aliases().includes(word)) ?? null;
}

/**
 * Whether words[at] is, read as `command`'s options from words[from], the value of one written before it: `--config`
 * (`<path>`) takes the word after it, `--config=x` and `--verbose` none. A long option written with one dash
 * (`-config`, single-dash-option.ts) is taken as the option it was meant for.
 */
function isOptionValue(command: Command, words: readonly string[], from: number, at: number): boolean {
  let i = from;
  while (i < at) {
    const word = words[i]!;
    const option = optionOf(command, word);
    const next = words[i + 1];
    const takesNext = option !== undefined && !word.includes('=') && (option.required || (option.optional && flagOf(next) === null));
    i += takesNext ? 2 : 1;
  }
  return i > at;
}

function optionOf(command: Command, word: string): Option | undefined {
  const flag = flagOf(word);
  if (flag === null) return undefined;
  const long = /^-[a-z][a-z-]+$/i.test(flag) ? `-${flag}` : flag;
  return command.options.find((option) => option.short === flag || option.long === flag || option.long === long);
}

import { existsSync } from 'node:fs';
import type { Command, CommanderError, Option } from 'commander';
import { CALL_FORMAT_ALIASES, CALL_FORMATS, SUMMARIZE_FORMAT_ALIASES, SUMMARIZE_FORMATS } from '../config/formats.js';
import { didYouMeanOf, nearestNames } from '../config/nearest-names.js';
import { CARRIAGE_RETURN_CAUSE, endsWithCarriageReturn } from '../input/carriage-return-hint.js';
import { splitValueHint } from '../input/split-value-hint.js';
import { editDistance } from '../rules/edit-distance.js';
import { shellWord } from '../report/shell-word.js';
import { UsageError } from './usage-error.js';

/** commander's exits that are no error of the line typed: the help or the version asked for, the help for want of a command. */
const NOT_ERRORS: ReadonlySet<string> = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** What a command that takes no arguments was given one for, where the wrong command is the likely mistake. */
const NO_ARGUMENTS_NOTE: Record<string, string> = {
  kql: 'kql reads no logs: it prints a query to run in a Log Analytics workspace (exported logs are read by summarize <files|dirs>)',
};

/**
 * commander's usage errors in the tool's words, as every other usage error (a UsageError: one line, exit 2, what was
 * typed with its control characters escaped), then the help that tells what is taken (`help`): `unknown command
 * 'sumarize' (did you mean summarize?)`, `kql takes no arguments, only options: leave out 'samples/'; …`. Through
 * commander's hooks: its own line is not written (configureOutput), and its error, known by its code, is thrown as
 * the tool's (exitOverride). The suggestions are the config file's and --threshold's (nearest-names.ts), so a typo
 * is answered alike wherever it is made, `help sumarize` as `sumarize`.
 */
export function tidyUsageErrors(command: Command, help: string): Command {
  return command
    .showSuggestionAfterError(false)
    .configureOutput({ outputError: () => {} })
    .exitOverride((error: CommanderError) => {
      if (NOT_ERRORS.has(error.code)) throw error;
      throw new UsageError(`${usageLine(command, error)} (see ${help})`);
    });
}

/** The line for one of commander's errors, by its code; any other is commander's message without its `error: `. */
function usageLine(command: Command, error: CommanderError): string {
  const message = error.message.replace(/^error: /, '');
  switch (error.code) {
    case 'commander.unknownCommand':
      return unknownCommandLine(command, command.args[0] ?? '');
    case 'commander.unknownOption':
      return unknownOptionLine(command, quoted(message, "unknown option '"));
    case 'commander.excessArguments':
      return excessArgumentsLine(command);
    case 'commander.optionMissingArgument':
      return missingValueLine(quoted(message, "option '"));
    case 'commander.missingArgument':
      return missingArgumentLine(command, quoted(message, "missing required argument '"));
    default:
      return message.trim().replace(/\s*\n\s*/g, ' ');
  }
}

/** The text quoted after `prefix` in a message of commander's (`unknown option '--x'`), up to its last quote. */
function quoted(message: string, prefix: string): string {
  return message.startsWith(prefix) ? message.slice(prefix.length, message.lastIndexOf("'")) : message;
}

/**
 * `unknown command 'sumarize' (did you mean summarize?)`: for `sumarize` and `help sumarize` alike; with no name near
 * it, the commands there are, as the help lists them: `unknown command 'nosuch' (commands: summarize, call, kql, help)`.
 * A file or folder there is (`acs-calllogs samples/`, `acs-calllogs PT1H.json`): a path written with no command
 * before it, said so with the line that reads it.
 */
export function unknownCommandLine(program: Command, name: string): string {
  if (endsWithCarriageReturn(name)) return `unknown command '${name}': it ${CARRIAGE_RETURN_CAUSE}`;
  const names = program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
  const near = nearestNames(name, names);
  if (near.length > 0) return `unknown command '${name}'${didYouMeanOf(near)}`;
  if (program.parent === null && existsSync(name)) return `unknown command '${name}': a file or folder; write the command before it (acs-calllogs summarize ${shellWord(name)})`;
  const listed = program.createHelp().visibleCommands(program).map((command) => command.name());
  return `unknown command '${name}' (commands: ${listed.join(', ')})`;
}

/**
 * `call needs a correlation id: acs-calllogs call <correlationId> [inputs...]`: the argument in words (its name's, split
 * at its capitals), then the command's usage line, which says where it goes.
 */
function missingArgumentLine(command: Command, name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const typed = [command.parent?.name(), command.name(), command.usage().replace(/^\[options\]\s*/, '')].filter((part) => part !== undefined && part !== '');
  return `${command.name()} needs ${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}: ${typed.join(' ')}`;
}

/**
 * `unknown option '--fromat' (did you mean --format?)`; `-v` suggests `-V/--version`, a short flag in the other case
 * and the long ones of its letter (when one or two: `summarize -v`, `-V/--version or --verbose`); `-verbose`
 * `--verbose`; `--fromat=json` is read as `--fromat`. The options are the command's and the program's, which come
 * after the command too.
 */
function unknownOptionLine(command: Command, flag: string): string {
  if (endsWithCarriageReturn(flag)) return `unknown option '${flag}': it ${CARRIAGE_RETURN_CAUSE}`;
  const hint = formatFlagHint(command, flag) ?? otherCommandsHint(command, flag) ?? didYouMeanOf(nearestFlags(optionsOf(command), flag));
  return `unknown option '${flag}'${hint}`;
}

/**
 * Other tools' ways to choose a report: `--json`, `--csv` (a format's name as a flag) are `--format json`; `--output`,
 * `--out` and `-o` (az's `--output json`) are `--format`, or `--report` for a file. commander's nearest flag to them
 * was `--version`, `--sort`, `--only-poor`, or none. Null for any other flag.
 */
function formatFlagHint(command: Command, flag: string): string | null {
  const word = /^--?([^=]+)/.exec(flag)?.[1]?.toLowerCase();
  if (!command.options.some((option) => option.long === '--format') || word === undefined) return null;
  const names: readonly string[] = command.name() === 'call' ? [...CALL_FORMATS, ...CALL_FORMAT_ALIASES.keys()] : [...SUMMARIZE_FORMATS, ...SUMMARIZE_FORMAT_ALIASES.keys()];
  if (flag.startsWith('--') && names.includes(word)) return ` (did you mean --format ${word}?)`;
  if (['output', 'out', 'o'].includes(word)) return ' (did you mean --format <format>, or --report <format>=<path> to write a file?)';
  return null;
}

/**
 * " (--since is an option of summarize and kql, not of call)": a flag of the other commands, as it is, before any near
 * one here (`call --sort` was "did you mean --format, --report or --strict?"). Null when no other command has it.
 */
function otherCommandsHint(command: Command, flag: string): string | null {
  const long = /^--[^=]+/.exec(flag)?.[0];
  const owners = (command.parent?.commands ?? []).filter((other) => other !== command && other.options.some((option) => option.long === long));
  if (long === undefined || owners.length === 0) return null;
  return ` (${long} is an option of ${owners.map((other) => other.name()).join(' and ')}, not of ${command.name()})`;
}

function nearestFlags(options: readonly Option[], flag: string): string[] {
  const longs = options.flatMap((option) => (option.long === undefined ? [] : [option.long.slice(2)]));
  const word = /^--?([^=]+)/.exec(flag)?.[1];
  if (word === undefined) return [];
  if (flag.startsWith('--') || word.length > 1) return nearestLongs(word, longs).map((long) => `--${long}`);
  const other = word === word.toLowerCase() ? word.toUpperCase() : word.toLowerCase();
  const byShort = options.filter((option) => option.short === `-${other}`);
  const byLetter = options.filter((option) => option.long?.startsWith(`--${word.toLowerCase()}`) && !byShort.includes(option));
  const chosen = byShort.length + byLetter.length <= 2 ? [...byShort, ...byLetter] : byShort;
  return chosen.map((option) => (byShort.includes(option) && option.long !== undefined ? `${option.short}/${option.long}` : (option.short ?? option.long!)));
}

/**
 * The long options (without their `--`) a word most likely meant: those that hold each of its words, as words of
 * their own (`poor` is in --only-poor and --fail-on-poor, `fail-poor` in --fail-on-poor, `unknown` in
 * --fail-on-unknown), the fewest edits away among them; else those a few edits away, as for a typo (nearest-names.ts).
 * By edits alone, `--poor` was `--color`, and `--unknown` none: a word of the option meant, typed alone, is most of the
 * option's name left out, more edits than a typo makes.
 */
function nearestLongs(word: string, longs: readonly string[]): string[] {
  const words = word.toLowerCase().split('-').filter((part) => part !== '');
  const holding = longs.filter((long) => {
    const its = long.toLowerCase().split('-');
    return words.length > 0 && words.every((part) => its.includes(part));
  });
  if (holding.length === 0) return nearestNames(word, longs);
  const edits = holding.map((long) => editDistance(word.toLowerCase(), long.toLowerCase()));
  const fewest = Math.min(...edits);
  return holding.filter((_, i) => edits[i] === fewest);
}

/** The options taken where the command is: its own (its help among them), then each parent's, as commander reads them. */
function optionsOf(command: Command): Option[] {
  const options: Option[] = [];
  for (let at: Command | null = command; at !== null; at = at.parent) options.push(...at.createHelp().visibleOptions(at));
  return options.filter((option, i) => options.findIndex((o) => o.flags === option.flags) === i);
}

/**
 * `kql takes no arguments, only options: leave out 'samples/'`, and what was likely meant: the end of a flag's value
 * the shell cut at a space (`--since 2026-11-20 09:00`), a script's CR, or the command that reads logs.
 */
function excessArgumentsLine(command: Command): string {
  const expected = command.registeredArguments;
  const extra = command.args.slice(expected.length);
  const takes = expected.length === 0 ? 'no arguments, only options' : `${expected.length} argument${expected.length === 1 ? '' : 's'} (${expected.map((a) => `<${a.name()}>`).join(' ')})`;
  const cr = extra.find(endsWithCarriageReturn);
  const split = extra.map(splitValueHint).find((hint) => hint !== '');
  const note = NO_ARGUMENTS_NOTE[command.name()];
  if (cr !== undefined) return `${command.name()} takes ${takes}: '${cr}' ${CARRIAGE_RETURN_CAUSE}`;
  const why = split ?? (note !== undefined ? `; ${note}` : '');
  return `${command.name()} takes ${takes}: leave out ${extra.map((arg) => `'${arg}'`).join(' ')}${why}`;
}

/** `--since: the value is missing (--since <time>)`: the flag last on the line, or another option right after it. */
function missingValueLine(flags: string): string {
  const name = /--[^\s,]+/.exec(flags)?.[0] ?? flags;
  return `${name}: the value is missing (${flags})`;
}

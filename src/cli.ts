import { Command, CommanderError } from 'commander';
import { EXIT_USAGE } from './commands/exit-codes.js';
import { registerCall } from './commands/register-call.js';
import { registerKql } from './commands/register-kql.js';
import { registerSummarize } from './commands/register-summarize.js';
import { UsageError } from './commands/usage-error.js';
import { ConfigError } from './config/config-error.js';
import { InputError } from './input/input-event.js';
import { GateError } from './rules/gates.js';
import { ThresholdError } from './rules/threshold-error.js';
import { escapedHidden } from './schema/visible-id.js';
import { applyColorFlag } from './commands/color-flag.js';
import { addHelpExamples } from './commands/help-examples.js';
import { HELP_LAYOUT } from './commands/help-layout.js';
import { checkMisplacedOption } from './commands/misplaced-option.js';
import { checkSingleDashOption } from './commands/single-dash-option.js';
import { tidyUsageErrors, unknownCommandLine } from './commands/commander-usage-errors.js';

const program = new Command()
  .name('acs-calllogs')
  .description('Turn exported Azure Communication Services call logs into answers.')
  .version('0.1.0')
  .option('--debug', 'on an internal error, print its stack trace (for a bug report)')
  .option('--color', 'colour the report even when stdout is not a terminal (as FORCE_COLOR=1)')
  .option('--no-color', 'no colour, even on a terminal or with FORCE_COLOR set')
  .configureHelp(HELP_LAYOUT)
  // The flags win over the environment: they are set where colorsFor reads it, before the command runs.
  .hook('preAction', (root: Command) => applyColorFlag(root.opts<{ color?: boolean }>().color));
/** The help a usage error of the program's own points at: it lists the commands and the program's options. */
const PROGRAM_HELP = 'acs-calllogs --help';
tidyUsageErrors(addHelpExamples(program), PROGRAM_HELP);
registerSummarize(program);
registerCall(program);
registerKql(program);
// A command's usage error (`summarize --fromat`, `call` without its id) points at that command's help, which lists
// its options and arguments: the program's lists neither.
for (const command of program.commands) tidyUsageErrors(addHelpExamples(command), `acs-calllogs ${command.name()} --help`);

/**
 * A reader that closes the pipe early (`| head`) is not an error: the rest of the output is not wanted, but the exit
 * code and stderr's lines still are (a gate crossed is exit 1 under `set -o pipefail`). Any other failure to write
 * (ENOSPC, EIO) loses output: one line, exit 2. Either way writeStdout stops writing to the stream, now destroyed.
 */
let stdoutFailure: string | null = null;
let stdoutGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (stdoutGone) return; // the writes already queued fail too
  stdoutGone = true;
  if (error.code === 'EPIPE') return;
  stdoutFailure = error.code ?? error.message;
  process.stderr.write(`acs-calllogs: cannot write to standard output: ${escapedHidden(stdoutFailure)}\n`);
  process.exitCode = EXIT_USAGE;
});

/** --debug (anywhere on the command line) or ACS_CALLLOGS_DEBUG: an internal error shows its stack. */
const debug = process.argv.includes('--debug') || Boolean(process.env.ACS_CALLLOGS_DEBUG);
// The CLI runs bundled (scripts/bundle.mjs): with --debug, the stack of an error in a command's code, whose chunk is
// loaded after this line, names the TypeScript file in src/ and its line, through the chunk's source map. (Chunks
// loaded before it, this file's, are named as they are: Node reads a source map when it loads the code.)
if (debug) process.setSourceMapsEnabled(true);

// Last resort for an error thrown outside the command's promise (a stream callback): the same one line, exit 2.
// The process state is unknown after it, so it ends here.
process.on('uncaughtException', (error) => {
  process.stderr.write(internalErrorText(error));
  process.exit(EXIT_USAGE);
});

try {
  checkHelpTarget(process.argv.slice(2));
  checkMisplacedOption(program, process.argv.slice(2));
  checkSingleDashOption(program, process.argv.slice(2));
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}
// A write that failed before the command ended: the command's own code (0 or 1) must not hide the lost output.
if (stdoutFailure !== null) process.exitCode = EXIT_USAGE;

/**
 * `help bogus` and `help help`: commander prints the whole help on stderr for either, and exits 1. The first is, as
 * `bogus` is, one line (with the same "did you mean": `help sumarize`) and exit 2; the second the help, on stdout,
 * exit 0.
 */
function checkHelpTarget(args: string[]): void {
  const operands = args.filter((arg) => !arg.startsWith('-'));
  if (operands[0] !== 'help' || operands[1] === undefined) return;
  const name = operands[1];
  if (name === 'help') program.help();
  if (!program.commands.some((command) => command.name() === name || command.aliases().includes(name))) {
    throw new UsageError(`${unknownCommandLine(program, name)} (see ${PROGRAM_HELP})`);
  }
}

/**
 * One clear line on stderr, never a stack trace (unless --debug or ACS_CALLLOGS_DEBUG is set). The file names and
 * values in it show their control characters escaped (escapedHidden), not removed: the file named can be found.
 */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // The help or the version, which commander has printed; or the help, on stderr, for want of a command. (Its usage
    // errors are thrown as UsageErrors: commander-usage-errors.ts.)
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (
    error instanceof UsageError ||
    error instanceof InputError ||
    error instanceof ConfigError ||
    error instanceof ThresholdError ||
    error instanceof GateError
  ) {
    process.stderr.write(`acs-calllogs: ${escapedHidden(error.message)}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(internalErrorText(error));
  return EXIT_USAGE;
}

/** "acs-calllogs: internal error: … — please report it", and with --debug the stack trace after it. */
function internalErrorText(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = `acs-calllogs: internal error: ${escapedHidden(message)} — this is a bug; please report it with the output of the same command with --debug\n`;
  if (!debug || !(error instanceof Error) || !error.stack) return line;
  return `${line}${error.stack.split('\n').map(escapedHidden).join('\n')}\n`;
}

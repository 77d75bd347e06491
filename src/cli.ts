import { Command, CommanderError } from 'commander';
import { EXIT_USAGE } from './commands/exit-codes.js';
import { registerCall } from './commands/call.js';
import { registerKql } from './commands/kql.js';
import { registerSummarize } from './commands/summarize.js';
import { UsageError } from './commands/usage-error.js';
import { ConfigError } from './config/load-config.js';
import { InputError } from './input/input-event.js';
import { GateError } from './rules/gates.js';
import { ThresholdError } from './rules/threshold-overrides.js';
import { safeText } from './report/terminal-text.js';

const program = new Command()
  .name('acs-calllogs')
  .description('Turn exported Azure Communication Services call logs into answers.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError('(run acs-calllogs --help for usage)');
registerSummarize(program);
registerCall(program);
registerKql(program);

// A reader that closes the pipe early (| head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/** One clear line on stderr, never a stack trace (unless ACS_CALLLOGS_DEBUG is set). */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help / version).
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (
    error instanceof UsageError ||
    error instanceof InputError ||
    error instanceof ConfigError ||
    error instanceof ThresholdError ||
    error instanceof GateError
  ) {
    process.stderr.write(`acs-calllogs: ${safeText(error.message)}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`acs-calllogs: internal error: ${safeText(message)} (please report it; ACS_CALLLOGS_DEBUG=1 shows the stack)\n`);
  if (process.env.ACS_CALLLOGS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT_USAGE;
}

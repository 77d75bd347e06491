import type { Command } from 'commander';

/** Each command's examples, and the program's, shown after the options by `--help`, each line at most 80 columns with its `  $ `: what a first run, a pipeline and a ticket look like. */
const EXAMPLES: Record<string, readonly string[]> = {
  // The program's own help, a new user's first: the first run, the next step from its table, and a CI gate.
  'acs-calllogs': [
    'acs-calllogs summarize samples/              # every call, poor ones first',
    'acs-calllogs call ad9b017d samples/          # one call: an id in that table',
    'acs-calllogs summarize logs/ --fail-on-poor  # in CI: exit 1 on a poor call',
  ],
  summarize: [
    'acs-calllogs summarize samples/',
    'acs-calllogs summarize logs/ --since 24h --only-poor',
    'acs-calllogs summarize logs/ --max-poor-calls 5% --report junit=calls.xml',
    'gzip -dc export.json.gz | acs-calllogs summarize - --format json',
  ],
  call: [
    'acs-calllogs call a60ad5d9 samples/',
    'acs-calllogs call a60ad5d9 samples/ --format markdown > ticket.md',
    'acs-calllogs call "$CALL_ID" logs/ --fail-on-poor --report junit=call.xml',
    "acs-calllogs call 2aaed7ee samples/  # a leg's participantId: its call",
  ],
  kql: ['acs-calllogs kql', 'acs-calllogs kql --per-call --since 24h --threshold roundTripTimeAvg=900'],
};

/** Adds the command's (or the program's) examples to its help, when it has some. */
export function addHelpExamples(command: Command): Command {
  const examples = EXAMPLES[command.name()];
  if (examples === undefined) return command;
  return command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}

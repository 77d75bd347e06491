import type { Command } from 'commander';

/** Each command's examples, shown after its options by `--help`: what a first run, a pipeline and a ticket look like. */
const EXAMPLES: Record<string, readonly string[]> = {
  summarize: [
    'acs-calllogs summarize samples/',
    'acs-calllogs summarize logs/ --since 24h --only-poor',
    'acs-calllogs summarize logs/ --max-poor-calls 5% --fail-on-unknown --report junit=out/calls.xml',
    'gzip -dc export.json.gz | acs-calllogs summarize - --format json',
  ],
  call: [
    'acs-calllogs call a60ad5d9 samples/',
    'acs-calllogs call a60ad5d9 samples/ --format markdown > ticket.md',
    'acs-calllogs call "$TEST_CALL_ID" logs/ --fail-on-poor --report junit=out/call.xml',
    "acs-calllogs call 2aaed7ee samples/          # a leg's participantId: its call",
  ],
  kql: ['acs-calllogs kql', 'acs-calllogs kql --per-call --since 24h --threshold roundTripTimeAvg=900'],
};

/** Adds the command's examples to its help, when it has some. */
export function addHelpExamples(command: Command): Command {
  const examples = EXAMPLES[command.name()];
  if (examples === undefined) return command;
  return command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}

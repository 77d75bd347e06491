import type { Command } from 'commander';

/** commander's way to gather a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The reports' --redact (call and summarize), and --no-redact, which turns off the config file's `redact`. */
export function addRedactOptions(command: Command): Command {
  return command
    .option('--redact', 'reports with personal data redacted, to share them: phone numbers masked (+44…50), user ids pseudonyms, device models dropped; call, leg and endpoint ids kept')
    .option('--no-redact', "turn off the config file's redact");
}

/** The options both commands take: config file, thresholds, --print-config. */
export function addSettingsOptions(command: Command): Command {
  return command
    .option('--threshold <metric=value>', 'change a limit (repeatable); metric.mediaType=value for one media type: roundTripTimeAvg=900, videoFrameRateAvg.VBSS=2, jitterAvg.Video=off', collect)
    .option('--config <path>', 'config file (default: the first acs-calllogs.config.json from here upward)')
    .option('--print-config', 'print the settings in force (flags, then config, then defaults) and exit');
}

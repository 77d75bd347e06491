import type { SettingsFlags } from '../config/resolve-settings.js';
import type { NextStep } from '../report/next-step-line.js';
import { escapedHidden } from '../schema/visible-id.js';
import type { ReadFlags } from './read-flags.js';

/**
 * How to run `call` so that it reads and judges as this summarize run did, for the table's last line (next-step-line.ts):
 * the inputs as the user gave them (none when they came from $ACS_CALLLOGS_INPUT or the config, which `call` reads
 * alike), then the flags given that change what `call` reads (--config, --max-record-bytes) or judges (--threshold:
 * a call listed poor is poor there too). Not --redact, which changes nothing summarize shows (its ids are kept), so
 * that its table stays the same as without it: whether `call`'s story, which has personal data to redact, is to be
 * shared is for its own run. The program as it was run: `npx acs-calllogs`
 * through npx or `npm exec` (npm says so in npm_lifecycle_event), where `acs-calllogs` alone is no command the shell
 * knows, as in the README's first lines; else `acs-calllogs`, as its examples and --help write it.
 *
 * Null with --quiet, and when a word holds a character no terminal shows as it is (a control character, a line
 * break): such a word cannot be pasted back as it was typed.
 */
export function nextStepOf(named: readonly string[], flags: SettingsFlags & ReadFlags, env: NodeJS.ProcessEnv = process.env): NextStep | null {
  if (flags.quiet === true) return null;
  const repeated = [
    ...(flags.config !== undefined ? ['--config', flags.config] : []),
    ...(flags.threshold ?? []).flatMap((threshold) => ['--threshold', threshold]),
    ...(flags.maxRecordBytes !== undefined ? ['--max-record-bytes', flags.maxRecordBytes] : []),
  ];
  if ([...named, ...repeated].some((word) => escapedHidden(word) !== word)) return null;
  return { program: env.npm_lifecycle_event === 'npx' ? 'npx acs-calllogs' : 'acs-calllogs', inputs: named, flags: repeated };
}

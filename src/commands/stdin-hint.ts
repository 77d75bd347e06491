import { STDIN_INPUT } from '../input/walk-paths.js';

/**
 * The line said on stderr before standard input is read from a terminal: `acs-calllogs summarize -` typed at a
 * prompt waited for input with nothing said, and looked hung. Null when standard input is piped or redirected from a
 * file (what it holds is read at once), with --quiet, and when `-` is not among the inputs. Windows' console ends
 * input with Ctrl-Z and Enter, other terminals with Ctrl-D at the start of a line.
 */
export function stdinHint(inputs: readonly string[], stdinIsTty: boolean | undefined, quiet: boolean | undefined, platform: NodeJS.Platform = process.platform): string | null {
  if (quiet === true || stdinIsTty !== true || !inputs.includes(STDIN_INPUT)) return null;
  const end = platform === 'win32' ? 'Ctrl-Z then Enter' : 'Ctrl-D at the start of a line';
  return `note: reading standard input from the terminal: paste the records, then ${end} (or name the files to read instead of -)`;
}

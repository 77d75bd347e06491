import { existsSync } from 'node:fs';

/**
 * A script saved with Windows line ends (CRLF) run by a POSIX shell: the shell ends each line at its LF, so the last
 * word of each line keeps the CR — `summarize logs/\r`, `--max-poor-calls 3\r`, `--report junit=out/calls.xml\r`.
 * The value it gives is refused as another would be, but its message says so, since the `\u000d` it shows does not say
 * where the character came from. A path is never read without it (a file name may hold one); nor is a number or a
 * choice (one grammar for flags and the config file: ` 5` is refused too), and the script has to be saved with LF
 * line ends anyway for its paths. A call id and a --since / --until time are read without it, as they are read
 * without any white space or control character around them.
 */
export const CARRIAGE_RETURN_CAUSE = 'ends with a carriage return: a script with Windows line ends? save it with LF line ends';

/** Whether the text is a word of a line that ended in CRLF. */
export function endsWithCarriageReturn(text: string): boolean {
  return text.endsWith('\r');
}

/**
 * What to add to "no such file or directory" for a path with a CR at its end: said so, with the path it meant when
 * that exists (`; it ends with a carriage return: …; logs/ exists`); empty for any other path.
 */
export function carriageReturnPathHint(path: string): string {
  if (!endsWithCarriageReturn(path)) return '';
  const meant = path.replace(/\r+$/, '');
  return `; it ${CARRIAGE_RETURN_CAUSE}${meant !== '' && existsSync(meant) ? ` (${meant} exists)` : ''}`;
}

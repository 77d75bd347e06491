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
 * Where the inputs came from, when not the command line: a CR at the end of a path set in the environment or written
 * in the config file came from no script line, and the message names where it did.
 */
export type InputOrigin = { kind: 'arguments' } | { kind: 'environment'; variable: string } | { kind: 'config'; file: string };

/** Why a path from `origin` ends with a CR, and what to do: CARRIAGE_RETURN_CAUSE for the command line's. */
function carriageReturnCause(origin: InputOrigin): string {
  switch (origin.kind) {
    case 'arguments':
      return CARRIAGE_RETURN_CAUSE;
    case 'environment':
      // `export ACS_CALLLOGS_INPUT=logs/` in a script, or a .env file, saved with Windows line ends.
      return `ends with a carriage return, as ${origin.variable} has it: set by a script or a .env file with Windows line ends? save that file with LF line ends`;
    case 'config':
      // JSON holds a CR in a string only as an escape (a raw one is not JSON): \r or \u000d was written there.
      return `ends with a carriage return, as ${origin.file} writes it in inputs (\\r): take it out`;
  }
}

/**
 * What to add to "no such file or directory" for a path with a CR at its end: said so, with the path it meant when
 * that exists (`; it ends with a carriage return: …; logs/ exists`), and where the path came from when not the
 * command line (`origin`); empty for any other path.
 */
export function carriageReturnPathHint(path: string, origin: InputOrigin = { kind: 'arguments' }): string {
  if (!endsWithCarriageReturn(path)) return '';
  const meant = path.replace(/\r+$/, '');
  return `; it ${carriageReturnCause(origin)}${meant !== '' && existsSync(meant) ? ` (${meant} exists)` : ''}`;
}

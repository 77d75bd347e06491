/**
 * A word as the shell of this machine takes it back, for the lines that show a command to run (misplaced-option.ts,
 * next-step-line.ts). On a POSIX shell: as it is when it is plain, else in single quotes (a quote in it closed,
 * escaped and reopened: `'it'\''s'`). Plain is letters, digits and `_@%+=:,./-`, but not a word that begins with `=`,
 * which zsh (macOS' shell) replaces by the path of the command it names (`=logs`: "logs not found").
 * On Windows (windowsWord), as both cmd and PowerShell take it.
 */
export function shellWord(word: string): string {
  return shellWordFor(word, process.platform === 'win32');
}

/** shellWord for a POSIX shell, or for Windows' (`windows`). */
export function shellWordFor(word: string, windows: boolean): string {
  if (windows) return windowsWord(word);
  return /^(?!=)[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A word as cmd and PowerShell both take it back: a path's backslashes and drive as they are (`samples\exports`,
 * `C:\logs`: in single quotes, as a POSIX shell has them, cmd passed the quotes on, "cannot open 'samples\exports'"),
 * else in double quotes (`"C:\my logs"`, a backslash before the closing quote doubled, as a program's arguments are
 * read: `"C:\my logs\\"`). A word that holds what either shell reads in double quotes (`"`, `%`, `$`, a backtick, `!`)
 * is in single quotes, a quote in it doubled, as PowerShell, the Windows Terminal's shell, takes it (`'it''s'`). Not
 * plain: `,` (an array to PowerShell) and a leading `@` (a splat).
 */
function windowsWord(word: string): string {
  if (/^(?![@=])[\w@+=:.\\/-]+$/.test(word)) return word;
  if (/^[^"%$`!]+$/.test(word)) return `"${word.replace(/\\+$/, (end) => end + end)}"`;
  return `'${word.replace(/'/g, `''`)}'`;
}

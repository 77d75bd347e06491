/**
 * A word as a POSIX shell takes it back: as it is when it is plain, else in single quotes (a quote in it closed,
 * escaped and reopened: `'it'\''s'`). Plain is letters, digits and `_@%+=:,./-`, but not a word that begins with `=`,
 * which zsh (macOS' shell) replaces by the path of the command it names (`=logs`: "logs not found"). PowerShell takes
 * a single-quoted word alike when it holds no quote; Windows' cmd does not, as it takes no single quotes at all. The
 * lines that show a command to run (misplaced-option.ts, next-step-line.ts) write their words with it.
 */
export function shellWord(word: string): string {
  return /^(?!=)[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

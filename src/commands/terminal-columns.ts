/**
 * How wide the terminal that standard output shows in is, for the text report's tables: a terminal's own width
 * (its columns, as it is now), else COLUMNS when it is set to a whole number (a shell or a pager that passes its width
 * on: `COLUMNS=100 acs-calllogs call … | less`); null when neither is (a pipe, a file, a CI log: no table is narrowed,
 * the output is the same whatever reads it).
 */
export function terminalColumns(env: NodeJS.ProcessEnv = process.env, stdout: { isTTY?: boolean; columns?: number } = process.stdout): number | null {
  if (stdout.isTTY && typeof stdout.columns === 'number' && stdout.columns > 0) return stdout.columns;
  const set = env.COLUMNS?.trim() ?? '';
  return /^[1-9]\d{0,5}$/.test(set) ? Number(set) : null;
}

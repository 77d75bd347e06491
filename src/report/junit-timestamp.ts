/**
 * A testsuite's `timestamp`: when the earliest of its calls started, which Azure DevOps takes as the test run's start
 * (a run published a day after the calls then says the day they were placed, not the day the report was read).
 * Written as Apache Ant's JUnit schema has it (windyroad/JUnit-Schema, ISO8601_DATETIME_PATTERN): the date and the
 * time to the second, no fraction and no zone (`2026-11-20T08:30:12`); the time is UTC, as every time acs-calllogs
 * writes, and a hosted CI agent's clock is. `{}` when no call's start is known: no call listed, or none logged one. Times in milliseconds since the epoch.
 */
export function junitTimestamp(startTimes: readonly (number | null)[]): { timestamp?: string } {
  let earliest: number | null = null;
  for (const ms of startTimes) if (ms !== null && Number.isFinite(ms) && (earliest === null || ms < earliest)) earliest = ms;
  if (earliest === null) return {};
  // A year outside 0000-9999 has no place in the pattern (toISOString writes `+010000-…`): no timestamp then.
  const written = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.exec(new Date(earliest).toISOString());
  return written === null ? {} : { timestamp: written[0] };
}

/**
 * A JUnit `time`: seconds, as digits with an optional fraction (what junit-10.xsd's SUREFIRE_TIME and GitLab read; no
 * exponent, no sign). A testcase of a call has the call's duration (durationSeconds: its callDuration, else its legs'
 * span), what a synthetic test call's reader looks for beside its verdict; a testsuite the sum of its testcases' (what
 * GitLab and Azure DevOps add up themselves, and what Jenkins takes from the testsuite when it is there). Kept as whole
 * milliseconds, so that the sum written is the sum of the times written.
 */

/** A call's duration in whole milliseconds; null when not logged (no CallSummary yet, a call in progress). */
export function junitMilliseconds(seconds: number | null): number | null {
  if (seconds === null) return null;
  const ms = Math.round(seconds * 1000);
  return Number.isSafeInteger(ms) && ms >= 0 ? ms : null;
}

/** The `time` attribute, when there is one: `{ time: "1210" }`, `{ time: "0.5" }`; `{}` for null. */
export function junitTime(ms: number | null): { time?: string } {
  if (ms === null) return {};
  const whole = Math.floor(ms / 1000);
  const fraction = ms % 1000;
  return { time: fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}` };
}

/** The sum of the times given, null when none is (the testsuite then has no `time`, as its testcases have none). */
export function junitTotal(times: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const ms of times) if (ms !== null) total = (total ?? 0) + ms;
  return total;
}

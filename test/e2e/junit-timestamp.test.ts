import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

/**
 * Every testsuite has the earliest start of the calls listed as its `timestamp` (Azure DevOps' run start), in UTC
 * without a zone as Ant's schema writes it: the gates and --strict judged those calls, and Azure DevOps takes the run's
 * span from the earliest timestamp to the latest timestamp plus time. None when no call is listed.
 */
function testsuiteTags(xml: string): string[] {
  return [...xml.matchAll(/<testsuite [^>]*>/g)].map((m) => m[0]);
}

test("every testsuite is timestamped with the earliest start of the calls listed; call's with its call's start", () => {
  const summary = runCli(['summarize', 'samples', '--max-poor-calls', '0', '--strict', '--format', 'junit', '--quiet']);
  const suites = testsuiteTags(summary.stdout);
  assert.equal(suites.length, 3);
  for (const suite of suites) assert.match(suite, / timestamp="2026-11-20T08:30:12"/);
  // Listed in part: the earliest of those listed (--only-poor --limit 1: the first poor call, 08:31:07).
  const part = runCli(['summarize', 'samples', '--only-poor', '--limit', '1', '--format', 'junit', '--quiet']);
  assert.match(testsuiteTags(part.stdout)[0]!, / timestamp="2026-11-20T08:31:07"/);
  // No call listed: no timestamp.
  const none = runCli(['summarize', 'samples', '--since', '2030-01-01T00:00:00Z', '--format', 'junit', '--quiet']);
  assert.ok(!none.stdout.includes('timestamp='), none.stdout);
  const call = runCli(['call', 'ad9b017d', 'samples', '--fail-on-poor', '--format', 'junit', '--quiet']);
  const callSuites = testsuiteTags(call.stdout);
  assert.equal(callSuites.length, 2);
  for (const suite of callSuites) assert.match(suite, / timestamp="2026-11-20T08:31:07"/);
});

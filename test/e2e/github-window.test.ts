import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/run-cli.js';

/**
 * --format github under a --since/--until window: the annotations are what a GitHub reader sees of the run (stderr is
 * in the step's log only). The ::notice says the window its totals and gates are over, as the Markdown does under its
 * totals; and calls the window left out for want of a CallStartTime (a CallSummary not arrived yet), which no gate
 * judged, poor ones among them, are a ::warning in stderr's words.
 */
const WINDOW = 'test/fixtures/window/';

/** The lines of the github ::notice, unescaped. */
function noticeLines(github: string): string[] {
  const notice = github.split('\n').find((l) => l.startsWith('::notice title=ACS call quality::'))!;
  return notice.replace(/^::notice title=ACS call quality::/, '').split('%0A').map((l) => l.replace(/%25/g, '%'));
}

test('summarize --format github --since: the notice says the window, and calls left out without a CallStartTime are a warning', () => {
  const { status, stdout, stderr } = runCli(['summarize', WINDOW, '--since', '2026-12-05T00:00Z', '--max-poor-calls', '0', '--format', 'github']);
  assert.equal(status, 0, stderr);
  const said = '3 calls without a CallStartTime left out of the window (1 poor, 1 of unknown quality, 1 good); run without --since/--until to judge them';
  assert.ok(stderr.includes(`warning: ${said}\n`), stderr);
  assert.deepEqual(stdout.split('\n').filter((l) => l.startsWith('::warning')), [`::warning title=Calls left out of the window::${said}`]);
  assert.deepEqual(noticeLines(stdout), [
    '2 calls: 0 poor, 0 unknown; 2 streams, 0 poor',
    'Calls that started 2026-12-05 00:00:00 → … UTC; left out: 2 outside, 3 without a CallStartTime',
    '✅ max-poor-calls passed: 0 poor calls ≤ 0 allowed (set by --max-poor-calls)',
  ]);
});

test('summarize --format github: no window, no window line nor warning', () => {
  const { stdout } = runCli(['summarize', WINDOW, '--format', 'github']);
  assert.doesNotMatch(stdout, /::warning|Calls that started/);
  // A window that leaves out none for want of a CallStartTime: the line, no warning.
  const outside = runCli(['summarize', 'samples', '--until', '2026-11-20T09:00Z', '--format', 'github']).stdout;
  assert.doesNotMatch(outside, /::warning/);
  assert.deepEqual(noticeLines(outside).slice(1), ['Calls that started … → 2026-11-20 09:00:00 UTC; left out: 6 outside']);
});

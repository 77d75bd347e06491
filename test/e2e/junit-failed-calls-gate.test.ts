import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from '../support/run-cli.js';

/**
 * A crossed --max-failed-calls names in its JUnit failure the calls it counted. A call whose media was good says its
 * failed legs in its system-out only, and GitLab (its JUnit parser keeps system-out of a failed or errored testcase
 * alone) and Azure DevOps (PublishTestResults reads it likewise) show nothing of a passed testcase's: their reader saw
 * the gate fail with no call behind it. The failure's text is what GitLab shows, and Azure DevOps as its stack trace.
 */
const FAILED_LEG = 'test/fixtures/input/failed-leg.jsonl';

function gateFailure(xml: string): { message: string; text: string } {
  const match = /<testcase name="max-failed-calls" classname="gate">\n\s+<failure message="([^"]*)" type="gate">([^<]*)<\/failure>/.exec(xml);
  assert.ok(match, xml);
  return { message: match[1]!, text: match[2]! };
}

test('junit: a crossed --max-failed-calls names the call of good media behind it, and its failed leg, in the failure text', () => {
  const { status, stdout } = runCli(['summarize', FAILED_LEG, '--max-failed-calls', '0', '--format', 'junit', '--quiet']);
  assert.equal(status, 1);
  const { message, text } = gateFailure(stdout);
  // The message (Jenkins, Azure DevOps' error message) stays the one line stderr says.
  assert.equal(message, 'max-failed-calls crossed: 1 call with a failed leg &gt; 0 allowed — over by 1 (set by --max-failed-calls)');
  assert.equal(text, `${message}\nP2P eeeeeeee-0000-4000-8000-000000000005: media good, 1 leg failed\n  leg ep-a: failed 495/4507`);
  // Another gate crossed has its one line as its text: its calls fail (poor) or are skipped (unknown) themselves.
  const other = runCli(['summarize', 'samples', '--max-poor-calls', '0', '--format', 'junit', '--quiet']).stdout;
  assert.match(other, /<testcase name="max-poor-calls" classname="gate">\n\s+<failure message="([^"]+)" type="gate">\1<\/failure>/);
});

test('junit: a call the gate counted that the listing leaves out (--only-poor) is counted in a last line', () => {
  const { status, stdout } = runCli(['summarize', 'samples', FAILED_LEG, '--only-poor', '--max-failed-calls', '0', '--format', 'junit', '--quiet']);
  assert.equal(status, 1);
  const lines = gateFailure(stdout).text.split('\n');
  // The samples' poor call with two dropped legs is listed and named; the fixture's good one is not listed.
  assert.deepEqual(lines.slice(1), [
    'Group a60ad5d9-ceeb-4b7f-a165-539cb9f7a904: media poor, 2 legs failed',
    '  leg 2aaed7ee: dropped 410/3101',
    '  leg afe17849: dropped 500/4521',
    '… and 1 more call with a failed leg, not named here (2 in all)',
  ]);
  // None listed: said so, not as "… and 1 more" after no call.
  const none = runCli(['summarize', FAILED_LEG, '--only-poor', '--max-failed-calls', '0', '--format', 'junit', '--quiet']);
  assert.deepEqual(gateFailure(none.stdout).text.split('\n').slice(1), ['1 call with a failed leg, not listed (--only-poor or --limit): run without them to name it here']);
});

test('junit: the gate names a call\'s legs in FINDING_ORDER, the dropped one first, as its testcase, the github ::warning and the CSV do', () => {
  // The fixture's call with its second leg (ep-b) dropped: in leg order the failed one (ep-a) comes first.
  // (The first record that ended in Success is ep-b's CallSummary.)
  const input = readFileSync(join(ROOT, FAILED_LEG), 'utf8').replace(
    '"participantEndReason":"0","participantEndSubCode":"0","resultCategory":"Success"',
    '"participantEndReason":"410","participantEndSubCode":"3101","resultCategory":"UnexpectedClientError"',
  );
  assert.match(input, /"participantEndReason":"410"/);
  const { status, stdout } = runCli(['summarize', '-', '--max-failed-calls', '0', '--format', 'junit', '--quiet'], { input });
  assert.equal(status, 1);
  const order = ['leg ep-b: dropped 410/3101', 'leg ep-a: failed 495/4507'];
  assert.deepEqual(gateFailure(stdout).text.split('\n').slice(2), order.map((line) => `  ${line}`));
  assert.match(stdout, new RegExp(`<system-out>2 legs failed\n${order.join('\n')}</system-out>`));
});

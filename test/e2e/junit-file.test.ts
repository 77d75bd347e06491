import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/**
 * The JUnit testsuites' `file`. mikepenz/action-junit-report annotates a failed testcase on its own `file`, else on
 * its testsuite's, else on the first file of the workspace named after its classname's last part (`**\/gate.*`,
 * `**\/input.*`), line 1, whatever that file is. So a testsuite has the file that is truly its testcases' when there
 * is one: the gates' the config file that set them all, named as their text names it; a failed --strict's the file of
 * the first invalid record, whose line its text gives. On the testsuite, never a testcase: Jenkins' xUnit plugin skips
 * a report whose testcase has a `file` as not valid. The calls' testsuite has none (no file holds a call: the
 * README's workflow sets resolve_ignore_classname for them).
 */
const SAMPLES = `${ROOT}samples`;
const STRICT_INVALID = 'test/fixtures/input/strict-invalid.jsonl';

/** Each testsuite's opening tag, by its name. */
function testsuiteTags(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<testsuite name="([^"]*)"[^>]*>/g)].map((m) => [m[1]!, m[0]]));
}

test("the gates' testsuite has the config file that set them all as its file, as their text names it; none when a flag set one", () => {
  const root = scratchDir('junit-file-');
  mkdirSync(join(root, 'ci'));
  writeFileSync(join(root, 'ci', 'gates.json'), JSON.stringify({ gates: { maxPoorCalls: 0, failOnUnknown: true } }));
  const configured = runCli(['summarize', SAMPLES, '--config', 'ci/gates.json', '--format', 'junit', '--quiet'], { cwd: root });
  assert.equal(configured.status, 1, configured.stderr);
  const tags = testsuiteTags(configured.stdout);
  assert.equal(tags.get('acs-calllogs gates'), '<testsuite name="acs-calllogs gates" tests="2" failures="2" errors="0" skipped="0" timestamp="2026-11-20T08:30:12" file="ci/gates.json">');
  assert.ok(configured.stdout.includes('(set by gates.maxPoorCalls in ci/gates.json)'), configured.stdout);
  assert.ok(!tags.get('acs-calllogs call quality')!.includes(' file='), tags.get('acs-calllogs call quality'));
  assert.ok(!/<testcase [^>]*file=/.test(configured.stdout), 'no testcase has a file');
  // One gate set by a flag: no file holds it, so the testsuite names none.
  const mixed = runCli(['summarize', SAMPLES, '--config', 'ci/gates.json', '--fail-on-poor', '--format', 'junit', '--quiet'], { cwd: root });
  assert.equal(testsuiteTags(mixed.stdout).get('acs-calllogs gates'), '<testsuite name="acs-calllogs gates" tests="3" failures="3" errors="0" skipped="0" timestamp="2026-11-20T08:30:12">');
  // call's gates alike.
  writeFileSync(join(root, 'ci', 'call.json'), JSON.stringify({ gates: { failOnPoor: true } }));
  const call = runCli(['call', 'ad9b017d', SAMPLES, '--config', 'ci/call.json', '--format', 'junit', '--quiet'], { cwd: root });
  assert.equal(call.status, 1, call.stderr);
  assert.equal(testsuiteTags(call.stdout).get('acs-calllogs gates'), '<testsuite name="acs-calllogs gates" tests="1" failures="1" errors="0" skipped="0" timestamp="2026-11-20T08:31:07" file="ci/call.json">');
});

test("a failed --strict's testsuite has the file of the first invalid record as its file, which its text names with the line; a passed one none", () => {
  for (const command of [['summarize', STRICT_INVALID], ['call', 'd0000001', STRICT_INVALID]]) {
    const run = runCli([...command, '--strict', '--format', 'junit', '--quiet']);
    assert.equal(run.status, 2, run.stderr);
    assert.equal(testsuiteTags(run.stdout).get('acs-calllogs input'), `<testsuite name="acs-calllogs input" tests="1" failures="1" errors="0" skipped="0" timestamp="2026-11-23T10:00:00" file="${STRICT_INVALID}">`, command[0]);
    // `first at` (summarize reads all), or `at` (call stops at its call): the line the annotation goes to.
    assert.match(run.stdout, /\((?:first )?at test\/fixtures\/input\/strict-invalid\.jsonl:2: /, command[0]);
  }
  const clean = runCli(['summarize', SAMPLES, '--strict', '--format', 'junit', '--quiet']);
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(testsuiteTags(clean.stdout).get('acs-calllogs input'), '<testsuite name="acs-calllogs input" tests="1" failures="0" errors="0" skipped="0" timestamp="2026-11-20T08:30:12">');
});

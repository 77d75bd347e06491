import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/run-cli.js';

/**
 * The README's GitHub Actions workflow publishes the JUnit report with mikepenz/action-junit-report, which annotates
 * a failed testcase that has no `file` on the first file of the workspace named after its classname's last part: a
 * poor Group call on line 1 of any `Group.*`, `node_modules` included. resolve_ignore_classname makes it look for
 * the testcase's name, a call's id, instead; the step that uses the action must set it.
 */
test("the README's workflow sets resolve_ignore_classname in each step that uses action-junit-report", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const steps = [...readme.matchAll(/^( *)(?:- )?uses: mikepenz\/action-junit-report@\S+\n((?:\1.+\n)*)/gm)];
  assert.ok(steps.length > 0, 'no step uses mikepenz/action-junit-report');
  for (const step of steps) assert.match(step[2]!, /^ +resolve_ignore_classname: true\b/m, step[0]);
});

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

/**
 * Even looking for a call's id, the action globs the whole workspace (`**\/<id>.*`, node_modules included) once for
 * each poor call (src/testParser.ts, resolvePath): seconds a search in a big workspace. A transformer that turns a
 * name with no folder and no extension into the report's own path makes it find a file without a search
 * (createTestCaseAnnotation: fs.existsSync first), and leaves the gates' and --strict's files (with a folder or an
 * extension) where they are. The action's v6 runs on Node 24, which hosted runners have; v5 ran on Node 20.
 */
test("the README's workflow uses action-junit-report v6 with a transformer that spares each poor call a workspace search", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const steps = [...readme.matchAll(/^( *)(?:- )?uses: mikepenz\/action-junit-report@(\S+)\n((?:\1.+\n)*)/gm)];
  assert.ok(steps.length > 0, 'no step uses mikepenz/action-junit-report');
  for (const step of steps) {
    assert.equal(step[2], 'v6', step[0]);
    const report = /^ +report_paths: (\S+)$/m.exec(step[3]!)?.[1];
    const raw = /^ +transformers: '([^']+)'/m.exec(step[3]!)?.[1];
    assert.ok(report !== undefined && raw !== undefined, step[0]);
    // As the action reads the input (src/utils.ts, readTransformers and applyTransformer).
    const transformers = JSON.parse(raw) as { searchValue: string; replaceValue: string }[];
    const apply = (name: string) => transformers.reduce((n, t) => n.replace(new RegExp(t.searchValue.replace('\\\\', '\\'), 'gu'), t.replaceValue), name);
    for (const name of ['ad9b017d-c904-482b-91f0-939dfe648fa0', 'Group', 'no call type']) assert.equal(apply(name), report, name);
    for (const file of ['ci/gates.json', 'gates.json', 'logs/PT1H.json']) assert.equal(apply(file), file);
  }
});

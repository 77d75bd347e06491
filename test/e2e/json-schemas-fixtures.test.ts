import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { filesUnder } from '../support/files-under.js';
import { assertMatchesSchema } from '../support/json-schemas.js';
import { runCli } from '../support/run-cli.js';

/**
 * The JSON of summarize on every input file of test/fixtures (and on the fixture directories read whole), and of
 * call on each call of the fixtures that hold one call (and on every call of the hostile ones), validated against a
 * strict copy of the schemas: the odd, broken and hostile inputs are where a value the types do not allow (a null,
 * a string for a number, a key from the log) would come through. A run that exits 2 without a document (no
 * call-log record in the file) has nothing to validate.
 */
const FIXTURES = 'test/fixtures/';
const INPUT_DIRS = ['article-limits', 'broken', 'fleet', 'hostile', 'input', 'updates'];
/** Not call logs: the expected results of other tests. */
const NOT_INPUTS = new Set([`${FIXTURES}broken/expected.json`]);
const DIRECTORIES = ['input/tree', 'input/capture', 'input/two-layouts', 'input/dir-with-ini', 'broken/directory-with-images'];

const inputs = [...INPUT_DIRS.flatMap((dir) => filesUnder(`${FIXTURES}${dir}`)).filter((f) => !NOT_INPUTS.has(f)), ...DIRECTORIES.map((d) => `${FIXTURES}${d}`)];

/** The document a run printed, or null when it exited 2 with nothing on stdout. */
function documentOf(args: string[]): unknown {
  const { status, stdout, stderr } = runCli([...args, '--format', 'json', '--quiet']);
  assert.ok(status === 0 || status === 1 || status === 2, `${args.join(' ')}: exit ${status}: ${stderr}`);
  if (stdout === '') {
    assert.equal(status, 2, `${args.join(' ')}: exit ${status} with no document: ${stderr}`);
    return null;
  }
  return JSON.parse(stdout) as unknown;
}

/** Calls to look at with `call`, by the fixture they are in. */
const callsOf = new Map<string, string[]>();

test('summarize --verbose on every fixture: each document valid against the summary schema', () => {
  let validated = 0;
  for (const input of inputs) {
    const json = documentOf(['summarize', input, '--verbose', '--fail-on-unknown']) as SummaryDocument | null;
    if (json === null) continue;
    assertMatchesSchema('summary', json, `summarize ${input} --verbose`);
    validated++;
    const ids = json.calls.map((c) => c.correlationId);
    if (ids.length === 1 || input.startsWith(`${FIXTURES}hostile/`)) callsOf.set(input, ids);
  }
  assert.ok(validated >= 60, `${validated} of ${inputs.length} inputs`);
});

test('summarize on all the fixtures at once, with a window and gates: valid against the summary schema', () => {
  const args = ['summarize', ...INPUT_DIRS.map((d) => `${FIXTURES}${d}`), '--since', '2021-01-01', '--max-failed-calls', '1%', '--sort', 'id'];
  const json = documentOf(args) as SummaryDocument;
  assertMatchesSchema('summary', json, args.join(' '));
  assert.ok(json.calls.length > 50);
  assert.ok(json.input.skippedFiles > 0);
});

test('call --verbose on each call of the single-call fixtures and of the hostile ones: valid against the call schema', () => {
  if (callsOf.size === 0) assert.fail('the summarize test above finds the calls: run the whole file');
  let validated = 0;
  for (const [input, ids] of callsOf) {
    for (const id of ids) {
      // An argument cannot hold a NUL, and a hostile id holds control characters besides (escaped-ids.test.ts has ids
      // with a backslash or a quote asked for whole): such an id is asked for by what comes before either, a unique prefix.
      const json = documentOf(['call', id.split(/[\0\\]/)[0]!, input, '--verbose']) as CallDocument | null;
      assert.ok(json !== null, `call ${id} ${input}: no document`);
      assertMatchesSchema('call', json, `call ${id} ${input} --verbose`);
      assert.equal(json.correlationId, id);
      validated++;
    }
  }
  assert.ok(validated >= 50, `${validated} calls`);
});

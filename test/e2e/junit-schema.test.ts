import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SaxesParser } from 'saxes';
import { validateXML } from 'xmllint-wasm';
import { ROOT, runCli } from '../support/run-cli.js';

/**
 * The JUnit reports of `summarize` and `call`, on the samples (a poor call, one with failed legs, an unknown one, a
 * good one; with and without gates; listed in part) and on the hostile fixtures, validated as Jenkins' xunit plugin
 * validates a JUnit report (libxml2's XSD validation, as xmllint-wasm) against test/fixtures/junit/junit-consumers.xsd:
 * the constraints of the readers' schemas and documentation that header lists. Then what no schema says: that
 * each count is the number of testcases it counts, each testsuite's time the sum of its testcases', that no two testcases share a name (GitLab keeps the first), and
 * that each failure and skipped element has a message (Jenkins shows it) and text (GitLab shows only that).
 */
const SCHEMA = readFileSync(`${ROOT}test/fixtures/junit/junit-consumers.xsd`, 'utf8');
const HOSTILE = 'test/fixtures/hostile/';
const GATES = ['--fail-on-poor', '--fail-on-unknown'];
const STRICT_INVALID = 'test/fixtures/input/strict-invalid.jsonl';

const RUNS: Record<string, string[]> = {
  'summarize-samples': ['summarize', 'samples'],
  'summarize-samples-gates': ['summarize', 'samples', ...GATES, '--max-poor-calls', '10%', '--max-poor-streams', '100', '--max-failed-calls', '0'],
  'summarize-samples-listed-in-part': ['summarize', 'samples', '--only-poor', '--limit', '2', '--max-poor-calls', '1'],
  'summarize-samples-no-call': ['summarize', 'samples', '--since', '2030-01-01T00:00:00Z'],
  // A window: each testsuite's <properties> says it, before its testcases; a crossed gate's text too.
  'summarize-samples-window': ['summarize', 'samples', '--since', '2026-11-20T09:30:00Z', '--max-poor-calls', '0', '--fail-on-poor'],
  // One good call in the window, --only-poor: no call listed, and no gate.
  'summarize-samples-none-listed': ['summarize', 'samples', '--since', '2026-11-20T11:00:00Z', '--only-poor'],
  'call-poor': ['call', 'ad9b017d', 'samples', ...GATES],
  'call-failed-legs': ['call', 'a60ad5d9', 'samples', '--fail-on-poor'],
  'call-unknown': ['call', '959b96af', 'samples', ...GATES],
  'call-good': ['call', '341acde7', 'samples'],
  'call-good-gates': ['call', '341acde7', 'samples', ...GATES],
  'summarize-failed-leg-only': ['summarize', 'test/fixtures/input/failed-leg.jsonl', '--max-failed-calls', '0'],
  'call-failed-leg-only': ['call', 'eeeeeeee', 'test/fixtures/input/failed-leg.jsonl', '--fail-on-poor'],
  'summarize-hostile': ['summarize', `${HOSTILE}hostile.jsonl`, ...GATES],
  'call-hostile': ['call', 'hostile0', `${HOSTILE}hostile.jsonl`, '--fail-on-poor'],
  'summarize-not-xml-chars': ['summarize', `${HOSTILE}not-xml-chars.jsonl`, ...GATES],
  'call-not-xml-chars': ['call', 'notxml00', `${HOSTILE}not-xml-chars.jsonl`],
  'summarize-prototype-keys': ['summarize', `${HOSTILE}prototype-keys.jsonl`, ...GATES],
  'summarize-markdown-text': ['summarize', `${HOSTILE}markdown-text.jsonl`, ...GATES],
  'call-markdown-text': ['call', 'mdtext00', `${HOSTILE}markdown-text.jsonl`, ...GATES],
  // Ids and text holding GitLab's `[[ATTACHMENT|…]]`: a poor call, one of unknown quality with a stream of no packets, one with failed legs.
  'summarize-gitlab-attachment': ['summarize', `${HOSTILE}gitlab-attachment.jsonl`, ...GATES, '--max-failed-calls', '0'],
  'call-gitlab-attachment-poor': ['call', 'attach01', `${HOSTILE}gitlab-attachment.jsonl`],
  'call-gitlab-attachment-unknown': ['call', 'attach02', `${HOSTILE}gitlab-attachment.jsonl`],
  // 15 calls whose ids are 7 once cleaned (`ab` three times, two of only an invisible character), a poor `ab` after a good one.
  'summarize-ids-alike-once-cleaned': ['summarize', 'test/fixtures/input/ids-alike-once-cleaned.jsonl', '--sort', 'id'],
  // --strict: the input's testsuite, failed by the invalid records (exit 2), or passed.
  'summarize-strict-invalid': ['summarize', STRICT_INVALID, '--strict', ...GATES],
  'summarize-strict-clean': ['summarize', 'samples', '--strict'],
  'call-strict-invalid': ['call', 'd0000001', STRICT_INVALID, '--strict', ...GATES],
};

/** Every JUnit report, by name: stdout of each run (exit 0, or 1 when a gate is crossed; never a usage error but --strict's). */
const reports = Object.entries(RUNS).map(([name, args]) => {
  const { status, stdout, stderr } = runCli([...args, '--format', 'junit', '--quiet']);
  assert.ok(status === 0 || status === 1 || (status === 2 && name.endsWith('strict-invalid')), `${name}: exit ${status}: ${stderr}`);
  return { fileName: `${name}.xml`, contents: stdout };
});

async function validate(xml: Array<{ fileName: string; contents: string }>) {
  return validateXML({ xml, schema: [{ fileName: 'junit-consumers.xsd', contents: SCHEMA }] });
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** The element tree of a document (saxes, a strict XML parser). */
function tree(xml: string): Element {
  const parser = new SaxesParser();
  const open: Element[] = [];
  let root: Element | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    if (open.length === 0) root = element;
    else open.at(-1)!.children.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  assert.ok(root !== undefined);
  return root;
}

test('every JUnit report is valid against the readers’ schema', async () => {
  for (const { fileName, contents } of reports) assert.match(contents, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /, fileName);
  const result = await validate(reports);
  assert.deepEqual(result.errors.map((e) => e.rawMessage), []);
  assert.equal(result.valid, true, result.rawOutput);
});

test('the counts and times add up; no two testcases share a name; each failure and skipped has a message and text', () => {
  for (const { fileName, contents } of reports) {
    const root = tree(contents);
    const sums: { tests: number; failures: number; errors: number; time?: number } = { tests: 0, failures: 0, errors: 0 };
    const names = new Set<string>();
    for (const suite of root.children) {
      const cases = suite.children.filter((c) => c.name === 'testcase');
      const having = (outcome: string) => cases.filter((c) => c.children.some((o) => o.name === outcome)).length;
      const counted = { tests: cases.length, failures: having('failure'), errors: having('error'), skipped: having('skipped') };
      for (const [key, count] of Object.entries(counted)) assert.equal(suite.attributes[key], String(count), `${fileName} ${suite.attributes.name} ${key}`);
      // A testsuite's time is its testcases' summed (what GitLab and Azure DevOps add up themselves), or absent as theirs are.
      const times = cases.filter((c) => c.attributes.time !== undefined).map((c) => Math.round(Number(c.attributes.time) * 1000));
      const time = times.length === 0 ? undefined : times.reduce((a, b) => a + b, 0);
      assert.equal(suite.attributes.time === undefined ? undefined : Math.round(Number(suite.attributes.time) * 1000), time, `${fileName} ${suite.attributes.name} time`);
      if (time !== undefined) sums.time = (sums.time ?? 0) + time;
      sums.tests += counted.tests;
      sums.failures += counted.failures;
      sums.errors += counted.errors;
      for (const c of cases) {
        // GitLab shows a failure's or a skipped testcase's text, nothing else of it; Jenkins its message.
        for (const outcome of c.children.filter((o) => o.name !== 'system-out')) {
          assert.ok(outcome.text.trim() !== '' && outcome.attributes.message, `${fileName} ${c.attributes.name}: a ${outcome.name} with no text or message`);
        }
        assert.ok(c.attributes.name!.trim() !== '', `${fileName}: a testcase with no name`);
        const key = `${c.attributes.classname} ${c.attributes.name}`;
        assert.ok(!names.has(key), `${fileName}: two testcases ${key}`);
        names.add(key);
      }
    }
    const { time, ...counts } = sums;
    for (const [key, sum] of Object.entries(counts)) assert.equal(root.attributes[key], String(sum), `${fileName} testsuites ${key}`);
    assert.equal(root.attributes.time === undefined ? undefined : Math.round(Number(root.attributes.time) * 1000), time, `${fileName} testsuites time`);
  }
});

test('the reports hold what the runs were picked for: a failure, a skipped call, a gate failed, a leg failed in system-out', () => {
  const byName = Object.fromEntries(reports.map((r) => [r.fileName.replace(/\.xml$/, ''), r.contents]));
  assert.match(byName['call-poor']!, /<failure message="[^"]+" type="poor-call">/);
  assert.match(byName['call-unknown']!, /<skipped message="quality unknown: no CallDiagnostics">quality unknown: no CallDiagnostics\nleg 3b464a7c \(VoIP\): [^<]+<\/skipped>/);
  assert.match(byName['call-unknown']!, /<testcase name="fail-on-unknown" classname="gate">\n\s+<failure message="([^"]+)" type="gate">\1<\/failure>/);
  assert.match(byName['summarize-failed-leg-only']!, /<system-out>1 leg failed\nleg ep-a: failed 495\/4507<\/system-out>/);
  // A report that lists no call is never without a testcase (Jenkins' junit step fails the build on one): `calls`, skipped saying why.
  const skippedCalls = (said: string) => `<testcase name="calls" classname="selection">\n      <skipped message="${said}">${said}</skipped>\n    </testcase>`;
  const window = 'no call started in the window 2030-01-01 00:00:00 → … UTC (8 calls outside it); a --since/--until time without a zone is UTC';
  assert.match(byName['summarize-samples-no-call']!, /<testsuites name="acs-calllogs" tests="1" failures="0" errors="0">\n {2}<testsuite name="acs-calllogs call quality" tests="1" failures="0" errors="0" skipped="1">/);
  assert.ok(byName['summarize-samples-no-call']!.includes(skippedCalls(window)), byName['summarize-samples-no-call']);
  assert.ok(byName['summarize-samples-none-listed']!.includes(skippedCalls('no call listed (--only-poor): 1 call, none poor')), byName['summarize-samples-none-listed']);
  assert.match(byName['summarize-samples-listed-in-part']!, /tests="2" failures="2"/);
  for (const name of ['summarize-strict-invalid', 'call-strict-invalid']) {
    assert.match(byName[name]!, /<testcase name="strict" classname="input">\n\s+<failure message="(--strict: [^"]+)" type="invalid-input">\1<\/failure>/, name);
  }
  assert.match(byName['summarize-strict-clean']!, /<testcase name="strict" classname="input"\/>/);
});

test('a skipped testcase says under its reason every line of its system-out, which GitLab and Azure DevOps do not show of it', () => {
  let seen = 0;
  for (const { fileName, contents } of reports) {
    const suites = tree(contents).children;
    for (const c of suites.flatMap((suite) => suite.children.filter((t) => t.name === 'testcase'))) {
      const skipped = c.children.find((o) => o.name === 'skipped');
      const out = c.children.find((o) => o.name === 'system-out');
      if (skipped === undefined || out === undefined) continue;
      assert.equal(skipped.text, `${skipped.attributes.message}\n${out.text}`, `${fileName} ${c.attributes.name}`);
      seen++;
    }
  }
  // call's of samples (959b96af), summarize's and call's of gitlab-attachment.jsonl: not a check of nothing.
  assert.ok(seen >= 3, `${seen} skipped testcases with a system-out`);
});

test('no text from a log makes a link GitLab reads as an attachment, `[[ATTACHMENT|path]]`; it shows parted, an id escaped', () => {
  // GitLab's JUnit parser (lib/gitlab/ci/parsers/test/junit.rb, ATTACHMENT_TAG_REGEX), in any element: it reads the system-out's today.
  for (const { fileName, contents } of reports) assert.doesNotMatch(contents, /\[\[ATTACHMENT\|.+?\]\]/, fileName);
  const byName = Object.fromEntries(reports.map((r) => [r.fileName.replace(/\.xml$/, ''), r.contents]));
  const summary = byName['summarize-gitlab-attachment']!;
  // The calls' ids as every format names them (visible-id.ts), the legs' too; a media type, a result category, an
  // endpoint type and an operation name parted by a space, as `##vso[` is (one the log parted with a control character too).
  assert.match(summary, /<testcase name="\\u005b\[ATTACHMENT\|call\.png\]\]-0003" classname="Group" time="60">\n\s+<system-out>2 legs failed\nleg \\u005b\[ATTACHMENT\|p\.png\]\]-2: dropped 410\/3101\nleg \\u005b\[ATTACHMENT\|p\.png\]\]-1: failed 495\/4507<\/system-out>/);
  assert.match(summary, /^Group \\u005b\[ATTACHMENT\|call\.png\]\]-0003: media good, 2 legs failed$/m);
  assert.match(summary, /<system-out>leg \\u005b\[A: \[ \[ATTACHMENT\|media\.png\]\] inbound no packets/);
  const poor = byName['call-gitlab-attachment-poor']!;
  assert.match(poor, /<system-out>leg \\u005b\[ATTACHMENT\|leg\.png\]\]-a \(\[ \[ATTACHMENT\|type\.png\]\]\): joined \+0s, stayed 40s, ended 410\/3101 \[ \[ATTACHMENT\|joined\.png\]\]: /);
  assert.match(poor, /^leg \\u005b\[ATTACHMENT\|leg\.png\]\]-b: \[ \[ATTACHMENT\|op\.png\]\] Failed at \+5s/m);
  assert.match(byName['call-gitlab-attachment-unknown']!, /ended 0\/0 \[ \[ATTACHMENT\|category\.png\]\]: /);
});

test('the schema is not vacuous: it rejects what the readers do not take', async () => {
  const doc = (suites: string, rootAttributes = '') => `<?xml version="1.0"?>\n<testsuites${rootAttributes}>${suites}</testsuites>\n`;
  const suite = (cases: string, attributes = 'name="s" tests="1" failures="0" errors="0"') => `<testsuite ${attributes}>${cases}</testsuite>`;
  const bad: Record<string, string> = {
    'skipped-on-testsuites': doc(suite('<testcase name="a"/>'), ' skipped="0"'),
    'output-before-outcome': doc(suite('<testcase name="a"><system-out>x</system-out><failure message="m"/></testcase>')),
    'two-outcomes': doc(suite('<testcase name="a"><failure/><skipped/></testcase>')),
    'testcase-without-name': doc(suite('<testcase classname="c"/>')),
    'count-not-a-number': doc(suite('<testcase name="a"/>', 'name="s" tests="one" failures="0" errors="0"')),
    'testsuite-without-failures': doc(suite('<testcase name="a"/>', 'name="s" tests="1" errors="0"')),
    'time-not-seconds': doc(suite('<testcase name="a" time="1m"/>')),
    'unknown-attribute': doc(suite('<testcase name="a" duration="1"/>')),
    'testcase-after-output': doc(suite('<system-out>x</system-out><testcase name="a"/>')),
  };
  for (const [name, xml] of Object.entries(bad)) {
    const result = await validate([{ fileName: `${name}.xml`, contents: xml }]);
    assert.equal(result.valid, false, name);
  }
  const good = await validate([{ fileName: 'good.xml', contents: doc(suite('<testcase name="a" classname="c" time="0.5"><skipped message="m"/><system-out>x</system-out></testcase>')) }]);
  assert.equal(good.valid, true, good.rawOutput);
});

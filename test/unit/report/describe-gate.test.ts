import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { describeGate, gateSourceText } from '../../../src/report/describe-gate.js';
import { describeJudgedNothing, gateListLine } from '../../../src/report/gates-judged-nothing.js';
import { markdownChecks } from '../../../src/report/render-markdown.js';
import { evaluateCallGates, evaluateSummaryGates, type GateSource } from '../../../src/rules/gates.js';

const totals = { calls: 4, poorCalls: 1, unknownCalls: 0, streams: 8, poorStreams: 1, unknownStreams: 0, callsWithLegs: 4, failedCalls: 0, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 };
const CWD = join('/', 'work', 'app', 'tests');

function fromConfig(file: string, key = 'gates.maxPoorCalls'): GateSource {
  return { kind: 'config', file, key };
}

test('a gate result carries its source as resolved; a gate set in code is its own flag', () => {
  const source = fromConfig(join('/', 'work', 'app', 'acs-calllogs.config.json'));
  const [told] = evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'count', max: 0 } }, { 'max-poor-calls': source });
  assert.deepEqual(told!.source, source);
  const [own] = evaluateSummaryGates(totals, { maxFailedCalls: { kind: 'percent', max: 5 } });
  assert.deepEqual(own!.source, { kind: 'flag', flag: '--max-failed-calls' });
  const [call] = evaluateCallGates('poor', { failOnPoor: true }, { 'fail-on-poor': fromConfig('/x.json', 'gates.failOnPoor') });
  assert.deepEqual(call!.source, { kind: 'config', file: '/x.json', key: 'gates.failOnPoor' });
});

test('where a gate was set: the flag, or the key and the file, relative to the folder run in when under it, else whole', () => {
  assert.equal(gateSourceText({ kind: 'flag', flag: '--max-poor-calls' }, { cwd: CWD }), 'set by --max-poor-calls');
  assert.equal(gateSourceText(fromConfig(join(CWD, 'acs-calllogs.config.json')), { cwd: CWD }), 'set by gates.maxPoorCalls in acs-calllogs.config.json');
  assert.equal(gateSourceText(fromConfig(join(CWD, 'ci', 'gates.json')), { cwd: CWD }), `set by gates.maxPoorCalls in ${join('ci', 'gates.json')}`);
  // Found further up, the file a job's command line does not show: its whole path, not ../acs-calllogs.config.json.
  const above = join('/', 'work', 'app', 'acs-calllogs.config.json');
  assert.equal(gateSourceText(fromConfig(above), { cwd: CWD }), `set by gates.maxPoorCalls in ${above}`);
  // A folder whose name starts with two dots is under the folder, not above it.
  assert.equal(gateSourceText(fromConfig(join(CWD, '..ci', 'g.json')), { cwd: CWD }), `set by gates.maxPoorCalls in ${join('..ci', 'g.json')}`);
  // What a terminal or a CI runner would act on is escaped, as stderr names files.
  assert.equal(gateSourceText(fromConfig(join(CWD, 'a\u001b[31m', 'g.json')), { cwd: CWD }), `set by gates.maxPoorCalls in ${join('a\\u001b[31m', 'g.json')}`);
});

test('a gate line ends with where the gate was set; one that judged nothing says it before why', () => {
  const source = fromConfig(join('/', 'work', 'app', 'acs-calllogs.config.json'));
  const [crossed] = evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'count', max: 0 } }, { 'max-poor-calls': source });
  assert.equal(describeGate(crossed!, { cwd: CWD }), 'max-poor-calls crossed: 1 poor call > 0 allowed — over by 1 (set by gates.maxPoorCalls in /work/app/acs-calllogs.config.json)');
  const [passed] = evaluateSummaryGates({ ...totals, poorCalls: 0 }, { failOnPoor: true });
  assert.equal(gateListLine(passed!, [], { cwd: CWD }), '✅ fail-on-poor passed: 0 poor calls (none allowed; set by --fail-on-poor)');
  const nothing = { who: 'the gates', gates: ['max-poor-calls' as const], why: 'no call in the selection' };
  assert.equal(describeJudgedNothing(crossed!, nothing, { cwd: CWD }), 'max-poor-calls passed with nothing to judge (set by gates.maxPoorCalls in /work/app/acs-calllogs.config.json): no call in the selection');
});

test('the Markdown list names the config file as code, shown as written whatever it holds', () => {
  const [crossed] = evaluateSummaryGates(totals, { maxPoorCalls: { kind: 'count', max: 0 } }, { 'max-poor-calls': fromConfig(join(process.cwd(), 'ci_*x*', 'acs-calllogs.config.json')) });
  assert.deepEqual(markdownChecks([crossed!], [], null), [`- ❌ max-poor-calls crossed: 1 poor call > 0 allowed — over by 1 (set by gates.maxPoorCalls in \`${join('ci_*x*', 'acs-calllogs.config.json')}\`)`]);
});

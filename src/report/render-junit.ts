import { createRequire } from 'node:module';
import type * as XmlBuilder from 'xmlbuilder2';
import { describeGate } from './describe-gate.js';
import { describeIssueLong, issueLeg } from './describe-issue.js';
import { plural } from './format-values.js';
import type { SummaryDocument } from './summary-document.js';
import { safeText } from './terminal-text.js';

/**
 * JUnit XML as Jenkins, GitLab and Azure DevOps read it: a testsuite per run with a testcase per call
 * (name: the correlation id, classname: the call type); a poor call is a failure listing its issues,
 * an unknown call is skipped. Gates that are set get a testsuite of their own, a testcase each.
 */
export function renderJunit(doc: SummaryDocument): string {
  // Loaded when used: xmlbuilder2 takes ~100 ms to load, a cost every other format would pay at start-up.
  const { create } = createRequire(import.meta.url)('xmlbuilder2') as typeof XmlBuilder;
  const t = doc.totals;
  const gateFailures = doc.gates.filter((g) => g.crossed).length;
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: 'acs-calllogs',
    tests: t.calls + doc.gates.length,
    failures: t.poorCalls + gateFailures,
    errors: 0,
    skipped: t.unknownCalls,
  });
  const suite = root.ele('testsuite', { name: 'acs-calllogs call quality', tests: t.calls, failures: t.poorCalls, errors: 0, skipped: t.unknownCalls });
  for (const call of doc.calls) {
    const testcase = suite.ele('testcase', { name: safeText(call.correlationId), classname: safeText(call.callType ?? 'unknown') });
    if (call.quality === 'poor') {
      const lines = call.issues.map((i) => safeText(`${issueLeg(i)}: ${describeIssueLong(i)}`));
      const message = `${plural(call.poorStreams, 'poor stream')}: ${call.issues.map((i) => safeText(`${i.mediaType} ${i.metric} ${i.value} (limit ${i.threshold})`)).join('; ')}`;
      testcase.ele('failure', { message, type: 'poor-call' }).txt(lines.join('\n'));
    } else if (call.quality === 'unknown') {
      testcase.ele('skipped', { message: 'quality unknown: no CallDiagnostics records' });
    }
  }
  if (doc.gates.length > 0) {
    const gates = root.ele('testsuite', { name: 'acs-calllogs gates', tests: doc.gates.length, failures: gateFailures, errors: 0, skipped: 0 });
    for (const gate of doc.gates) {
      const testcase = gates.ele('testcase', { name: gate.gate, classname: 'gate' });
      if (gate.crossed) testcase.ele('failure', { message: describeGate(gate), type: 'gate' });
    }
  }
  return `${root.end({ prettyPrint: true })}\n`;
}

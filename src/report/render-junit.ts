import { createRequire } from 'node:module';
import type * as XmlBuilder from 'xmlbuilder2';
import { describeGate } from './describe-gate.js';
import { describeIssueLong, legNamesOf } from './describe-issue.js';
import { plural } from './format-values.js';
import type { SummaryDocument } from './summary-document.js';
import { safeText } from './terminal-text.js';

/**
 * What XML 1.0 allows no document to hold (its Char production): C0 controls but tab and line breaks, a surrogate
 * not in a pair, U+FFFE and U+FFFF. xmlbuilder2's callback builder writes text as given, and a JUnit reader
 * (Jenkins, GitLab, Azure DevOps) rejects the whole report as not well-formed; so each becomes U+FFFD.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text from logs as a JUnit attribute or text: no terminal control (safeText), and only characters XML allows. */
export function xmlText(value: string): string {
  return safeText(value).replace(NOT_XML_CHAR, '\uFFFD');
}

/**
 * JUnit XML as Jenkins, GitLab and Azure DevOps read it: a testsuite per run with a testcase per call listed
 * (name: the correlation id, classname: the call type); a poor call is a failure listing its issues,
 * an unknown call is skipped. Gates that are set get a testsuite of their own, a testcase each.
 *
 * Written as it is built (xmlbuilder2's callback builder, no document tree), in pieces of a call at a time: a
 * tree of 23,810 testcases took summarize's peak from ~280 to ~340 MB on `npm run bench`'s export.
 */
export function* renderJunit(doc: SummaryDocument): Generator<string> {
  // Loaded when used: xmlbuilder2 takes ~100 ms to load, a cost every other format would pay at start-up.
  const { createCB } = createRequire(import.meta.url)('xmlbuilder2') as typeof XmlBuilder;
  let pieces: string[] = [];
  const xml = createCB({ data: (chunk: string) => pieces.push(chunk), prettyPrint: true });
  const written = () => {
    const text = pieces.join('');
    pieces = [];
    return text;
  };
  // The counts are of the testcases written: --only-poor and --limit list fewer calls than the totals count, and a
  // reader that trusts the attributes (GitLab, Azure DevOps) must agree with one that counts the testcases.
  const listed = doc.calls;
  const poor = listed.filter((c) => c.quality === 'poor').length;
  const unknown = listed.filter((c) => c.quality === 'unknown').length;
  const gateFailures = doc.gates.filter((g) => g.crossed).length;
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  // No `skipped` on <testsuites>: the JUnit schema Jenkins validates against (junit-10.xsd) allows it on <testsuite> only.
  xml.ele('testsuites', { name: 'acs-calllogs', tests: listed.length + doc.gates.length, failures: poor + gateFailures, errors: 0 });
  xml.ele('testsuite', { name: 'acs-calllogs call quality', tests: listed.length, failures: poor, errors: 0, skipped: unknown });
  for (const call of doc.calls) {
    xml.ele('testcase', { name: xmlText(call.correlationId), classname: xmlText(call.callType ?? 'unknown') });
    if (call.quality === 'poor') {
      const legs = legNamesOf(call);
      const lines = call.issues.map((i) => xmlText(`${legs.issue(i)}: ${describeIssueLong(i)}`));
      const message = `${plural(call.poorStreams, 'poor stream')}: ${call.issues.map((i) => xmlText(`${i.mediaType} ${i.metric} ${i.value} (limit ${i.threshold})`)).join('; ')}`;
      xml.ele('failure', { message, type: 'poor-call' }).txt(lines.join('\n')).up();
    } else if (call.quality === 'unknown') {
      xml.ele('skipped', { message: 'quality unknown: no CallDiagnostics records' }).up();
    }
    xml.up();
    yield written();
  }
  xml.up();
  if (doc.gates.length > 0) {
    xml.ele('testsuite', { name: 'acs-calllogs gates', tests: doc.gates.length, failures: gateFailures, errors: 0, skipped: 0 });
    for (const gate of doc.gates) {
      xml.ele('testcase', { name: gate.gate, classname: 'gate' });
      if (gate.crossed) xml.ele('failure', { message: describeGate(gate), type: 'gate' }).up();
      xml.up();
    }
    xml.up();
  }
  xml.up().end();
  yield `${written()}\n`;
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeData, escapeProperty, MAX_ANNOTATIONS, MAX_MESSAGE, MAX_TITLE, renderGithub } from '../../../src/report/render-github.js';
import { renderJunit, xmlText } from '../../../src/report/render-junit.js';
import { escapeMarkdown, markdownCode } from '../../../src/report/markdown-text.js';
import { renderMarkdown } from '../../../src/report/render-markdown.js';
import { renderNdjson } from '../../../src/report/render-ndjson.js';
import { CALLS_A_PIECE, renderJson } from '../../../src/report/render-json.js';
import { jsonText } from '../../../src/report/json-text.js';
import { inRuns } from '../../../src/report/report-text.js';
import { wholeText } from '../../support/whole-text.js';
import type { CallJson, SummaryDocument } from '../../../src/report/summary-document.js';
import { shortId, shortIdentifier } from '../../../src/report/terminal-text.js';
import { safeText } from '../../../src/schema/visible-text.js';

function poorCall(i: number): CallJson {
  return {
    correlationId: `0000000${i}-0000-0000-0000-${String(i).padStart(12, '0')}`,
    callType: 'Group',
    startTime: '2026-11-20T09:00:00.000Z',
    durationSeconds: 60,
    participants: 2,
    streams: 4,
    poorStreams: 1,
    unknownStreams: 0,
    unknownStreamsWithMetrics: 0,
    quality: 'poor',
    issues: [{ metric: 'roundTripTimeAvg', value: 612, threshold: 500, mediaType: 'Audio', participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', streamId: '1', direction: null }],
    failedLegs: [],
    streamsWithoutPackets: 0,
    zeroPacketStreams: [],
  };
}

function doc(calls: CallJson[]): SummaryDocument {
  const poor = calls.filter((c) => c.quality === 'poor').length;
  const unknown = calls.filter((c) => c.quality === 'unknown').length;
  return {
    schemaVersion: 1,
    thresholds: {},
    input: { files: 1, read: 10, records: 10, used: 10, copies: 0, invalid: 0, duplicates: 0, superseded: 0, ignored: 0, skippedFiles: 0, timesNotRead: 0, numbersNotRead: 0, undecidedDates: [], localTimes: [], shapes: {}, byCategory: {} },
    totals: { calls: calls.length, poorCalls: poor, unknownCalls: unknown, streams: 4 * calls.length, poorStreams: poor, unknownStreams: 0, callsWithLegs: calls.length, failedCalls: calls.filter((c) => c.failedLegs.length > 0).length, streamsWithoutPackets: 0, callsWithStreamsWithoutPackets: 0 },
    gates: [{ gate: 'max-poor-calls', crossed: true, actual: poor, limit: 0, unit: 'count', count: poor, of: calls.length, source: { kind: 'flag', flag: '--max-poor-calls' }, nothingToJudge: null }],
    calls,
  };
}

test('control characters from logs never reach a terminal', () => {
  assert.equal(safeText('ok\u001b[31mred\u0007\u009b2J\u202eevil\ttab\nline'), 'okredevil tab line');
  // Whole sequences go, not just their ESC: a retitle, an OSC 8 hyperlink (its text stays), a screen clear, C1 forms.
  assert.equal(safeText('a\u001b]0;owned\u0007b'), 'ab');
  assert.equal(safeText('one\u2028two\u2029three'), 'one two three');
  assert.equal(safeText('a\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\b'), 'aclickb');
  assert.equal(safeText('x\u001b[2J\u001b[1;1Hy\u001b7z'), 'xyz');
  assert.equal(safeText('p\u009d0;t\u009cq\u001bPdcs\u001b\\r'), 'pqr');
  assert.equal(safeText('cut\u001b]0;no terminator'), 'cut');
  // What shows as nothing goes too (zero-width space, word joiner, a BOM within text, tag characters); joiners stay.
  assert.equal(safeText('a\u200bb\u2060c\ufeffd\u{e0041}\u{e007f}e\u180ef\u200d\u200cg'), 'abcdef\u200d\u200cg');
  // Every default-ignorable that shows as nothing, and the Hangul fillers that render blank: two ids that look alike
  // must not differ by one of them. Variation selectors stay with the joiners (emoji need them).
  assert.equal(safeText('a\u00adb\u034fc\u115f\u1160d\u17b4\u17b5e\u180bf\u206ag\u3164h\uffa0i\u{1bca0}j\u{1d173}k'), 'abcdefghijk');
  assert.equal(safeText('\u2764\ufe0f\u{1F468}\u200d\u{1F469}'), '\u2764\ufe0f\u{1F468}\u200d\u{1F469}');
});

test('ids are cut after they are made safe, by code points: never half a surrogate pair (U+FFFD), never short of visible characters', () => {
  assert.equal(shortId('abc\u200bdefgh\u{1F600}ij', 8), 'abcdefgh');
  assert.equal(shortId('abcdefg\u{1F600}xyz', 8), 'abcdefg\u{1F600}');
  assert.equal(shortIdentifier('acs:resource_0000\u{e0041}\u{1F600}1234567', 8), '…\u{1F600}1234567');
});

test('JSON stays exact and shows nothing invisible: such characters are \\u escapes, a tag character two', () => {
  const value = { id: 'a\u200bb\u2060c\ufeffd\u{e0041}e\u200df\u202e\u2028' };
  const text = jsonText(value);
  assert.equal(text, '{"id":"a\\u200bb\\u2060c\\ufeffd\\udb40\\udc41e\u200df\\u202e\\u2028"}');
  assert.deepEqual(JSON.parse(text), value);
  // ASCII but for DEL, and ASCII with nothing to escape (the usual report, which skips the search).
  assert.equal(jsonText({ id: 'a\u007fb' }), '{"id":"a\\u007fb"}');
  assert.equal(jsonText({ id: 'plain ascii ~' }), '{"id":"plain ascii ~"}');
});

test('junit: a call of unknown quality says its failed legs in its <skipped>, which GitLab and Azure DevOps show of a skipped testcase, not only in its system-out', () => {
  // A call whose leg dropped before any media was measured: CallSummary logged, no metric read.
  const dropped = { participantId: 'p1', endpointId: null, code: 410, subCode: 3101, resultCategory: 'UnexpectedClientError', dropped: true };
  const unknown: CallJson = { ...poorCall(2), quality: 'unknown', issues: [], poorStreams: 0, failedLegs: [dropped] };
  const xml = [...renderJunit(doc([unknown]))].join('');
  const skipped = /<skipped message="([^"]*)">([^<]*)<\/skipped>/.exec(xml);
  assert.ok(skipped, xml);
  // GitLab (lib/gitlab/ci/parsers/test/junit.rb) shows of a skipped testcase its <skipped>'s text alone; Azure DevOps
  // (JunitResultReader.cs) its message alone: each says the leg failed.
  assert.equal(skipped[1], 'quality unknown: no metric read; 1 leg failed');
  assert.match(skipped[2]!, /^quality unknown: no metric read; 1 leg failed\n1 leg failed\nleg p1: dropped 410\/3101/);
  // Jenkins shows the system-out, which still has them.
  assert.match(xml, /<system-out>1 leg failed\nleg p1: dropped 410\/3101/);
  // Without a failed leg, the reason alone, as before.
  const plain = [...renderJunit(doc([{ ...unknown, failedLegs: [] }]))].join('');
  assert.match(plain, /<skipped message="quality unknown: no metric read">quality unknown: no metric read<\/skipped>/);
});

test('junit: a testcase per call, poor is a failure listing its issues, unknown is skipped, gates are testcases', () => {
  // No duration logged (no CallSummary yet): no time. One of legs' span, not whole seconds: to the millisecond.
  const unknown: CallJson = { ...poorCall(2), quality: 'unknown', issues: [], poorStreams: 0, callType: null, durationSeconds: null };
  const good: CallJson = { ...poorCall(3), quality: 'good', issues: [], poorStreams: 0, callType: 'P2P', durationSeconds: 12.3456 };
  const xml = [...renderJunit(doc([poorCall(1), unknown, good]))].join('');
  // The calls' durations summed (60 s and 12.346 s), on the testsuite and on <testsuites>, whose other suite has no time.
  assert.match(xml, /<testsuites name="acs-calllogs" tests="4" failures="2" errors="0" time="72.346">/);
  assert.match(xml, /<testsuite name="acs-calllogs call quality" tests="3" failures="1" errors="0" skipped="1" time="72.346" timestamp="2026-11-20T09:00:00">/);
  assert.match(xml, /<testsuite name="acs-calllogs gates" tests="1" failures="1" errors="0" skipped="0" timestamp="2026-11-20T09:00:00">/);
  assert.match(xml, /<testcase name="00000001-0000-0000-0000-000000000001" classname="Group" time="60">\s*<failure message="1 issue: leg p1: Audio round-trip time 612 ms &gt; 500 ms — delay makes people talk over each other" type="poor-call">leg p1: Audio round-trip time 612 ms &gt; 500 ms/);
  // No call type is said as such: not "unknown", which beside a verdict reads as unknown quality.
  assert.match(xml, /<testcase name="00000002-0000-0000-0000-000000000002" classname="no call type">\s*<skipped message="quality unknown/);
  const untypedGood = [...renderJunit(doc([{ ...good, callType: null }]))].join('');
  assert.match(untypedGood, /<testcase name="00000003-0000-0000-0000-000000000003" classname="no call type" time="12.346"\/>/);
  assert.doesNotMatch(xml + untypedGood, /classname="unknown"/);
  assert.match(xml, /<testcase name="00000003-0000-0000-0000-000000000003" classname="P2P" time="12.346"\/>/);
  // No call's duration logged: no time anywhere, rather than a time of 0.
  assert.doesNotMatch([...renderJunit(doc([unknown]))].join(''), / time=/);
  assert.match(xml, /<testcase name="max-poor-calls" classname="gate">\s*<failure/);
});

test('junit system-out: the streams with no packets, then the streams not judged, in the order of the table and the Markdown', () => {
  const stream = { mediaType: 'Audio', participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', streamId: '2', direction: 'inbound' as const };
  const call: CallJson = { ...poorCall(4), quality: 'good', issues: [], poorStreams: 0, unknownStreams: 1, streamsWithoutPackets: 1, zeroPacketStreams: [stream] };
  const xml = [...renderJunit(doc([call]))].join('');
  assert.match(xml, /<system-out>leg p1: Audio inbound no packets \(media may not have flowed\)\n1 stream: no metric read<\/system-out>/);
});

test('junit holds only characters XML allows: lone surrogates, U+FFFE and U+FFFF become U+FFFD (in a name, \\u escapes), pairs stay', () => {
  assert.equal(xmlText('a\uFFFEb\uFFFFc\uD800d\uDFFFe\uD83D\uDE00f\u0001g\tline\nbreak'), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uD83D\uDE00fg line break');
  const call: CallJson = { ...poorCall(1), correlationId: 'id\uFFFF\uD800', callType: 'Group\uFFFE' };
  call.issues = [{ ...call.issues[0]!, mediaType: 'Audio\uDC00', participantId: 'p\uFFFF' }];
  const xml = [...renderJunit(doc([call]))].join('');
  assert.doesNotMatch(xml, /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  // The id is the testcase's name: what XML does not allow is written as its escapes, not U+FFFD, so that it stays its own.
  assert.match(xml, /<testcase name="id\\uffff\\ud800" classname="Group\uFFFD" time="60">/);
  assert.match(xml, /message="1 issue: leg p\\uffff: Audio\uFFFD round-trip time 612 ms/);
});

test('junit: no log text makes a link GitLab reads as an attachment: the `[[` of `[[ATTACHMENT|` is parted, after what hides is removed', () => {
  // GitLab's JUnit parser (lib/gitlab/ci/parsers/test/junit.rb): /\[\[ATTACHMENT\|(?<path>.+?)\]\]/, case as written.
  assert.equal(xmlText('ended [[ATTACHMENT|x.png]]'), 'ended [ [ATTACHMENT|x.png]]');
  assert.equal(xmlText('[\u0001[ATTACHMENT|x]] [\u200b[ATTACHMENT|y]] [[[ATTACHMENT|z]]'), '[ [ATTACHMENT|x]] [ [ATTACHMENT|y]] [[ [ATTACHMENT|z]]');
  assert.equal(xmlText('[[attachment|x]] [[ATTACHMENT x]] [[b]]'), '[[attachment|x]] [[ATTACHMENT x]] [[b]]');
  const call: CallJson = { ...poorCall(1), correlationId: '[[ATTACHMENT|id.png]]', callType: '[[ATTACHMENT|type.png]]' };
  call.issues = [{ ...call.issues[0]!, mediaType: '[[ATTACHMENT|media.png]]', participantId: '[[ATTACHMENT|p.png]]' }];
  const xml = [...renderJunit(doc([call]))].join('');
  assert.doesNotMatch(xml, /\[\[ATTACHMENT\|/);
  // The id is named as in every format (visible-id.ts: its `[` escaped, so that it reads back); other text parted by a space.
  assert.match(xml, /<testcase name="\\u005b\[ATTACHMENT\|id\.png\]\]" classname="\[ \[ATTACHMENT\|type\.png\]\]"/);
  assert.match(xml, /leg \\u005b\[A: \[ \[ATTACHMENT\|media\.png\]\] round-trip time/);
});

test('junit: a poor call\'s failure message names its dropped and failed legs first, three findings at most, each cut, then how many more; its text lists all', () => {
  const call = poorCall(1);
  const issue = call.issues[0]!;
  const leg = (participantId: string, dropped: boolean) => ({ participantId, endpointId: null, code: dropped ? 410 : 495, subCode: dropped ? 3101 : 4507, resultCategory: 'UnexpectedClientError', dropped });
  // A media type logged 5000 characters long: the message keeps 200 of it; the text keeps it whole.
  call.issues = [{ ...issue, mediaType: `Audio${'x'.repeat(5000)}` }, ...Array.from({ length: 40 }, (_, i) => ({ ...issue, participantId: `p${i + 2}` }))];
  call.poorStreams = call.issues.length;
  call.failedLegs = [leg('f1', false), leg('d1', true)];
  const xml = [...renderJunit(doc([call]))].join('');
  const message = /<failure message="([^"]*)" type="poor-call">([^<]*)<\/failure>/.exec(xml);
  assert.ok(message !== null, xml.slice(0, 2000));
  const [, said, text] = message;
  assert.match(said!, /^43 issues: leg d1: dropped 410\/3101; leg f1: failed 495\/4507; leg p1: Audiox{187}…; and 40 more$/);
  assert.ok(said!.length < 400, `${said!.length} characters`);
  const lines = text!.split('\n');
  assert.equal(lines.length, 43);
  assert.deepEqual(lines.slice(0, 2), ['leg d1: dropped 410/3101', 'leg f1: failed 495/4507']);
  assert.ok(lines[2]!.includes('x'.repeat(5000)), 'the text keeps the finding whole');
});

test('junit is written a call at a time, never as one tree: the first piece holds the first call only', () => {
  const calls = Array.from({ length: 5 }, (_, i) => poorCall(i + 1));
  const pieces = [...renderJunit(doc(calls))];
  assert.equal(pieces.length, calls.length + 1);
  assert.match(pieces[0]!, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  assert.equal(pieces[0]!.match(/<testcase /g)?.length, 1);
  assert.match(pieces.at(-1)!, /<\/testsuites>\n$/);
});

test('github: escaped workflow commands, at most ten errors, the gate crossed first, and a pointer to the rest', () => {
  assert.equal(escapeData('50%\r\nnext'), '50%25%0D%0Anext');
  assert.equal(escapeProperty('a:b,c'), 'a%3Ab%2Cc');
  const out = renderGithub(doc(Array.from({ length: 12 }, (_, i) => poorCall(i)))).trimEnd().split('\n');
  assert.equal(out.filter((l) => l.startsWith('::error ')).length, MAX_ANNOTATIONS);
  // GitHub shows a step's first ten errors: the gate's is one of them, and the poor calls take the rest.
  assert.equal(out[0], '::error title=Gate max-poor-calls crossed::max-poor-calls crossed: 12 poor calls > 0 allowed — over by 12 (set by --max-poor-calls)');
  assert.equal(out.filter((l) => l.startsWith('::error title=Poor call ')).length, MAX_ANNOTATIONS - 1);
  assert.match(out[MAX_ANNOTATIONS]!, /^::warning title=More poor calls::3 more poor calls/);
  assert.ok(out.every((l) => l.startsWith('::')), 'every line is a workflow command (newlines escaped)');
  // Without the gate, ten poor calls.
  const ungated = renderGithub({ ...doc(Array.from({ length: 12 }, (_, i) => poorCall(i))), gates: [] }).trimEnd().split('\n');
  assert.equal(ungated.filter((l) => l.startsWith('::error title=Poor call ')).length, MAX_ANNOTATIONS);
  assert.match(ungated[MAX_ANNOTATIONS]!, /^::warning title=More poor calls::2 more poor calls/);
});

test('github: the failed-leg warnings of calls whose media was fine take nothing from the count of poor calls not annotated', () => {
  const failedLeg = { participantId: 'p9', endpointId: 'e9', code: 410, subCode: 3101, resultCategory: 'UnexpectedClientError', dropped: true };
  const fine = (i: number): CallJson => ({ ...poorCall(100 + i), quality: 'good', poorStreams: 0, issues: [], failedLegs: [failedLeg] });
  const calls = [...Array.from({ length: 12 }, (_, i) => poorCall(i)), ...Array.from({ length: 13 }, (_, i) => fine(i))];
  const out = renderGithub(doc(calls)).trimEnd().split('\n');
  assert.equal(out.filter((l) => l.startsWith('::error ')).length, MAX_ANNOTATIONS);
  // Ten warnings in all: the two pointers take two of them.
  assert.equal(out.filter((l) => l.startsWith('::warning title=Failed leg in call ')).length, MAX_ANNOTATIONS - 2);
  // 9 poor calls annotated, beside the gate crossed.
  assert.ok(out.some((l) => /^::warning title=More poor calls::3 more poor calls/.test(l)), out.join('\n'));
  assert.ok(out.some((l) => /^::warning title=More failed legs::5 more calls with a failed leg not annotated/.test(l)), out.join('\n'));
});

test('github: at most ten warnings, pointers included, the calls a crossed gate is about first', () => {
  const failedLeg = { participantId: 'p9', endpointId: 'e9', code: 410, subCode: 3101, resultCategory: 'UnexpectedClientError', dropped: true };
  const fine = (i: number): CallJson => ({ ...poorCall(100 + i), quality: 'good', poorStreams: 0, issues: [], failedLegs: [failedLeg] });
  const unknown = (i: number): CallJson => ({ ...poorCall(200 + i), quality: 'unknown', poorStreams: 0, unknownStreams: 4, issues: [] });
  const warnings = (d: SummaryDocument): string[] => renderGithub(d).trimEnd().split('\n').filter((l) => l.startsWith('::warning '));
  const gate = (name: string, count: number): SummaryDocument['gates'][number] =>
    ({ gate: name, crossed: true, actual: count, limit: 0, unit: 'count', count, of: 30, source: { kind: 'flag', flag: `--${name}` } }) as SummaryDocument['gates'][number];
  const calls = [...Array.from({ length: 12 }, (_, i) => fine(i)), ...Array.from({ length: 12 }, (_, i) => unknown(i))];
  // Only --fail-on-unknown crossed: the unknown calls first, then what is left for the failed legs; both pointers.
  const onUnknown = warnings({ ...doc(calls), gates: [gate('fail-on-unknown', 12)] });
  assert.equal(onUnknown.length, MAX_ANNOTATIONS, onUnknown.join('\n'));
  assert.equal(onUnknown.filter((l) => l.startsWith('::warning title=Unknown quality in call ')).length, MAX_ANNOTATIONS - 2);
  assert.equal(onUnknown.filter((l) => l.startsWith('::warning title=Failed leg in call ')).length, 0);
  assert.match(onUnknown.join('\n'), /^::warning title=More failed legs::12 more calls with a failed leg not annotated/m);
  assert.match(onUnknown.join('\n'), /^::warning title=More calls of unknown quality::4 more calls of unknown quality not annotated/m);
  // --max-failed-calls crossed too: the failed legs first.
  const onFailed = warnings({ ...doc(calls), gates: [gate('max-failed-calls', 12), gate('fail-on-unknown', 12)] });
  assert.equal(onFailed.length, MAX_ANNOTATIONS, onFailed.join('\n'));
  assert.equal(onFailed.filter((l) => l.startsWith('::warning title=Failed leg in call ')).length, MAX_ANNOTATIONS - 2);
  assert.match(onFailed.join('\n'), /^::warning title=More failed legs::4 more /m);
  assert.match(onFailed.join('\n'), /^::warning title=More calls of unknown quality::12 more /m);
  // With poor calls past the errors too: three pointers, seven calls.
  const withPoor = warnings({ ...doc([...Array.from({ length: 12 }, (_, i) => poorCall(i)), ...calls]), gates: [gate('max-failed-calls', 12), gate('fail-on-unknown', 12)] });
  assert.equal(withPoor.length, MAX_ANNOTATIONS, withPoor.join('\n'));
  assert.equal(withPoor.filter((l) => l.startsWith('::warning title=More ')).length, 3);
  // Room enough: every call, no pointer.
  const few = warnings({ ...doc([fine(0), fine(1), unknown(0)]), gates: [gate('fail-on-unknown', 1)] });
  assert.equal(few.length, 3);
  assert.ok(few.every((l) => !l.startsWith('::warning title=More ')), few.join('\n'));
});

test('github: calls left out of the listing (--limit, --only-poor) are counted from the totals, failed legs and unknown calls too', () => {
  const listed = Array.from({ length: 5 }, (_, i) => poorCall(i));
  const d = { ...doc(listed), gates: [{ gate: 'fail-on-unknown', crossed: true, actual: 4, limit: 0, unit: 'count', count: 4, of: 30, source: { kind: 'flag', flag: '--fail-on-unknown' } }] } as SummaryDocument;
  d.totals = { ...d.totals, calls: 30, poorCalls: 15, unknownCalls: 4, failedCalls: 12 };
  const out = renderGithub(d);
  assert.match(out, /^::warning title=More poor calls::10 more poor calls not annotated/m);
  assert.match(out, /^::warning title=More failed legs::12 more calls with a failed leg not annotated/m);
  assert.match(out, /^::warning title=More calls of unknown quality::4 more calls of unknown quality not annotated/m);
});

test('github: a message whose first line runs past what GitHub keeps (a call type of 5000 characters) is cut to fit, with an ellipsis, never half a surrogate pair', () => {
  const long = { ...poorCall(1), callType: `${'x'.repeat(3934)}\u{1F600}${'y'.repeat(1000)}` };
  const error = renderGithub(doc([long])).split('\n').find((l) => l.startsWith('::error title=Poor call '))!;
  const message = error.slice(error.indexOf('::', 2) + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  assert.ok(message.length <= MAX_MESSAGE, `${message.length} characters`);
  const [first, ...rest] = message.split('\n');
  assert.match(first!, /^x{3900,}\u{1F600}?…$/u);
  assert.deepEqual(rest, ['… and 1 more: GitHub keeps 4096 characters of an annotation; see --format markdown or json for all 1']);
  assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(message), 'no lone high surrogate');
});

test('github: a title of a long or hostile id is cut to MAX_TITLE, never half a surrogate pair, one property however it is written; the message names the id whole', () => {
  // Every character a property escapes, in an id far longer than a correlation id; an emoji astride the cut.
  const id = `${'a:b,c%d\r\n'.repeat(8)}\u{1F600}${'x'.repeat(300)}`;
  const poor = { ...poorCall(1), correlationId: id };
  const failed = { ...poorCall(2), quality: 'good' as const, issues: [], poorStreams: 0, correlationId: `${id}2`, failedLegs: [{ participantId: 'p1', endpointId: null, code: 410, subCode: 3101, resultCategory: 'UnexpectedClientError', dropped: true }] };
  const unknown = { ...poorCall(3), quality: 'unknown' as const, issues: [], poorStreams: 0, correlationId: `${id}3` };
  const d = doc([poor, failed, unknown]);
  d.gates.push({ gate: 'fail-on-unknown', crossed: true, actual: 1, limit: 0, unit: 'count', count: 1, of: 3, source: { kind: 'flag', flag: '--fail-on-unknown' }, nothingToJudge: null });
  const lines = renderGithub(d).trimEnd().split('\n');
  // As the runner reads a command (actions/runner, ActionCommand.TryParseV2): the properties up to the second `::`,
  // split at `,`, each at its first `=`, then unescaped (%0D, %0A, %3A, %2C, then %25).
  const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const titles = lines.map((line) => {
    const end = line.indexOf('::', 2);
    const properties = line.slice(line.indexOf(' ') + 1, end).split(',');
    assert.equal(properties.length, 1, line.slice(0, 200));
    assert.match(properties[0]!, /^title=/);
    return { title: unescape(properties[0]!.slice('title='.length)), message: line.slice(end + 2) };
  });
  const byId = titles.filter((t) => /^(Poor call|Failed leg in call|Unknown quality in call) /.test(t.title));
  assert.equal(byId.length, 3, lines.join('\n').slice(0, 2000));
  // The id as the annotations write it (visible-id.ts: CR and LF as \u escapes): whole in each message's first line.
  const shown = id.replace(/\r/g, '\\u000d').replace(/\n/g, '\\u000a');
  for (const { title, message } of byId) {
    assert.ok(title.length <= MAX_TITLE, `${title.length} units: ${title}`);
    assert.ok(title.endsWith('…'), title);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(title), 'no lone high surrogate');
    assert.ok(shown.startsWith(title.slice(title.indexOf(' call ') + ' call '.length, -1)), title);
    assert.ok(unescape(message).split('\n')[0]!.includes(shown), message.slice(0, 300));
  }
  // A title that fits, as every correlation id's does, is left whole.
  assert.ok(titles.some((t) => t.title === 'Gate fail-on-unknown crossed'));
  assert.match(renderGithub(doc([poorCall(1)])), /^::error title=Poor call 00000001-0000-0000-0000-000000000001::/m);
});

test('github: no annotation runs past what GitHub keeps, a gate\'s or the notice\'s either (gates set in a config file of a long path)', () => {
  // A path as long as Linux allows (PATH_MAX, 4096 bytes), a % in each of its folders (escaped as %25 in a command).
  const file = `/ci/${'deep%/'.repeat(680)}acs-calllogs.config.json`;
  const d = doc([poorCall(1)]);
  d.gates = (['max-poor-calls', 'max-poor-streams', 'max-failed-calls'] as const).map((gate) => ({ ...d.gates[0]!, gate, source: { kind: 'config', file, key: `gates.${gate}` } }));
  d.selection = { since: '2026-11-20T09:00:00.000Z', until: null, callsOutside: 3, callsWithoutStartTime: 0, callsWithoutStartTimePoor: 0, callsWithoutStartTimeUnknown: 0 };
  const lines = renderGithub(d).trimEnd().split('\n');
  assert.ok(lines.every((l) => l.startsWith('::')), 'every line is a workflow command (newlines escaped)');
  // The message as the runner reads it: after the second `::`, unescaped (actions/runner's ActionCommand).
  const messages = lines.map((l) => l.slice(l.indexOf('::', 2) + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));
  for (const message of messages) assert.ok(message.length <= MAX_MESSAGE, `${message.length} characters: ${message.slice(0, 200)}`);
  const gate = messages.find((m) => m.startsWith('max-poor-calls crossed'))!;
  assert.match(gate, /^max-poor-calls crossed: 1 poor call > 0 allowed — over by 1 \(set by gates\.max-poor-calls in \/ci\/deep%\/deep%[^\n]*…$/);
  const notice = messages.at(-1)!;
  // Its totals and window kept; the gates' lines, each past what GitHub keeps, counted (each crossed one has its ::error).
  assert.equal(notice, '1 call: 1 poor, 0 unknown; 4 streams, 1 poor\nCalls that started 2026-11-20 09:00:00 → … UTC; left out: 3 outside\n… and 3 more: GitHub keeps 4096 characters of an annotation; see --format markdown or json for all 4');
});

test('markdown: totals, gates, poor calls; log text cannot break the table; trimmed to its budget', () => {
  assert.equal(escapeMarkdown('a|b<script>'), 'a\\|b&lt;script&gt;');
  const md = renderMarkdown(doc([poorCall(1)]));
  assert.match(md, /^## ACS call quality: 1 poor of 1 call/);
  assert.match(md, /❌ max-poor-calls crossed/);
  assert.match(md, /\| `00000001-0000-0000-0000-000000000001` \|/);
  assert.match(md, /<sub>Read 1 file, 10 records \(10 used, 0 duplicates, 0 superseded, 0 ignored, 0 invalid\) · acs-calllogs<\/sub>/);
  const many = renderMarkdown(doc(Array.from({ length: 500 }, (_, i) => poorCall(i))), 8 * 1024);
  assert.ok(Buffer.byteLength(many) <= 8 * 1024, `within budget: ${Buffer.byteLength(many)}`);
  assert.match(many, /more calls not shown/);
});

test('markdown: one call not shown for the budget is "1 more call", not "1 more calls"', () => {
  // Enough calls that the report is past the room always kept (1 KB): budgets from the whole report down, by less
  // than a row, and the first that leaves a call out leaves out one.
  const many = doc(Array.from({ length: 30 }, (_, i) => poorCall(i)));
  const whole = renderMarkdown(many);
  let cut = whole;
  for (let budget = Buffer.byteLength(whole) + 300; !cut.includes('not shown') && budget > 0; budget -= 10) cut = renderMarkdown(many, budget);
  assert.match(cut, /\n_1 more call not shown \(the report stays under 1 MiB\); see the JSON report\._\n/);
});

test('markdown: an id with | or a backtick is shown whole, in a code span fenced longer than its runs, its | escaped for the table', () => {
  assert.equal(markdownCode('a|b`c', 'cell'), '``a\\|b`c``');
  assert.equal(markdownCode('`x', 'cell'), '`` `x ``'); // a backtick at an end: padded, as CommonMark strips one space each side
  assert.equal(markdownCode('a``b', 'cell'), '```a``b```');
  assert.equal(markdownCode(' x ', 'cell'), '`  x  `'); // spaces at both ends kept
  assert.equal(markdownCode('00000001-0000', 'cell'), '`00000001-0000`');
  assert.equal(markdownCode('a\\|b', 'cell'), '`a\\\\|b`'); // a backslash is literal in code; GFM's cell splitting drops only the one before |
  assert.equal(escapeMarkdown('a|b`c ~~x~~'), 'a\\|b\\`c \\~\\~x\\~\\~');
  const hostile = { ...poorCall(1), correlationId: 'a|b`c', callType: 'Group|`x`', issues: [{ ...poorCall(1).issues[0]!, participantId: 'p|`1' }] };
  const md = renderMarkdown(doc([hostile]));
  const row = md.split('\n').find((l) => l.startsWith('| ``a'));
  assert.ok(row !== undefined, md);
  assert.ok(row.startsWith('| ``a\\|b`c`` | 2026-11-20 09:00:00 | 1m 00s | Group\\|\\`x\\` | '), row);
  assert.match(row, /p\\\|\\`1/);
  // The cells of the row: split on | not after a backslash, as GFM does; one a column.
  assert.equal(row.split(/(?<!\\)\|/).length - 2, 5, row);
  // A workflow command's text needs no Markdown escaping: the id is written whole in an annotation.
  const gh = renderGithub(doc([hostile]));
  assert.match(gh, /^::error title=Poor call a\|b`c::Group\|`x` a\|b`c: 1 poor stream%0A/m);
});

test('ndjson: one line a call, the objects of calls[]', () => {
  const calls = [poorCall(1), poorCall(2)];
  const lines = wholeText(renderNdjson(doc(calls))).trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => JSON.parse(l)), calls);
});

test('json: written some calls at a time, the same bytes as the whole document stringified, with or without calls', () => {
  for (const count of [0, 1, CALLS_A_PIECE - 1, CALLS_A_PIECE, CALLS_A_PIECE + 1, 1201]) {
    const calls = Array.from({ length: count }, (_, i) => poorCall(i));
    const d = doc(calls);
    const pieces = [...renderJson(d)];
    assert.equal(pieces.join(''), `${jsonText(d, 2)}\n`, `${count} calls`);
    // The head, the calls CALLS_A_PIECE at a time with the comma between two runs a piece of its own (nothing
    // joined, so nothing copied to be written), the tail; a document without calls and its newline.
    assert.equal(pieces.length, count === 0 ? 2 : 2 * Math.ceil(count / CALLS_A_PIECE) + 1);
  }
});

test('report text: pieces are written as UTF-8 in runs of a bounded size, nothing lost or reordered', () => {
  const pieces = Array.from({ length: 100 }, (_, i) => `${i}é,`.repeat(7));
  const runs = [...inRuns(pieces, 64)];
  assert.equal(Buffer.concat(runs).toString('utf8'), pieces.join(''));
  assert.ok(runs.length > 10 && runs.every((r) => r.length <= 64));
  // A piece larger than a run is a run of its own; a whole text is one.
  assert.deepEqual([...inRuns(['ab', 'x'.repeat(100), 'cd'], 64)].map((r) => Buffer.from(r).toString()), ['ab', 'x'.repeat(100), 'cd']);
  assert.deepEqual([...inRuns('whole')].map((r) => Buffer.from(r).toString()), ['whole']);
  assert.deepEqual([...inRuns('')], []);
});

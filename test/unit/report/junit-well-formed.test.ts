import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { FAILED_CALLS_NAMED, renderJunit } from '../../../src/report/render-junit.js';
import type { CallJson, SummaryDocument } from '../../../src/report/summary-document.js';
import { visibleId } from '../../../src/schema/visible-id.js';
import { xmlElement, xmlEnd, xmlStart } from '../../../src/report/xml-markup.js';

interface ReadElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Reads XML with saxes, a strict XML 1.0 parser: throws on anything not well-formed, else every element with its attributes and text. */
function readXml(xml: string): ReadElement[] {
  const parser = new SaxesParser();
  const elements: ReadElement[] = [];
  const open: ReadElement[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    const element = open.at(-1);
    if (element !== undefined) element.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return elements;
}

/** Any text at all, as a log could hold it: every plane, controls, markup and the characters XML forbids. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", ']]>', '&amp;', '&lt;', '\t', '\n', '\r', '\r\n', '\u0000', '\uFFFE', '\uD800', '😀', 'a'), maxLength: 12 }),
);

test('xml markup reads back as written: any text XML allows, as an attribute and as text, escaped and line breaks kept', () => {
  fc.assert(
    fc.property(anyText, anyText, (raw, rawText) => {
      // What a report writes has been through xmlText (only characters XML allows); tab and line breaks stay.
      const value = raw.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
      const text = rawText.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
      const xml = xmlStart(0, 'a', { v: value, n: 3 }) + xmlElement(1, 'b', { w: value }, text) + xmlElement(1, 'c', {}) + xmlEnd(0, 'a');
      const [a, b, c] = readXml(xml);
      assert.equal(a!.attributes.v, value);
      assert.equal(a!.attributes.n, '3');
      assert.equal(b!.attributes.w, value);
      assert.equal(b!.text, text);
      assert.deepEqual([c!.name, c!.text], ['c', '']);
    }),
    { numRuns: 500 },
  );
});

function call(id: string, callType: string, quality: CallJson['quality'], issueText: string, failedLegId: string | null, noPacketsText: string | null = null): CallJson {
  return {
    correlationId: id,
    callType,
    startTime: null,
    durationSeconds: null,
    participants: 1,
    streams: 1,
    poorStreams: quality === 'poor' ? 1 : 0,
    unknownStreams: quality === 'unknown' ? 1 : 0,
    unknownStreamsWithMetrics: 0,
    quality,
    issues: quality === 'poor' ? [{ metric: 'jitterAvg', value: 40, threshold: 30, mediaType: issueText, participantId: failedLegId ?? issueText, endpointId: null, endpointType: null, streamId: null, direction: null }] : [],
    failedLegs: failedLegId === null ? [] : [{ participantId: failedLegId, endpointId: null, code: 410, subCode: 3101, resultCategory: null, dropped: true }],
    streamsWithoutPackets: noPacketsText === null ? 0 : 1,
    zeroPacketStreams: noPacketsText === null ? [] : [{ mediaType: noPacketsText, participantId: noPacketsText, endpointId: null, endpointType: null, streamId: null, direction: 'inbound' }],
  };
}

/** `configFile`: the config file that set the gate (any path, as a folder's name could hold it), else its flag. */
function doc(calls: CallJson[], configFile?: string): SummaryDocument {
  const source = configFile === undefined ? { kind: 'flag' as const, flag: '--max-failed-calls' } : { kind: 'config' as const, file: configFile, key: 'gates.maxFailedCalls' };
  return {
    schemaVersion: 1,
    thresholds: {},
    input: { files: 1, read: 1, records: 1, used: 1, copies: 0, invalid: 0, duplicates: 0, superseded: 0, ignored: 0, skippedFiles: 0, timesNotRead: 0, numbersNotRead: 0, undecidedDates: [], localTimes: [], shapes: {}, byCategory: {} },
    totals: {
      calls: calls.length,
      poorCalls: 0,
      unknownCalls: 0,
      streams: 0,
      poorStreams: 0,
      unknownStreams: 0,
      callsWithLegs: calls.length,
      failedCalls: 0,
      streamsWithoutPackets: calls.reduce((n, c) => n + c.streamsWithoutPackets, 0),
      callsWithStreamsWithoutPackets: calls.filter((c) => c.streamsWithoutPackets > 0).length,
    },
    gates: [{ gate: 'max-failed-calls', crossed: true, actual: 1, limit: 0, unit: 'count', count: 1, of: 1, source, nothingToJudge: null }],
    calls,
  };
}

test('junit is well-formed XML whatever the logs hold, and its testcases name the calls as logged, what would not show escaped (visible-id.ts)', () => {
  const quality = fc.constantFrom<CallJson['quality']>('poor', 'unknown', 'good');
  const calls = fc.array(fc.tuple(anyText, anyText, quality, anyText, fc.option(anyText), fc.option(anyText)), { maxLength: 4 });
  fc.assert(
    // The config file that set the gate, named in its failure: a path may hold anything a name can.
    fc.property(calls, fc.option(anyText.map((name) => `/ci/${name}/acs-calllogs.config.json`), { nil: undefined }), (specs, configFile) => {
      const listed = specs.map(([id, type, q, issue, failed, noPackets]) => call(id, type, q, issue, failed, noPackets));
      const elements = readXml([...renderJunit(doc(listed, configFile))].join(''));
      const testcases = elements.filter((e) => e.name === 'testcase' && e.attributes.classname !== 'gate' && e.attributes.classname !== 'selection');
      assert.deepEqual(
        testcases.map((e) => e.attributes.name),
        listed.map((c) => visibleId(c.correlationId)),
      );
      // No call listed: the one testcase in their place (render-junit.ts), never none.
      const inTheirPlace = elements.filter((e) => e.name === 'testcase' && e.attributes.classname === 'selection');
      assert.equal(inTheirPlace.length, listed.length === 0 ? 1 : 0);
    }),
    { numRuns: 300 },
  );
});

test('junit: a call whose leg failed says so, in the failure of a poor call, in the system-out of any other, and in the skipped of one of unknown quality', () => {
  const elements = readXml([...renderJunit(doc([call('poor-1', 'Group', 'poor', 'Audio', 'leg-a'), call('good-1', 'P2P', 'good', '', 'leg-b'), call('unknown-1', 'P2P', 'unknown', '', 'leg-c'), call('good-2', 'P2P', 'good', '', null)]))].join(''));
  const children = (id: string) => {
    const at = elements.findIndex((e) => e.name === 'testcase' && e.attributes.name === id);
    const next = elements.findIndex((e, i) => i > at && (e.name === 'testcase' || e.name === 'testsuite'));
    return elements.slice(at + 1, next === -1 ? undefined : next).map((e) => `${e.name}: ${e.text}`);
  };
  // The drop first, as every report lists a call's findings (finding-order.ts).
  assert.deepEqual(children('poor-1'), ['failure: leg leg-a: dropped 410/3101\nleg leg-a: Audio jitter 40 ms > 30 ms — voices sound robotic']);
  assert.deepEqual(children('good-1'), ['system-out: 1 leg failed\nleg leg-b: dropped 410/3101']);
  // A skipped testcase's system-out is shown by neither GitLab nor Azure DevOps: its <skipped> says the legs too.
  assert.deepEqual(children('unknown-1'), ['skipped: quality unknown: no metric read; 1 leg failed\n1 leg failed\nleg leg-c: dropped 410/3101', 'system-out: 1 leg failed\nleg leg-c: dropped 410/3101']);
  assert.deepEqual(children('good-2'), []);
});

test('junit: a crossed --max-failed-calls names at most FAILED_CALLS_NAMED calls, then how many more it counted', () => {
  const calls = Array.from({ length: FAILED_CALLS_NAMED + 2 }, (_, i) => call(`good-${i}`, 'P2P', 'good', '', `leg-${i}`));
  const d = doc(calls);
  d.totals.failedCalls = calls.length;
  const failure = readXml([...renderJunit(d)].join('')).find((e) => e.name === 'failure' && e.attributes.type === 'gate')!;
  const lines = failure.text.split('\n');
  assert.equal(lines.length, 1 + 2 * FAILED_CALLS_NAMED + 1);
  assert.deepEqual(lines.slice(1, 3), ['P2P good-0: media good, 1 leg failed', '  leg leg-0: dropped 410/3101']);
  assert.equal(lines.at(-1), `… and 2 more calls with a failed leg, not named here (${FAILED_CALLS_NAMED + 2} in all)`);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BREAKDOWN_ROWS, breakdownSections } from '../../../src/report/breakdown-sections.js';
import type { BreakdownsJson } from '../../../src/report/breakdowns-json.js';
import { renderBreakdownsMarkdown } from '../../../src/report/render-breakdowns-markdown.js';

const hostile = 'evil\u001b[31m|sdk\u202e';
const rate = (value: string | null, poorStreams: number) => ({ value, streams: 10, poorStreams, poorRate: poorStreams / 10, interval: { low: 0, high: 0.2775 } });
const breakdowns: BreakdownsJson = {
  streams: {
    byMetric: [],
    byMediaType: [],
    byDirection: [],
    byEndpointType: [],
    byTransport: [rate(null, 0)],
    bySdkRelease: [],
    bySdkVersion: Array.from({ length: BREAKDOWN_ROWS + 3 }, (_, i) => rate(i === 0 ? hostile : `1.${i}`, 1)),
    byOsFamily: [],
    byOsVersion: [],
    byBrowser: [],
    byBrowserVersion: [],
  },
  endReasons: { legs: 1, byCategory: [{ resultCategory: 'Bad\u0007Cat', legs: 1 }], byCode: [] },
  reliability: {
    method: 'Wilson score interval, 95%',
    operations: [],
    userFacingDiagnostics: [{ diagnostic: 'net\u001b]0;title\u0007Quality', events: 1, calls: 1 }],
    droppedLegs: { legs: 1, dropped: 0, byCode: [] },
  },
};

test('breakdown sections: log text shows its control characters as \\u escapes, rows are cut with a "+n more" row, no value reads (not logged)', () => {
  const sections = breakdownSections(breakdowns);
  const cells = sections.flatMap((section) => [...section.rows.flat(), ...section.notes]);
  assert.ok(cells.every((cell) => !/[\u0000-\u001f\u007f-\u009f\u202e]/.test(cell)), 'no control or bidi character is written');
  // Written as escapes, as a call id is (visibleId): a group never reads as another.
  assert.ok(cells.includes('evil\\u001b[31m|sdk\\u202e'));
  assert.match(sections[1]!.notes[0]!, /by result category: Bad\\u0007Cat 1$/);
  assert.match(sections[2]!.notes[1]!, /: net\\u001b\]0;title\\u0007Quality 1 event in 1 call$/);
  const streams = sections[0]!;
  assert.deepEqual(streams.rows[0], ['transport', '(not logged)', '0', '10', '0.0%', '0.0%–27.8%']);
  assert.equal(streams.rows.filter((r) => r[1]!.startsWith('1.') || r[1]!.startsWith('evil')).length, BREAKDOWN_ROWS);
  assert.deepEqual(streams.rows.at(-1), ['', '+3 more', '', '', '', '']);
});

test('breakdown Markdown: a pipe from the logs cannot break the table', () => {
  const md = renderBreakdownsMarkdown(breakdowns).join('\n');
  assert.match(md, /\| SDK version \| evil\\\\u001b\\\[31m\\\|sdk\\\\u202e \| 1 \| 10 \| 10\.0% \|/);
});

test('breakdown groups that differ only in what would not show (an escape sequence, a zero-width space) never read alike', () => {
  const twins: BreakdownsJson = {
    ...breakdowns,
    streams: { ...breakdowns.streams, bySdkVersion: [rate('1.0.0', 1), rate('1.0.0\u200b', 2), rate('1.0.0\u001b[0m', 3)] },
    reliability: {
      ...breakdowns.reliability,
      operations: ['Join', 'Join\u001b[2J', 'Jo\u00adin'].map((operation) => ({
        operation, attempts: 1, successes: 1, expectedErrors: 0, failures: 0, successRate: 1, interval: { low: 0.2065, high: 1 }, failuresByCode: [],
      })),
    },
  };
  const [streams, , operations] = breakdownSections(twins);
  const versions = streams!.rows.filter((r) => r[0] === 'SDK version' || r[0] === '').map((r) => r[1]).filter((v) => v!.startsWith('1.0.0'));
  assert.deepEqual(versions, ['1.0.0', '1.0.0\\u200b', '1.0.0\\u001b[0m']);
  assert.deepEqual(operations!.rows.map((r) => r[0]), ['Join', 'Join\\u001b[2J', 'Jo\\u00adin']);
});

test('breakdown rates at fleet size: a share that is neither none nor all never reads 0.0% or 100.0% beside its counts', () => {
  const rows = (streams: number, poorStreams: number) => ({ value: 'x', streams, poorStreams, poorRate: Math.round((poorStreams / streams) * 10_000) / 10_000, interval: { low: 0, high: 1 } });
  const op = (attempts: number, successes: number) => ({
    operation: 'Join', attempts, successes, expectedErrors: 0, failures: attempts - successes, successRate: successes / attempts,
    interval: { low: 0, high: 1 }, failuresByCode: [],
  });
  const fleet: BreakdownsJson = {
    ...breakdowns,
    streams: { ...breakdowns.streams, bySdkVersion: [rows(4, 4), rows(40_000, 39_999), rows(40, 1), rows(40_000, 3), rows(50_000, 1), rows(10, 0)] },
    reliability: { ...breakdowns.reliability, operations: [op(9_000, 8_998), op(5, 5), op(3, 0)], droppedLegs: { legs: 5_000, dropped: 1, byCode: [] } },
  };
  const [streams, , operations] = breakdownSections(fleet);
  assert.deepEqual(
    streams!.rows.filter((r) => r[1] === 'x').map((r) => r[4]),
    ['100.0%', '>99.9%', '2.5%', '<0.1%', '<0.1%', '0.0%'],
  );
  assert.deepEqual(operations!.rows.map((r) => r[2]), ['>99.9%', '100.0%', '0.0%']);
  assert.match(operations!.notes[1]!, /^Dropped legs: 1 of 5000 \(<0\.1%\)$/);
});

test('call ends by code: Dropped says yes or no of every code, never blank beside a failed one; "-" with no code logged', () => {
  const row = (code: number | null, subCode: number | null, resultCategory: string, dropped: boolean) => ({ code, subCode, resultCategory, message: null, dropped, legs: 1 });
  const byCode = [row(410, 3101, 'UnexpectedClientError', true), row(495, 4507, 'UnexpectedClientError', false), row(null, null, 'UnexpectedServerError', false), row(0, 0, 'Success', false)];
  const ends = breakdownSections({ ...breakdowns, endReasons: { legs: 4, byCategory: [], byCode } })[1]!;
  assert.equal(ends.title, 'Call ends by code');
  assert.deepEqual(
    ends.rows.map((r) => [r[0], r[3]]),
    [
      ['410/3101', 'yes'],
      ['495/4507', 'no'],
      ['-/-', '-'],
      ['0/0', 'no'],
    ],
  );
});

test('SDK releases are shown above the versions when they group builds, and left out when each release is one version', () => {
  const builds: BreakdownsJson = {
    ...breakdowns,
    streams: {
      ...breakdowns.streams,
      bySdkRelease: [{ value: '1.1.0', streams: 30, poorStreams: 3, poorRate: 0.1, interval: { low: 0.0346, high: 0.2562 } }],
      bySdkVersion: [rate('1.1.00.20212500', 1), rate('1.1.00.20212501', 1), rate('1.1.00.20212502', 1)],
    },
  };
  const labels = (b: BreakdownsJson) => breakdownSections(b)[0]!.rows.map((r) => r[0]).filter((by) => by !== '');
  assert.deepEqual(labels(builds), ['transport', 'SDK release', 'SDK version']);
  assert.deepEqual(breakdownSections(builds)[0]!.rows[1], ['SDK release', '1.1.0', '3', '30', '10.0%', '3.5%–25.6%']);
  const oneEach = { ...builds, streams: { ...builds.streams, bySdkVersion: [rate('1.1.00.20212500', 3)] } };
  assert.deepEqual(labels(oneEach), ['transport', 'SDK version']);
});

test('breakdown sections: the poor-stream table says how its rows are ranked when it has rows, and not under its "none"', () => {
  const [streams] = breakdownSections(breakdowns);
  assert.equal(streams!.notes.length, 1);
  assert.match(streams!.notes[0]!, /^Ranked by the 95% CI's low end/);
  const none = Object.fromEntries(Object.keys(breakdowns.streams).map((key) => [key, []])) as unknown as BreakdownsJson['streams'];
  const [empty] = breakdownSections({ ...breakdowns, streams: none });
  assert.deepEqual(empty!.rows, []);
  assert.deepEqual(empty!.notes, []);
});

test('OS versions are shown below the families when a family has more than one, and left out when each version is a family', () => {
  const split: BreakdownsJson = {
    ...breakdowns,
    streams: {
      ...breakdowns.streams,
      byOsFamily: [rate('Windows', 3), rate('Android', 1)],
      byOsVersion: [rate('Windows 11', 2), rate('Android 14', 1), rate('Windows 10', 1)],
    },
  };
  const labels = (b: BreakdownsJson) => breakdownSections(b)[0]!.rows.map((r) => r[0]).filter((by) => by !== '');
  assert.deepEqual(labels(split), ['transport', 'SDK version', 'OS family', 'OS version']);
  assert.deepEqual(breakdownSections(split)[0]!.rows.slice(-3).map((r) => r[1]), ['Windows 11', 'Android 14', 'Windows 10']);
  const oneEach = { ...split, streams: { ...split.streams, byOsVersion: [rate('Windows 11', 3), rate('Android 14', 1)] } };
  assert.deepEqual(labels(oneEach), ['transport', 'SDK version', 'OS family']);
});

test('browsers are shown when a user agent was read, their versions when a family has more than one; not when every stream is not logged', () => {
  const labels = (streams: Partial<BreakdownsJson['streams']>) =>
    breakdownSections({ ...breakdowns, streams: { ...breakdowns.streams, ...streams } })[0]!.rows.map((r) => r[0]).filter((by) => by !== '');
  const read = { byBrowser: [rate('Chrome', 3), rate('Safari', 1), rate(null, 0)], byBrowserVersion: [rate('Chrome 120', 2), rate('Safari 17', 1), rate('Chrome 119', 1), rate(null, 0)] };
  assert.deepEqual(labels(read), ['transport', 'SDK version', 'browser', 'browser version']);
  assert.deepEqual(labels({ ...read, byBrowserVersion: [rate('Chrome 120', 3), rate('Safari 17', 1), rate(null, 0)] }), ['transport', 'SDK version', 'browser']);
  // An export without client operations: every stream's browser not logged, a row that says nothing of browsers.
  assert.deepEqual(labels({ byBrowser: [rate(null, 4)], byBrowserVersion: [rate(null, 4)] }), ['transport', 'SDK version']);
});

test('directions are shown when some stream\'s is known, after the media type; one not known is (not known), not (not logged): a stream that logs none has one inferred', () => {
  const sections = (streams: Partial<BreakdownsJson['streams']>) => breakdownSections({ ...breakdowns, streams: { ...breakdowns.streams, ...streams } })[0]!;
  const known = sections({ byMediaType: [rate('Audio', 2)], byDirection: [rate('outbound', 2), rate('inbound', 0), rate(null, 0)] });
  assert.deepEqual(known.rows.slice(0, 4).map((r) => r.slice(0, 3)), [
    ['media type', 'Audio', '2'],
    ['direction', 'outbound', '2'],
    ['', 'inbound', '0'],
    ['', '(not known)', '0'],
  ]);
  assert.match(known.title, /^Poor streams by metric, media type, direction, endpoint type,/);
  // Every stream's direction a word that is neither: one row saying so of every stream, which is all the group would say.
  assert.deepEqual(sections({ byDirection: [rate(null, 4)] }).rows.map((r) => r[0]).filter((by) => by !== ''), ['transport', 'SDK version']);
});

test('client operations: a note under the table says how they are ranked, as the streams\' does; none without operations', () => {
  const op = { operation: 'Join', attempts: 1, successes: 0, expectedErrors: 0, failures: 1, successRate: 0, interval: { low: 0, high: 0.7935 }, failuresByCode: [] };
  const withOps = breakdownSections({ ...breakdowns, reliability: { ...breakdowns.reliability, operations: [op] } })[2]!;
  assert.equal(withOps.notes[0], "Ranked by the 95% CI's high end (Wilson), lowest first: a rate from a few attempts is not ranked above one from many");
  assert.ok(breakdownSections(breakdowns)[2]!.notes.every((n) => !n.startsWith('Ranked')));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BREAKDOWN_ROWS, breakdownSections } from '../../../src/report/breakdown-sections.js';
import type { BreakdownsJson } from '../../../src/report/breakdowns-json.js';
import { renderBreakdownsMarkdown } from '../../../src/report/render-breakdowns-markdown.js';

const hostile = 'evil\u001b[31m|sdk\u202e';
const rate = (value: string | null, poorStreams: number) => ({ value, streams: 10, poorStreams, poorRate: poorStreams / 10 });
const breakdowns: BreakdownsJson = {
  streams: {
    byMetric: [],
    byMediaType: [],
    byEndpointType: [],
    byTransport: [rate(null, 0)],
    bySdkVersion: Array.from({ length: BREAKDOWN_ROWS + 3 }, (_, i) => rate(i === 0 ? hostile : `1.${i}`, 1)),
    byOsFamily: [],
  },
  endReasons: { legs: 1, byCategory: [{ resultCategory: 'Bad\u0007Cat', legs: 1 }], byCode: [] },
  reliability: {
    method: 'Wilson score interval, 95%',
    operations: [],
    userFacingDiagnostics: [{ diagnostic: 'net\u001b]0;title\u0007Quality', events: 1, calls: 1 }],
    droppedLegs: { legs: 1, dropped: 0, byCode: [] },
  },
};

test('breakdown sections: log text loses control characters, rows are cut with a "+n more" row, no value reads (not logged)', () => {
  const text = JSON.stringify(breakdownSections(breakdowns));
  assert.doesNotMatch(text, /\\u001b|\\u0007|\\u202e/);
  const streams = breakdownSections(breakdowns)[0]!;
  assert.deepEqual(streams.rows[0], ['transport', '(not logged)', '0', '10', '0.0%']);
  assert.equal(streams.rows.filter((r) => r[1]!.startsWith('1.') || r[1]!.startsWith('evil')).length, BREAKDOWN_ROWS);
  assert.deepEqual(streams.rows.at(-1), ['', '+3 more', '', '', '']);
});

test('breakdown Markdown: a pipe from the logs cannot break the table', () => {
  const md = renderBreakdownsMarkdown(breakdowns).join('\n');
  assert.match(md, /\| SDK version \| evil\\\|sdk \| 1 \| 10 \| 10\.0% \|/);
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

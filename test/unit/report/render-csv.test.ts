import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvRow } from '../../../src/report/csv-cell.js';
import { CSV_COLUMNS, renderCsv } from '../../../src/report/render-csv.js';
import type { CallJson, SummaryDocument } from '../../../src/report/summary-document.js';

/** A small RFC 4180 reader, to check that what was written reads back as the cells meant. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

test('a text cell a spreadsheet would read as a formula gets a leading quote mark', () => {
  for (const evil of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =1']) {
    const cell = parseCsv(`${csvCell(evil)}\r\n`)[0]![0]!;
    assert.ok(cell.startsWith("'"), `${JSON.stringify(evil)} → ${JSON.stringify(cell)}`);
  }
  assert.equal(csvCell('Group'), 'Group');
  assert.equal(csvCell('a-b=c'), 'a-b=c', 'only the start of a cell matters');
});

test('numbers the tool produced stay numbers, negative ones too; null is an empty cell', () => {
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell(0.25), '0.25');
  assert.equal(csvCell(Number.NaN), '');
  assert.equal(csvCell(null), '');
});

test('quoting per RFC 4180: commas, quotes and line breaks survive a round trip; control characters do not', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.deepEqual(parseCsv(csvRow(['x,y', 'q"q', 'plain', 7])), [['x,y', 'q"q', 'plain', '7']]);
  assert.equal(csvCell('ok\u001b]0;title\u0007\u001b[2Jdone'), 'okdone');
});

test('renderCsv: a header and a row a call, log text escaped', () => {
  const call: CallJson = {
    correlationId: '=cmd|"/C calc"!A0',
    callType: '@Group',
    startTime: '2026-11-20T09:00:00.000Z',
    durationSeconds: 60,
    participants: 2,
    streams: 4,
    poorStreams: 1,
    unknownStreams: 0,
    unknownStreamsWithMetrics: 0,
    quality: 'poor',
    issues: [{ metric: 'roundTripTimeAvg', value: 612, threshold: 500, mediaType: '-Audio', participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', streamId: '1', direction: null }],
    failedLegs: [],
    streamsWithoutPackets: 0,
    zeroPacketStreams: [],
  };
  const doc = { calls: [call] } as unknown as SummaryDocument;
  const rows = parseCsv(renderCsv(doc));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.deepEqual(rows[1], ["'=cmd|\"/C calc\"!A0", 'poor', "'@Group", '2026-11-20T09:00:00.000Z', '60', '2', '4', '1', '1', 'leg p1: -Audio RTT 612 > 500 ms', '0', '0', '0']);
  for (const cell of rows.flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
});

test('renderCsv: a call whose leg failed shows it in breaches, as the table does, and counts it in failedLegs', () => {
  const call: CallJson = {
    correlationId: '00000012-0000-4000-8000-000000000012',
    callType: 'P2P',
    startTime: '2026-11-20T09:00:00.000Z',
    durationSeconds: 60,
    participants: 2,
    streams: 1,
    poorStreams: 0,
    unknownStreams: 0,
    unknownStreamsWithMetrics: 0,
    quality: 'good',
    issues: [],
    failedLegs: [{ participantId: 'e12', endpointId: null, code: 410, subCode: 3101, resultCategory: 'UnexpectedClientError', dropped: true }],
    streamsWithoutPackets: 0,
    zeroPacketStreams: [],
  };
  const rows = parseCsv(renderCsv({ calls: [call] } as unknown as SummaryDocument));
  assert.equal(rows[1]![CSV_COLUMNS.indexOf('breaches')], 'leg e12: dropped 410/3101');
  assert.equal(rows[1]![CSV_COLUMNS.indexOf('failedLegs')], '1');
});

test('renderCsv: breaches is the table\'s Breaches cell unabridged, in one cell: no packets, why unknown, and no "+n more"', () => {
  const issue = (metric: 'roundTripTimeAvg' | 'jitterAvg' | 'packetLossRateAvg', value: number, threshold: number, participantId: string) =>
    ({ metric, value, threshold, mediaType: 'Audio', participantId, endpointId: null, endpointType: 'VoIP', streamId: '1', direction: 'outbound' as const });
  const base = {
    callType: 'Group',
    startTime: '2026-11-20T09:00:00.000Z',
    durationSeconds: 60,
    participants: 3,
    streams: 6,
    failedLegs: [{ participantId: 'p3', endpointId: null, code: 495, subCode: 4507, resultCategory: 'UnexpectedClientError', dropped: false }],
    streamsWithoutPackets: 1,
    zeroPacketStreams: [{ mediaType: 'Audio', participantId: 'p3', endpointId: null, endpointType: 'VoIP', streamId: '9', direction: 'inbound' as const }],
  };
  const poor: CallJson = {
    ...base,
    correlationId: '00000021-0000-4000-8000-000000000021',
    quality: 'poor',
    poorStreams: 2,
    unknownStreams: 1,
    unknownStreamsWithMetrics: 1,
    issues: [issue('roundTripTimeAvg', 612, 500, 'p1'), issue('jitterAvg', 40, 30, 'p1'), issue('packetLossRateAvg', 0.2, 0.1, 'p2'), issue('jitterAvg', 35, 30, 'p2')],
  };
  const unknown: CallJson = { ...base, correlationId: '00000022-0000-4000-8000-000000000022', quality: 'unknown', poorStreams: 0, unknownStreams: 6, unknownStreamsWithMetrics: 1, issues: [] };
  const rows = parseCsv(renderCsv({ calls: [poor, unknown] } as unknown as SummaryDocument));
  const at = CSV_COLUMNS.indexOf('breaches');
  assert.equal(rows.length, 3, 'one row a call: the cell holds no line break');
  assert.equal(
    rows[1]![at],
    // The failed leg first, as the table's Breaches (finding-order.ts).
    'leg p3: failed 495/4507; leg p1: Audio outbound RTT 612 > 500 ms; leg p1: Audio outbound jitter 40 > 30 ms; leg p2: Audio outbound loss 20% > 10%; ' +
      'leg p2: Audio outbound jitter 35 > 30 ms; leg p3: Audio inbound no packets (media may not have flowed); 1 stream: no metric a rule judges',
  );
  assert.equal(rows[2]![at], 'leg p3: failed 495/4507; leg p3: Audio inbound no packets (media may not have flowed); quality unknown: no metric a rule judges');
});

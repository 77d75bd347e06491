import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

test('a pretty-printed Event Hubs envelope: its records stream one by one at their lines', async () => {
  const events = await collect([fixture('pretty-envelope.json')]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture('pretty-envelope.json'), shape: 'records-envelope', gzip: false });
  assert.deepEqual(outline(events), ['record@3', 'record@26', 'record@49']);
  assert.deepEqual(
    records(events).map((r) => (r.value.properties as Record<string, unknown>).mediaType ?? r.value.category),
    ['CallSummary', 'Audio', 'Video'],
  );
});

test('a query API response with two tables: rows zip with their own table columns and name the table', async () => {
  const events = await collect([fixture('query-api-two-tables.json')]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture('query-api-two-tables.json'), shape: 'query-api', gzip: false });
  assert.deepEqual(outline(events), ['record@36', 'record@45', 'record@77']);
  const [first, second, third] = records(events);
  assert.equal(first?.table, 'PrimaryResult');
  assert.deepEqual(second?.value, {
    TimeGenerated: '2021-07-05T06:30:06.402Z',
    CorrelationId: '341acde7-8aa5-445b-a3da-2ddadca47d22',
    ParticipantId: '1a9cb3d1-7898-4063-b3d2-26c1630ecf03',
    MediaType: 'Audio',
    StreamId: '1000',
    RoundTripTimeAvg: 45.5,
    Type: 'ACSCallDiagnostics',
  });
  assert.equal(third?.table, 'Summaries');
  assert.deepEqual(third?.value, { CorrelationId: '341acde7-8aa5-445b-a3da-2ddadca47d22', CallType: 'Group', ParticipantDuration: 87, Type: 'ACSCallSummary' });
});

test('a minified query API response on one line is still a query API response, not one JSON line', async () => {
  const body = JSON.stringify({
    tables: [{ name: 'PrimaryResult', columns: [{ name: 'CallId', type: 'string' }, { name: 'Type', type: 'string' }], rows: [['c1', 'ACSCallClientOperations'], ['c2', 'ACSCallClientOperations'], 'oops'] }],
  });
  const events = await collect(['-'], { stdin: chunkedStream(body, 16) });
  assert.deepEqual(events[0], { kind: 'file', file: '<stdin>', shape: 'query-api', gzip: false });
  assert.deepEqual(outline(events), ['record@1', 'record@1', 'invalid@1']);
  assert.deepEqual(records(events)[1]?.value, { CallId: 'c2', Type: 'ACSCallClientOperations' });
});

test('a query API response on one line whose first key is not "tables" (jq -cS sorts "render" and "statistics" first) is one too', async () => {
  const table = { columns: [{ name: 'CallId', type: 'string' }, { name: 'Type', type: 'string' }], name: 'PrimaryResult', rows: [['c1', 'ACSCallClientOperations'], ['c2', 'ACSCallClientOperations']] };
  const bodies = [
    JSON.stringify({ render: { visualization: 'table' }, statistics: { query: { executionTime: 0.1 } }, tables: [table] }),
    JSON.stringify({ statistics: { query: { executionTime: 0.1 } }, tables: [table] }) + '\n',
  ];
  for (const body of bodies) {
    for (const size of [16, 1 << 20]) {
      const events = await collect(['-'], { stdin: chunkedStream(body, size) });
      assert.deepEqual(events[0], { kind: 'file', file: '<stdin>', shape: 'query-api', gzip: false }, `${body.slice(0, 20)}…, chunks of ${size}`);
      assert.deepEqual(outline(events), ['record@1', 'record@1']);
      assert.deepEqual(records(events)[1]?.value, { CallId: 'c2', Type: 'ACSCallClientOperations' });
    }
  }
});

test('a query API row of more or fewer cells than its columns is invalid: the API writes every cell, null when empty', async () => {
  const body = JSON.stringify({
    tables: [{ name: 'PrimaryResult', columns: [{ name: 'CallId' }, { name: 'Type' }, { name: 'RoundTripTimeAvg' }], rows: [['c1', 'ACSCallDiagnostics', 900], ['c2', 'ACSCallDiagnostics'], ['c3', 'ACSCallDiagnostics', null, 'x'], ['c4', 'ACSCallDiagnostics', null]] }],
  });
  const events = await collect(['-'], { stdin: chunkedStream(body, 16) });
  assert.deepEqual(outline(events), ['record@1', 'invalid@1', 'invalid@1', 'record@1']);
  const reasons = events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : []));
  assert.deepEqual(reasons, ['a row of 2 cells where the table has 3 columns', 'a row of 4 cells where the table has 3 columns']);
  // A table of one column is said as one, not "1 columns".
  const one = JSON.stringify({ tables: [{ name: 'PrimaryResult', columns: [{ name: 'CallId' }], rows: [['c1', 'ACSCallDiagnostics']] }] });
  const oneEvents = await collect(['-'], { stdin: chunkedStream(one, 16) });
  assert.deepEqual(oneEvents.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : [])), ['a row of 2 cells where the table has 1 column']);
});

test('query API rows and envelope elements go through the prefilter as raw JSON text', async () => {
  const seenRows: string[] = [];
  const query = await collect([fixture('query-api-two-tables.json')], {
    prefilter: (raw) => {
      seenRows.push(raw);
      return raw.includes('1a9cb3d1');
    },
  });
  assert.equal(seenRows.length, 3);
  assert.ok(seenRows.every((raw) => raw.startsWith('[') && raw.endsWith(']')));
  assert.deepEqual(outline(query), ['filtered@36', 'record@45', 'filtered@77']);

  const envelope = await collect([fixture('pretty-envelope.json')], { prefilter: (raw) => raw.includes('"Video"') });
  assert.deepEqual(outline(envelope), ['filtered@3', 'filtered@26', 'record@49']);
});

test('a query API column named __proto__ is an own field of the row, not its prototype', async () => {
  const body = JSON.stringify({ tables: [{ name: 'ACSCallDiagnostics', columns: [{ name: '__proto__' }, { name: 'CorrelationId' }], rows: [[{ polluted: true }, 'c1']] }] });
  const events = await collect(['-'], { stdin: chunkedStream(body, 7) });
  const [row] = records(events);
  assert.ok(row);
  assert.ok(Object.hasOwn(row.value, '__proto__'));
  assert.deepEqual(row.value['__proto__'], { polluted: true });
  assert.equal(Object.getPrototypeOf(row.value), Object.prototype);
  assert.equal((row.value as { polluted?: unknown }).polluted, undefined);
});

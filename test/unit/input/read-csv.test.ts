import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

test('a portal CSV export: BOM dropped, header names kept as written, rows at the line where they start', async () => {
  const events = await collect([fixture('portal-export.csv')]);
  assert.deepEqual(events[0], { kind: 'file', file: fixture('portal-export.csv'), shape: 'csv', gzip: false });
  // Row 1 spans lines 2–3 (a quoted line break); line 5 is blank.
  assert.deepEqual(outline(events), ['record@2', 'record@4', 'record@6']);
  const [first, second, third] = records(events);
  assert.deepEqual(Object.keys(first!.value), [
    'TimeGenerated [UTC]', 'CorrelationId', 'ParticipantId', 'OperationName', 'OperationPayload', 'MediaType', 'RoundTripTimeAvg', 'Type',
  ]);
  assert.equal(first!.value['TimeGenerated [UTC]'], '11/20/2026, 9:01:05.113 AM');
  assert.equal(first!.value.OperationPayload, '{"StreamType":"Video", "Note":"first line,\nsecond line"}');
  assert.equal(second!.value.RoundTripTimeAvg, '46');
  assert.equal(second!.value.OperationName, ''); // an empty cell of a union query stays ""
  assert.equal(third!.value.ParticipantId, '');
  assert.equal(third!.value.Type, 'ACSCallDiagnostics');
});

test('a semicolon-separated CSV (a re-saved export) is read with its own delimiter', async () => {
  const csv = 'CallId;OperationName;DurationMs\n92d800c4;CreateView;"5,77"\n';
  const events = await collect(['-'], { stdin: chunkedStream(csv, 5) });
  assert.equal(events[0]?.kind === 'file' && events[0].shape, 'csv');
  assert.deepEqual(records(events).map((r) => r.value), [{ CallId: '92d800c4', OperationName: 'CreateView', DurationMs: '5,77' }]);
});

test('a CSV exported with the portal set to local time names its zone on the file event; a UTC one does not', async () => {
  const header = (columns: string) => `${columns}\n"11/20/2026, 9:01:05.113 AM",92d800c4,CreateView,"11/20/2026, 9:00:00.000 AM"\n`;
  const fileEvent = async (csv: string) => (await collect(['-'], { stdin: chunkedStream(csv, 7) }))[0];
  assert.deepEqual(await fileEvent(header('TimeGenerated [Local Time],CorrelationId,OperationName,CallStartTime [Local Time]')), {
    kind: 'file', file: '<stdin>', shape: 'csv', gzip: false, timeZone: 'Local Time',
  });
  assert.deepEqual(await fileEvent(header('TimeGenerated [UTC],CorrelationId,OperationName,CallStartTime [utc]')), { kind: 'file', file: '<stdin>', shape: 'csv', gzip: false });
  assert.deepEqual(await fileEvent(header('TimeGenerated,CorrelationId,OperationName,CallStartTime')), { kind: 'file', file: '<stdin>', shape: 'csv', gzip: false });
});

test('the prefilter sees each raw CSV row; a CSV with no call-log column is skipped', async () => {
  const seen: string[] = [];
  const events = await collect([fixture('portal-export.csv')], {
    prefilter: (raw) => {
      seen.push(raw);
      return raw.includes('0e1f2a3b');
    },
  });
  assert.equal(seen.length, 3);
  assert.ok(seen[0]!.includes('first line,\nsecond line'));
  assert.deepEqual(outline(events), ['filtered@2', 'filtered@4', 'record@6']);

  const other = await collect(['-'], { stdin: chunkedStream('Name,Price\nApple,1\n', 64) });
  assert.equal(other.length, 1);
  assert.equal(other[0]?.kind, 'skipped');
  assert.match(other[0]?.kind === 'skipped' ? other[0].reason : '', /^not call logs: .*"Name,Price"/);
});

test('a stray quote stays in its cell without losing the rows after it; an unclosed quote at the end is invalid', async () => {
  const csv = 'CallId,Type,Note\nc1,T,"bad"x\nc2,T,ok\n\nc3,T,"never closed\nc4,T,lost\n';
  for (const size of [1, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
    assert.deepEqual(outline(events), ['record@2', 'record@3', 'invalid@5'], `chunks of ${size}`); // where the bad row starts
    assert.equal(records(events)[0]?.value.Note, '"bad"x');
    const invalid = events.at(-1);
    assert.match(invalid?.kind === 'invalid' ? invalid.reason : '', /^CSV: Quote Not Closed/);
  }
});

test('a row of more or fewer cells than the header is invalid (a torn last row would pass a gate as a stream without metrics)', async () => {
  const csv = 'Category,CorrelationId,EndpointId,MediaType,RoundTripTimeAvg\r\nCallDiagnostics,c1,e1,Audio,900\r\nCallDiagnostics,c1,e2,Audio,900,extra\r\nCallDiagnostics,c1,e3,Audio,100\r\nCallDiagnostics,c1,e4,Aud';
  for (const size of [1, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
    assert.deepEqual(outline(events), ['record@2', 'invalid@3', 'record@4', 'invalid@5'], `chunks of ${size}`);
    const reasons = events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : []));
    assert.deepEqual(reasons, ['CSV: a row of 6 cells where the header has 5', 'CSV: a row of 4 cells where the header has 5']);
  }
});

test('a delimiter at the end of every row (empty cells past the header) leaves the rows whole', async () => {
  const csv = 'Category,CorrelationId,RoundTripTimeAvg\nCallDiagnostics,c1,900,\nCallDiagnostics,c2,800,,\nCallDiagnostics,c3,700,x\n';
  const events = await collect(['-'], { stdin: chunkedStream(csv, 1000) });
  assert.deepEqual(outline(events), ['record@2', 'record@3', 'invalid@4']);
  assert.deepEqual(records(events)[0]?.value, { Category: 'CallDiagnostics', CorrelationId: 'c1', RoundTripTimeAvg: '900' });
});

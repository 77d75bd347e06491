import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputEvent } from '../../../src/input/input-event.js';
import { readCsv } from '../../../src/input/read-csv.js';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

function invalidReasons(events: InputEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'invalid' ? [e.reason] : []));
}

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function readAll(events: AsyncIterable<InputEvent>): Promise<InputEvent[]> {
  const all: InputEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

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

test('a stray quote stays in its cell without losing the rows after it; an unclosed quote is one invalid row', async () => {
  const csv = 'CallId,Type,Note\nc1,T,"bad"x\nc2,T,ok\n\nc3,T,"never closed\nc4,T,read\n';
  for (const size of [1, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
    assert.deepEqual(outline(events), ['record@2', 'record@3', 'invalid@5', 'record@6'], `chunks of ${size}`); // where the bad row starts
    assert.equal(records(events)[0]?.value.Note, '"bad"x');
    assert.deepEqual(invalidReasons(events), ['CSV: Quote Not Closed: a quote opened in this row is not closed']);
    assert.deepEqual(records(events)[2]?.value, { CallId: 'c4', Type: 'T', Note: 'read' });
  }
});

test('a quote never closed costs its row, not the rest of the file: the rows after it are read, at their lines', async () => {
  for (const eol of ['\n', '\r\n']) {
    const csv = ['TenantId,Category,CorrelationId,CallType', 't,CallSummary,"aaa,Group', 't,CallSummary,bbb,P2P', 't,CallSummary,ccc,P2P', ''].join(eol);
    for (const size of [1, 7, 1000]) {
      const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
      const label = `${JSON.stringify(eol)}, chunks of ${size}`;
      assert.deepEqual(outline(events), ['invalid@2', 'record@3', 'record@4'], label);
      assert.deepEqual(records(events).map((r) => r.value), [
        { TenantId: 't', Category: 'CallSummary', CorrelationId: 'bbb', CallType: 'P2P' },
        { TenantId: 't', Category: 'CallSummary', CorrelationId: 'ccc', CallType: 'P2P' },
      ], label);
      assert.match(invalidReasons(events)[0] ?? '', /^CSV: Quote Not Closed: a quote opened in this row is not closed$/, label);
    }
  }
});

test('an unclosed quote among rows whose quoted cells hold line breaks: those rows stay whole, the lines stay right', async () => {
  // c2 spans lines 4–6, c3's quote (line 7) is never closed, line 9 is blank.
  const csv = 'CallId,Type,Note\nc1,T,"two\nlines"\nc2,T,"three\nline\ncell"\nc3,T,"never closed\nc4,T,plain\n\nc5,T,plain2\nc6,T,last\n';
  for (const size of [1, 5, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
    assert.deepEqual(outline(events), ['record@2', 'record@4', 'invalid@7', 'record@8', 'record@10', 'record@11'], `chunks of ${size}`);
    assert.deepEqual(records(events).map((r) => r.value.Note), ['two\nlines', 'three\nline\ncell', 'plain', 'plain2', 'last']);
  }
});

test('a quote that a quote of a later row closes joins lines into one row: its first line is invalid, the lines after are read again', async () => {
  // c2's last cell opens a quote; c3's quoted time would close it, making c2 and c3 one row of too many cells.
  const csv = 'CallId,Time,Type,Note\nc1,"11/20/2026, 9:01 AM",T,ok\nc2,"11/20/2026, 9:02 AM",T,"torn\nc3,"11/20/2026, 9:03 AM",T,fine\nc4,"11/20/2026, 9:04 AM",T,"two\nlines"\n';
  for (const size of [1, 6, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
    assert.deepEqual(outline(events), ['record@2', 'invalid@3', 'record@4', 'record@5'], `chunks of ${size}`);
    assert.deepEqual(records(events).map((r) => [r.value.CallId, r.value.Note]), [['c1', 'ok'], ['c3', 'fine'], ['c4', 'two\nlines']]);
    assert.match(invalidReasons(events)[0] ?? '', /^CSV: a row of \d+ cells where the header has 4, over lines 3–4: a quote opened on its first line closes on a later one$/);
  }
  // A row whose quoted line break is real but whose cells are too many: it costs invalid items, never a record.
  const extra = 'CallId,Type,Note\nc1,T,"two\nlines",extra\nc2,T,ok\n';
  const events = await collect(['-'], { stdin: chunkedStream(extra, 1000) });
  assert.deepEqual(outline(events).filter((o) => o.startsWith('record')), ['record@4']);
  assert.ok(outline(events).includes('invalid@2'), outline(events).join(' '));
});

test('a time cell that lost its closing quote, before a row whose last cells are empty: its line is invalid, the next row is read', async () => {
  // A union export's row of another table ends in empty cells; c2's time lost its closing quote, which c3's closes:
  // one row of one cell too many, the extra one empty, as a delimiter at the end of a row makes it (read as whole).
  const csv = 'CallId,Time,Type,Rtt,Fps\nc1,"11/20/2026, 9:01 AM",T,40,\nc2,"11/20/2026, 9:02 AM,T,41,\nc3,"11/20/2026, 9:03 AM",T,42,\nc4,"11/20/2026, 9:04 AM",T,43,30\n';
  for (const size of [1, 7, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
    assert.deepEqual(outline(events), ['record@2', 'invalid@3', 'record@4', 'record@5'], `chunks of ${size}`);
    assert.deepEqual(records(events).map((r) => [r.value.CallId, r.value.Time, r.value.Rtt]), [['c1', '11/20/2026, 9:01 AM', '40'], ['c3', '11/20/2026, 9:03 AM', '42'], ['c4', '11/20/2026, 9:04 AM', '43']]);
    assert.match(invalidReasons(events)[0] ?? '', /^CSV: a row of 6 cells where the header has 5, over lines 3–4: a quote opened on its first line closes on a later one$/);
  }
  // A quoted line break, well quoted, in a file whose rows end in a delimiter: the row is whole.
  const trailing = 'CallId,Type,Note\nc1,T,"two\nlines",\nc2,T,ok,\n';
  const events = await collect(['-'], { stdin: chunkedStream(trailing, 1000) });
  assert.deepEqual(outline(events), ['record@2', 'record@4']);
  assert.deepEqual(records(events).map((r) => r.value.Note), ['two\nlines', 'ok']);
});

test('an unclosed quote on the last row is one invalid row there, with or without a line break after it', async () => {
  for (const end of ['\n', '', '\nmore text in the quote']) {
    const csv = `CallId,Type,Note\nc1,T,"two\nlines"\nc2,T,ok\nc3,T,"never closed${end}`;
    const events = await collect(['-'], { stdin: chunkedStream(csv, 4) });
    const expected = end === '\nmore text in the quote' ? ['record@2', 'record@4', 'invalid@5', 'invalid@6'] : ['record@2', 'record@4', 'invalid@5'];
    assert.deepEqual(outline(events), expected, JSON.stringify(end));
    assert.equal(invalidReasons(events)[0], 'CSV: Quote Not Closed: a quote opened in this row is not closed');
  }
});

test('the prefilter sees the first line of a row whose quote is never closed: passed over, it is filtered', async () => {
  const csv = 'CallId,Type,Note\nc1,T,"never closed\nc2,T,ok\nc3,T,ok\n';
  for (const [wanted, expected] of [['c1', 'invalid@2'], ['c2', 'filtered@2']] as const) {
    const seen: string[] = [];
    const events = await collect(['-'], {
      stdin: chunkedStream(csv, 6),
      prefilter: (raw) => {
        seen.push(raw);
        return raw.includes(wanted);
      },
    });
    assert.deepEqual(outline(events), [expected, wanted === 'c1' ? 'filtered@3' : 'record@3', 'filtered@4']);
    assert.equal(seen[0], 'c1,T,"never closed');
  }
});

test('a row over the parser\'s own limit is one invalid row at its first line; reading goes on at the next line', async () => {
  const filler = 'c,T,filler\n'.repeat(40); // 440 characters with no quote: c2's quote never closes within the limit
  const csv = `CallId,Type,Note\nc1,T,ok\nc2,T,"never closed\n${filler}c9,T,end\nc10,T,${'x'.repeat(500)}\nc11,T,last\n`;
  for (const size of [1, 64, 100_000]) {
    const events = await readAll(readCsv(pieces(csv, size), 'f.csv', ',', undefined, 100, 300));
    const lines = outline(events);
    assert.deepEqual(lines.slice(0, 3), ['record@2', 'invalid@3', 'record@4'], `chunks of ${size}`);
    assert.deepEqual(lines.slice(-4), ['record@43', 'record@44', 'invalid@45', 'record@46'], `chunks of ${size}`);
    assert.equal(lines.length, 46 - 1);
    assert.deepEqual(invalidReasons(events), [
      'CSV: a row of over 300 characters (a quote opened in it is not closed within them)',
      'CSV: a row of over 300 characters',
    ]);
    assert.deepEqual(records(events).at(-2)?.value, { CallId: 'c9', Type: 'T', Note: 'end' });
  }
});

test('a quote in the header that is never closed leaves no names for the rows: one invalid item, the rest not read', async () => {
  const events = await readAll(readCsv(pieces('CallId,"Type,Note\nc1,T,ok\n', 3), 'f.csv', ',', undefined));
  assert.deepEqual(outline(events), ['invalid@1']);
  assert.match(invalidReasons(events)[0] ?? '', /the rest of the file is not read$/);
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

test('exports joined into one file (`cat a.csv b.csv`) are read whole: each header names the rows after it, and is no row', async () => {
  // Excel's exports each start with a BOM; the second is another table's, its `sep=;` line first; the third repeats it.
  const summary = '\uFEFFsep=;\r\nType;CorrelationId;CallType\r\nACSCallSummary;c1;P2P\r\n';
  const diagnostics = '\uFEFFsep=;\r\nType;CorrelationId;MediaType;RoundTripTimeAvg\r\nACSCallDiagnostics;c1;Audio;612\r\n';
  const again = '\uFEFFType;CorrelationId;MediaType;RoundTripTimeAvg\r\nACSCallDiagnostics;c1;Video;"1,5"\r\nACSCallDiagnostics;c1\r\n';
  for (const size of [1, 7, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(summary + diagnostics + again, size) });
    assert.deepEqual(outline(events), ['record@3', 'record@6', 'record@8', 'invalid@9'], `chunks of ${size}`);
    assert.deepEqual(records(events).map((r) => r.value), [
      { Type: 'ACSCallSummary', CorrelationId: 'c1', CallType: 'P2P' },
      { Type: 'ACSCallDiagnostics', CorrelationId: 'c1', MediaType: 'Audio', RoundTripTimeAvg: '612' },
      { Type: 'ACSCallDiagnostics', CorrelationId: 'c1', MediaType: 'Video', RoundTripTimeAvg: '1,5' },
    ]);
    assert.deepEqual(invalidReasons(events), ['CSV: a row of 2 cells where the header has 4']);
  }
});

test('a row that merely mentions a column name is a row: a header names two call-log columns, one a cell', async () => {
  const csv = 'CorrelationId,OperationName,OperationPayload\nc1,CreateView,"{""CallId"":""x""}"\nc2,CorrelationId,x\n';
  const events = await collect(['-'], { stdin: chunkedStream(csv, 1000) });
  assert.deepEqual(outline(events), ['record@2', 'record@3']);
});

test("a CSV whose lines end in a CR alone (Excel for Mac) is read as one of LFs: its sep= line, a joined header, an unclosed quote", async () => {
  const csv = 'sep=;\rType;CorrelationId;CallType\rACSCallSummary;c1;P2P\rType;CorrelationId;MediaType;RoundTripTimeAvg\rACSCallDiagnostics;c1;"Audio;612\rACSCallDiagnostics;c1;Video;100\r';
  for (const size of [1, 7, 1000]) {
    const events = await collect(['-'], { stdin: chunkedStream(csv, size) });
    assert.deepEqual(outline(events), ['record@3', 'invalid@5', 'record@6'], `chunks of ${size}`);
    assert.deepEqual(records(events).map((r) => r.value), [
      { Type: 'ACSCallSummary', CorrelationId: 'c1', CallType: 'P2P' },
      { Type: 'ACSCallDiagnostics', CorrelationId: 'c1', MediaType: 'Video', RoundTripTimeAvg: '100' },
    ]);
  }
});

test("call's search passes over other calls' whole lines before csv-parse, past the rows whose dates vote: the same items at the same lines", async () => {
  const rows: string[] = ['CallId,Time,Type,Note'];
  // Past the 10,000 rows that vote, enough for a chunk of 4 KiB to come after the parser has counted them.
  for (let i = 0; i < 10_500; i++) rows.push(`other${i},"11/20/2026, 9:01 AM",T,n${i}`);
  rows.push(
    'want1,"11/20/2026, 9:02 AM",T,"two', // a quoted line break in a row of the call
    'lines"',
    'other-a,"11/20/2026, 9:03 AM",T,"also', // and in another call's row: not passed over before csv-parse
    'two lines, want2 in the cell"',
    '',
    'other-b,"11/20/2026, 9:04 AM",T,"a ""quoted"" word"',
    'CallId,Time,Type,Note', // an export joined after, of the same columns
    'WANT3,"11/20/2026, 9:05 AM",T,plain',
    'other-c,"11/20/2026, 9:06 AM",T,plain',
    // Well quoted, a cell too many: its first line is invalid and the lines after it are read again, by a new parser
    // that finds a quote out of place at once (every line after goes to csv-parse).
    'other-x,"11/20/2026, 9:06 AM",T,"two',
    'lines",extra',
    'other-y,"11/20/2026, 9:06 AM",T,plain',
    'other-d,"11/20/2026, 9:07 AM",T,a stray " quote', // from here on, every line goes to csv-parse
    'other-e,"11/20/2026, 9:08 AM",T,plain',
    'want4,"11/20/2026, 9:09 AM",T,last',
  );
  const csv = `${rows.join('\n')}\n`;
  const wanted = (raw: string) => /want/i.test(raw);
  for (const size of [7, 4096]) {
    const plain = await readAll(readCsv(pieces(csv, size), 'x.csv', ',', wanted));
    const searched = await readAll(readCsv(pieces(csv, size), 'x.csv', ',', wanted, undefined, undefined, 0, true));
    assert.deepEqual(outline(searched), outline(plain), `chunks of ${size}`);
    const line = (start: string) => rows.findIndex((row) => row.startsWith(start)) + 1;
    assert.deepEqual(records(searched).map((r) => [r.value.CallId, r.at.line]), ['want1', 'other-a', 'WANT3', 'want4'].map((id) => [id, line(`${id},`)]));
    // Lines whose filtered item has no cells where csv-parse's had them: not cut into cells.
    const uncutLines = (events: InputEvent[]) => events.flatMap((e) => (e.kind === 'filtered' && e.cells === undefined ? [e.at.line] : []));
    const before = new Set(uncutLines(plain));
    const uncut = uncutLines(searched).filter((at) => !before.has(at));
    // Rows past the 10,000th (from line 10,002, or a little later: the count is the parser's, a chunk behind) were
    // passed over uncut, well-quoted ones too, up to the stray quote; the lines after it went to csv-parse.
    assert.ok(uncut.length >= 300 && uncut.every((at) => at !== null && at >= 10_002 && at < line('other-x,')), `chunks of ${size}: ${uncut.length}`);
    assert.deepEqual(uncut.slice(-2), [line('other-b,'), line('other-c,')], `chunks of ${size}`);
  }
});

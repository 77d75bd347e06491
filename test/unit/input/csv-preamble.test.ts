import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCsvHeader, readCsvStart } from '../../../src/input/csv-header.js';
import { chunkedStream, collect, fixture, outline, records } from './input-test-helpers.js';

test('the lines Excel and PowerShell write before a CSV header are passed over; sep= names the delimiter', () => {
  assert.equal(readCsvStart('TimeGenerated,CorrelationId\n', 0, true), null);
  assert.deepEqual(readCsvStart('sep=;\nCorrelationId;CallType\n', 0, true), { header: 'CorrelationId;CallType', lines: 1, delimiter: ';' });
  assert.deepEqual(readCsvStart('\uFEFF#TYPE System.Management.Automation.PSCustomObject\r\n"CorrelationId","CallType"\r\n', 1, true), {
    header: '"CorrelationId","CallType"',
    lines: 1,
    delimiter: null,
  });
  assert.deepEqual(readCsvStart('#TYPE Selected.System.Object\n"sep=,"\nCorrelationId,CallType', 0, true), { header: 'CorrelationId,CallType', lines: 2, delimiter: ',' });
  assert.equal(readCsvStart('sep=;\nCorrelationId;Call', 0, false), undefined, 'the header line not whole yet: more text is needed');
  assert.equal(readCsvHeader(readCsvStart('sep=;\n', 0, true)!.header, ';'), null, 'no header after it');
  assert.equal(readCsvStart('#TYPEWRITER notes\nCorrelationId\n', 0, true), null);
  // A delimiter named is taken as it is, where guessing would see one cell.
  assert.deepEqual(readCsvHeader('CorrelationId|Category|CallType', '|')?.columns, ['CorrelationId', 'Category', 'CallType']);
  assert.equal(readCsvHeader('CorrelationId|Category|CallType'), null);
  assert.equal(readCsvHeader('CorrelationId;Category,CallType', ',')?.delimiter, ',');
});

test("PowerShell Export-Csv's #TYPE line and Excel's sep=; line: the rows are read, at their own lines", async () => {
  for (const name of ['powershell-export-type-line.csv', 'excel-sep-line.csv']) {
    const events = await collect([fixture(name)]);
    assert.deepEqual(outline(events), ['record@3', 'record@4', 'record@5'], name);
    assert.equal(records(events)[1]!.value['RoundTripTimeAvg'], '612', name);
  }
});

test('sep=| on standard input, and a row whose quote never closes after a preamble: lines stay the file\'s', async () => {
  const piped = await collect(['-'], { stdin: chunkedStream('sep=|\nCorrelationId|Category|CallType\nc1|CallSummary|P2P\n', 5) });
  assert.deepEqual(records(piped).map((r) => r.value), [{ CorrelationId: 'c1', Category: 'CallSummary', CallType: 'P2P' }]);
  const torn = await collect(['-'], { stdin: chunkedStream('#TYPE x\nsep=,\nCorrelationId,Category,CallType\n"c1,CallSummary,P2P\nc2,CallSummary,P2P\n', 7) });
  assert.deepEqual(outline(torn), ['invalid@4', 'record@5']);
});

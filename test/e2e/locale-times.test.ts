import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';

/** An en-GB portal sheet: day first, 24-hour clock; its last row's call and leg start on 31 November. */
const EN_GB = 'test/fixtures/input/portal-export-en-GB.csv';
/** JSON Lines whose times roll over (2026-11-31T24:61:99Z, 2026-02-30, a second 60) on lines 2 and 4. */
const IMPOSSIBLE = 'test/fixtures/input/impossible-times.jsonl';

const startTimes = (doc: SummaryDocument) => Object.fromEntries(doc.calls.map((c) => [c.correlationId, c.startTime]));

const EN_GB_STARTS = {
  'f794018d-ad40-410f-a885-10ebe648da20': '2026-11-20T10:12:31.482Z', // "20/11/2026": was 2027-08-11
  '0511aaaa-0000-4000-8000-000000000001': '2026-11-05T09:00:00.000Z', // "05/11/2026": was 11 May
  '1211bbbb-0000-4000-8000-000000000002': null, // "31/11/2026": no such day
};
const EN_GB_WARNING = `warning: ${EN_GB}: 2 times not read as dates (first at line 5: '31/11/2026, 13:59:00.000' in callStartTime); they count as absent\n`;

test('a day-first (en-GB) portal CSV: its times read day first, an impossible one absent, one warning naming the file', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', EN_GB]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(startTimes(json), EN_GB_STARTS);
  assert.equal(result.stderr, EN_GB_WARNING);
});

test('--since/--until judge the calls of a day-first CSV by their real start', () => {
  const { result, json } = runJson<SummaryDocument>(['summarize', EN_GB, '--since', '2026-11-01', '--until', '2026-11-30']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(json.selection, {
    since: '2026-11-01T00:00:00.000Z',
    until: '2026-11-30T00:00:00.000Z',
    callsOutside: 0,
    callsWithoutStartTime: 1,
    callsWithoutStartTimePoor: 0,
    callsWithoutStartTimeUnknown: 1,
  });
  // The call whose CallStartTime is impossible is left out, and stderr says both why and that it was.
  assert.equal(result.stderr, `${EN_GB_WARNING}warning: 1 call without a CallStartTime left out of the window (1 of unknown quality); run without --since/--until to judge it\n`);
});

test('a German sheet (dot dates) reads as the en-GB one; from standard input the warning names <stdin>', () => {
  const german = readFileSync(`${ROOT}${EN_GB}`, 'utf8').replace(/(\d{2})\/(\d{2})\/(\d{4})/g, '$1.$2.$3');
  assert.match(german, /"20\.11\.2026, 10:31:44\.902"/);
  const { result, json } = runJson<SummaryDocument>(['summarize', '-'], { input: german });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(startTimes(json), EN_GB_STARTS);
  assert.equal(result.stderr, "warning: <stdin>: 2 times not read as dates (first at line 5: '31.11.2026, 13:59:00.000' in callStartTime); they count as absent\n");
});

test('impossible times in JSON Lines are absent, not rolled over, and warned about once a file, on one thread or several', () => {
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', IMPOSSIBLE, EN_GB, '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    const starts = startTimes(json);
    assert.equal(json.input.timesNotRead, 5, 'the 3 impossible times and the 2 of the en-GB sheet, in the JSON too');
    assert.equal(starts['da7e0001-0000-4000-8000-000000000001'], null, 'was 2026-12-02T01:02:39Z');
    assert.equal(starts['da7e0003-0000-4000-8000-000000000003'], '2026-11-20T09:02:00.000Z');
    assert.equal(
      result.stderr,
      `warning: ${IMPOSSIBLE}: 3 times not read as dates (first at line 2: '2026-11-31T24:61:99Z' in callStartTime); they count as absent\n${EN_GB_WARNING}`,
      `--threads ${threads}`,
    );
  }
});

test('call warns of the times of the records it reads', () => {
  const result = runCli(['call', '1211bbbb', EN_GB], { env: { NO_COLOR: '1' } });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, EN_GB_WARNING);
});

test('call: a CallSummary whose start times were not read gives no start, and the story says why (not "no CallSummary")', () => {
  const { status, stdout } = runCli(['call', 'da7e0001', IMPOSSIBLE], { env: { NO_COLOR: '1' } });
  assert.equal(status, 0);
  const { json } = runJson<CallDocument>(['call', 'da7e0001', IMPOSSIBLE]);
  assert.equal(json.input.timesNotRead, 2);
  assert.match(stdout, /\nNo call start \(its CallSummary start times not read\): times below are from the first record, 2026-11-20 09:00:00 UTC\n/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvWithDateOrder } from '../../../src/input/csv-with-date-order.js';
import { DATE_ORDER_ROWS, DateVote, formOrder } from '../../../src/input/date-order.js';
import { BrokenStreamError, type InputEvent } from '../../../src/input/input-event.js';
import { parseAnyTime } from '../../../src/schema/parse-time.js';
import { collect, fixture, records } from './input-test-helpers.js';

const vote = (...cells: string[]) => {
  const v = new DateVote();
  for (const cell of cells) v.see({ TimeGenerated: cell, Other: 'x' });
  return [v.order, v.undecided];
};

test("a file's dates decide day or month first: a first field over 12 day first, a second month first; else undecided", () => {
  assert.deepEqual(vote('03/04/2026 09:01', '20/04/2026 09:01'), ['day-first', '03/04/2026 09:01']);
  assert.deepEqual(vote('3/4/2026 9:01 AM', '11/20/2026 9:01 PM'), ['month-first', '3/4/2026 9:01 AM']);
  assert.deepEqual(vote('20.11.2026, 10:31:44,902'), ['day-first', null]);
  assert.deepEqual(vote('03/04/2026', '05/06/2026 10:00'), [null, '03/04/2026']);
  assert.deepEqual(vote('2026/11/20 9:01:05', '2026-11-20T09:00:00Z', '30/30/2026 1:00', 'c1', '1000'), [null, null], 'year first, impossible, no dates');
  assert.equal(formOrder('03/04/2026, 9:01:05 AM'), 'month-first');
  assert.equal(formOrder('03/04/2026, 9:01:05 pm'), 'day-first');
});

test('a date is read in the order its file proved, over its form; without one, as its form has it', () => {
  const at = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi);
  assert.equal(parseAnyTime('03/04/2026 9:01', 'month-first'), at(2026, 3, 4, 9, 1));
  assert.equal(parseAnyTime('03/04/2026 9:01'), at(2026, 4, 3, 9, 1));
  assert.equal(parseAnyTime('03/04/2026, 9:01 PM', 'day-first'), at(2026, 4, 3, 21, 1));
  assert.equal(parseAnyTime('11/20/2026 9:01', 'month-first'), at(2026, 11, 20, 9, 1));
  assert.equal(parseAnyTime('11/20/2026 9:01', 'day-first'), null, 'a date that contradicts its file is not read');
  assert.equal(parseAnyTime('2026/11/20 9:01', 'month-first'), at(2026, 11, 20, 9, 1), 'year first is year first');
});

test('CSV records carry the order their file proved; a file that proves none says so on its file event', async () => {
  const orderOf = async (name: string) => {
    const events = await collect([fixture(name)]);
    const file = events.find((e) => e.kind === 'file');
    return [file?.kind === 'file' ? (file.undecidedDate ?? null) : 'no file event', records(events).map((r) => r.dateOrder ?? null)];
  };
  assert.deepEqual(await orderOf('excel-dates-month-first.csv'), [null, ['month-first', 'month-first']]);
  assert.deepEqual(await orderOf('dates-day-first-am-pm.csv'), [null, ['day-first', 'day-first']]);
  assert.deepEqual(await orderOf('excel-dates-undecided.csv'), ['03/04/2026 09:01', [null, null]]);
  assert.deepEqual(await orderOf('portal-export.csv'), [null, ['month-first', 'month-first', 'month-first']]);
});

test('rows are held back no further than DATE_ORDER_ROWS; a break in the file hands on what was read first', async () => {
  const row = (n: number): InputEvent => ({ kind: 'record', value: { T: '01/02/2026 10:00' }, at: { file: 'f.csv', line: n + 2 } });
  const fileEvent = (): Extract<InputEvent, { kind: 'file' }> => ({ kind: 'file', file: 'f.csv', shape: 'csv', gzip: false });
  let handedOn = -1;
  let n = 0;
  async function* many(): AsyncGenerator<InputEvent> {
    for (; n < DATE_ORDER_ROWS + 5; n++) yield row(n);
  }
  for await (const event of csvWithDateOrder(many(), fileEvent())) {
    if (event.kind === 'file') {
      handedOn = n;
      assert.equal(event.undecidedDate, '01/02/2026 10:00');
    }
  }
  assert.equal(handedOn, DATE_ORDER_ROWS - 1);
  async function* broken(): AsyncGenerator<InputEvent> {
    yield row(0);
    throw new BrokenStreamError('corrupt gzip stream', 'f.csv');
  }
  const seen: string[] = [];
  await assert.rejects(async () => {
    for await (const event of csvWithDateOrder(broken(), fileEvent())) seen.push(event.kind);
  }, BrokenStreamError);
  assert.deepEqual(seen, ['file', 'record']);
});

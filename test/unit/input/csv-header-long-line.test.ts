import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHeaderlessRow, readCsvHeader } from '../../../src/input/csv-header.js';

test('a first line longer than any header (64 KiB) is not read as a header, nor as a row of a table without one', () => {
  const guid = '341acde7-8aa5-445b-a3da-2ddadca47d22';
  // Up to the limit, as before.
  assert.deepEqual(readCsvHeader(`CorrelationId,${'x'.repeat(64 * 1024 - 14)}`)?.columns.length, 2);
  assert.equal(isHeaderlessRow(`a,b,${guid},${'x'.repeat(64 * 1024 - 41)}`), true);
  // Past it: no header (a text file of one line megabytes long is no CSV), and no headerless table.
  assert.equal(readCsvHeader(`CorrelationId,${'x'.repeat(64 * 1024)}`), null);
  assert.equal(isHeaderlessRow(`a,b,${guid},${'x'.repeat(64 * 1024)}`), false);
});


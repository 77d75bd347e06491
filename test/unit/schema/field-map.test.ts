import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flattenRecord } from '../../../src/schema/field-map.js';

test('fields: any case, a CSV unit suffix, properties over the top level, the top-level category kept apart', () => {
  const { fields, topCategory } = flattenRecord({
    category: 'CallClientOperations',
    OperationName: 'CallClientOperations',
    'TimeGenerated [UTC]': '2026-11-20T09:00:00Z',
    properties: { operationName: 'CreateView', CATEGORY: 'other' },
  });
  assert.equal(topCategory, 'CallClientOperations');
  assert.equal(fields.get('operationname'), 'CreateView');
  assert.equal(fields.get('timegenerated'), '2026-11-20T09:00:00Z');
  assert.equal(fields.get('category'), 'other');
  assert.equal(fields.get('properties'), undefined);
});

test('fields: a record read after another has none of its fields', () => {
  flattenRecord({ correlationId: 'a', participantId: 'p' });
  const { fields } = flattenRecord({ correlationId: 'b' });
  assert.equal(fields.get('correlationid'), 'b');
  assert.equal(fields.get('participantid'), undefined);
});

test('fields: a file of thousands of odd keys still reads every key, past the slots it is given', () => {
  const odd: Record<string, unknown> = {};
  for (let i = 0; i < 6000; i++) odd[`oddKey${i}`] = i;
  odd.lateKey = 'kept';
  const { fields } = flattenRecord(odd);
  assert.equal(fields.get('oddkey0'), 0);
  assert.equal(fields.get('oddkey5999'), 5999);
  assert.equal(fields.get('latekey'), 'kept');
  const next = flattenRecord({ correlationId: 'c', oddKey5999: 'again' });
  assert.equal(next.fields.get('oddkey5999'), 'again');
  assert.equal(next.fields.get('latekey'), undefined);
});

test('fields: records of more key lists than are kept, in turn and in any key order, each read whole', () => {
  // Twelve shapes (past the eight kept key lists), the same keys in two orders, read round and round.
  const shapes = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? ['correlationId', `only${i}`, 'streamId'] : [`only${i}`, 'streamId', 'correlationId']));
  for (let round = 0; round < 3; round++) {
    shapes.forEach((keys, i) => {
      const record = Object.fromEntries(keys.map((key) => [key, `${key}-${i}-${round}`]));
      const { fields } = flattenRecord({ ...record, properties: { [`prop${i % 3}`]: round } });
      assert.equal(fields.get('correlationid'), `correlationId-${i}-${round}`);
      assert.equal(fields.get(`only${i}`), `only${i}-${i}-${round}`);
      assert.equal(fields.get(`only${(i + 1) % 12}`), undefined);
      assert.equal(fields.get(`prop${i % 3}`), round);
      assert.equal(fields.get(`prop${(i + 1) % 3}`), undefined);
    });
  }
});

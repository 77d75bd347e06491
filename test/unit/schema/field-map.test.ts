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

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../../src/input/input-event.js';
import { MemoryGuard } from '../../../src/model/memory-guard.js';

/** A guard whose heap is always over its threshold, as if the heap were full. */
function fullGuard(where = ''): MemoryGuard {
  const guard = new MemoryGuard(where);
  Object.assign(guard, { threshold: -1 });
  return guard;
}

test('out of memory says how many records were read: "1 record", "0 records", "1,024 records"', () => {
  const said = (records: number, where?: string) => {
    try {
      fullGuard(where).check('PT1H.json', records);
    } catch (error) {
      assert.ok(error instanceof InputError);
      return error.message;
    }
    assert.fail('the guard did not trip');
  };
  assert.match(said(1), /^PT1H\.json: out of memory after 1 record \(Node's heap limit is /);
  assert.match(said(0), /^PT1H\.json: out of memory after 0 records \(/);
  assert.match(said(1024), /^PT1H\.json: out of memory after 1,024 records \(/);
  assert.match(said(1, ' on one of 3 worker threads'), /^PT1H\.json: out of memory after 1 record on one of 3 worker threads \(/);
});

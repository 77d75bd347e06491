import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVersionText } from '../../../src/model/compare-version-text.js';

test('versions by their numbers part by part, other parts by text; a total order', () => {
  const sorted = ['1.10.0', '1.3.0', '10.0', '1.9.0', '1.10', '2.0.0-beta.10', '2.0.0-beta.9', '1.01', '1.1', 'Redacted', '1.31.2.1', '99999999999999999999.1', '100000000000000000000.0'].sort(compareVersionText);
  assert.deepEqual(sorted, ['1.01', '1.1', '1.3.0', '1.9.0', '1.10', '1.10.0', '1.31.2.1', '2.0.0-beta.9', '2.0.0-beta.10', '10.0', '99999999999999999999.1', '100000000000000000000.0', 'Redacted']);
  assert.equal(compareVersionText('1.3.0', '1.3.0'), 0);
  assert.ok(compareVersionText('1.01', '1.1') < 0 && compareVersionText('1.1', '1.01') > 0, 'leading zeros: by text, never equal');
});

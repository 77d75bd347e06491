import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVersionText } from '../../../src/model/compare-version-text.js';

test('versions by their numbers part by part, other parts by text; a total order', () => {
  const sorted = ['1.10.0', '1.3.0', '10.0', '1.9.0', '1.10', '2.0.0-beta.10', '2.0.0-beta.9', '1.01', '1.1', 'Redacted', '1.31.2.1', '99999999999999999999.1', '100000000000000000000.0'].sort(compareVersionText);
  assert.deepEqual(sorted, ['1.01', '1.1', '1.3.0', '1.9.0', '1.10', '1.10.0', '1.31.2.1', '2.0.0-beta.9', '2.0.0-beta.10', '10.0', '99999999999999999999.1', '100000000000000000000.0', 'Redacted']);
  assert.equal(compareVersionText('1.3.0', '1.3.0'), 0);
  assert.ok(compareVersionText('1.01', '1.1') < 0 && compareVersionText('1.1', '1.01') > 0, 'leading zeros: by text, never equal');
});

test('a pre-release before its release, pre-releases by their numbers, build metadata (+…) no part of the order', () => {
  const sorted = ['1.10.0', '1.10.0-beta.10', '1.10.0+abc', '1.9.0', '1.10.0-beta.2', '1.10.0-alpha', '1.10.0-beta.2+zz', '1.10.1-rc.1', '1.10.0+build.5', '1.10.0-rc.1'].sort(compareVersionText);
  assert.deepEqual(sorted, ['1.9.0', '1.10.0-alpha', '1.10.0-beta.2', '1.10.0-beta.2+zz', '1.10.0-beta.10', '1.10.0-rc.1', '1.10.0', '1.10.0+abc', '1.10.0+build.5', '1.10.1-rc.1']);
  assert.ok(compareVersionText('1.10.0-beta.1', '1.10.0') < 0 && compareVersionText('1.10.0', '1.10.0-beta.1') > 0);
  assert.ok(compareVersionText('1.2.0+build.5', '1.2.0-rc.1') > 0, 'build metadata is not a pre-release');
  assert.ok(compareVersionText('1.10.0+abc', '1.10.0') > 0, 'build metadata alone: by text, never equal');
  assert.ok(compareVersionText('android-1.2', 'android') > 0, 'a text that is not semver-like: part by part, as before');
});

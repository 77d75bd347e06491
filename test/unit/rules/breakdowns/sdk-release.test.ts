import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sdkRelease } from '../../../../src/rules/breakdowns/sdk-release.js';

test('an SDK version is a build of its major.minor.patch release: a fourth number and build metadata dropped', () => {
  const cases: Array<[string, string]> = [
    // The CallSummary schema's example: a build number a day, each build its own version.
    ['1.1.00.20212500', '1.1.0'],
    ['1.1.00.20212587', '1.1.0'],
    ['1.31.2.1', '1.31.2'],
    ['1.0.0.3', '1.0.0'],
    ['2.13.0', '2.13.0'],
    ['2.13', '2.13.0'],
    ['1.30.1+build.7', '1.30.1'],
    ['01.002.0003', '1.2.3'],
    ['123456789012345678901.0.0', '123456789012345678901.0.0'],
  ];
  for (const [version, release] of cases) assert.equal(sdkRelease(version), release, version);
});

test('a pre-release is kept by its first word, so a beta is not counted with its release', () => {
  assert.equal(sdkRelease('1.30.1-beta.2'), '1.30.1-beta');
  assert.equal(sdkRelease('1.30.1-beta.10'), '1.30.1-beta');
  // The CallClientOperations example of the schema article.
  assert.equal(sdkRelease('1.19.2.2_beta'), '1.19.2-beta');
  assert.equal(sdkRelease('1.20.0-RC1'), '1.20.0-rc');
});

test('a value that is not a version (Redacted, for another tenant) is as logged; not logged stays null', () => {
  assert.equal(sdkRelease('Redacted'), 'Redacted');
  assert.equal(sdkRelease('v1.2.3'), 'v1.2.3');
  assert.equal(sdkRelease('1'), '1');
  assert.equal(sdkRelease(''), '');
  assert.equal(sdkRelease(null), null);
});

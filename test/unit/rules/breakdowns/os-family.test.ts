import assert from 'node:assert/strict';
import { test } from 'node:test';
import { osFamily } from '../../../../src/rules/breakdowns/os-family.js';

test('osVersion strings as the seeds and samples log them map to their family', () => {
  const cases: Array<[string | null, string]> = [
    ['Windows 10.0.22631 Arch: x64', 'Windows'],
    ['Windows 10.0.17763 Arch: x64', 'Windows'],
    ['Android 14.0; Manufacturer: samsung; Product: e3qxxx; Model: SM-S928B; Hardware: qcom', 'Android'],
    ['Android 11.0; Manufacturer: Google; Product: redfin; Model: Pixel 5; Hardware: redfin', 'Android'],
    ['Android 13', 'Android'],
    ['Mac OS X 10.15.7 Arch: arm64', 'macOS'],
    ['macOS 14.1', 'macOS'],
    ['iOS 17.1', 'iOS'],
    ['iPadOS 17.0', 'iOS'],
    // An iPhone's kernel (the seeds' example); an x86_64 Darwin build is a Mac.
    ['Darwin Kernel Version 18.7.0: Mon Nov 9 15:07:15 PST 2020; root:xnu-4903.272.3~3/RELEASE_ARM64_S5L8960X', 'iOS'],
    ['Darwin Kernel Version 19.6.0: root:xnu-6153.141.1~1/RELEASE_X86_64', 'macOS'],
    ['Linux x86_64', 'Linux'],
    ['Linux', 'Linux'],
  ];
  for (const [text, family] of cases) assert.equal(osFamily(text), family, String(text));
});

test('user-agent-like strings: iPhone before "like Mac OS X", Android before "Linux"', () => {
  assert.equal(osFamily('Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'), 'iOS');
  assert.equal(osFamily('Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'), 'Android');
  assert.equal(osFamily('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'), 'macOS');
  assert.equal(osFamily('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'), 'Windows');
  assert.equal(osFamily('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'), 'Linux');
});

test('not logged → null (shown as not logged); unrecognised → other', () => {
  assert.equal(osFamily(null), null);
  for (const text of ['', 'CrOS 15633.69.0', 'PlayStation 5', 'Redacted by policy']) assert.equal(osFamily(text), 'other', String(text));
});

test('Redacted (a participant of another tenant) is a group of its own, in any case, not mixed into other', () => {
  for (const text of ['Redacted', 'redacted', ' REDACTED ']) assert.equal(osFamily(text), 'Redacted', JSON.stringify(text));
});

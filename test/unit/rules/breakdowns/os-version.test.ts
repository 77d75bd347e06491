import assert from 'node:assert/strict';
import { test } from 'node:test';
import { osVersionGroup } from '../../../../src/rules/breakdowns/os-version.js';

test('OS version: family and major version, as the seeds and samples log osVersion', () => {
  const cases: Array<[string | null, string | null]> = [
    // Windows 11 says NT 10.0 too: told apart by its build, 22000 and later.
    ['Windows 10.0.22631 Arch: x64', 'Windows 11'],
    ['Windows 10.0.22000', 'Windows 11'],
    ['Windows 10.0.21999', 'Windows 10'],
    ['Windows 10.0.19045 Arch: x64', 'Windows 10'],
    ['Windows 10.0.17763 Arch: x64', 'Windows 10'],
    ['Windows 10 日本語版 [x64] {build 17763}', 'Windows 10'],
    ['Windows 10 日本語版 [x64] {build 22621}', 'Windows 11'],
    ['Windows 10', 'Windows 10'],
    ['Windows 11', 'Windows 11'],
    ['Android 14.0; Manufacturer: samsung; Product: e3qxxx; Model: SM-S928B; Hardware: qcom', 'Android 14'],
    ['Android 11.0; Manufacturer: Google; Product: redfin; Model: Pixel 5; Hardware: redfin', 'Android 11'],
    ['Android 12', 'Android 12'],
    ['iOS 17.1', 'iOS 17'],
    ['iPadOS 18.0', 'iOS 18'],
    // The native iOS SDK logs the Darwin kernel: 18 is iOS 12, 23 iOS 17, 24 iOS 18, 25 iOS 26.
    ['Darwin Kernel Version 18.7.0: Mon Nov 9 15:07:15 PST 2020; root:xnu-4903.272.3~3/RELEASE_ARM64_S5L8960X', 'iOS 12'],
    ['Darwin Kernel Version 23.1.0: Mon Oct 9 21:28:12 PDT 2023; root:xnu-10002.41.9~6/RELEASE_ARM64_T8103', 'iOS 17'],
    ['Darwin Kernel Version 24.0.0: root:xnu-11215.1.10~2/RELEASE_ARM64_T8101', 'iOS 18'],
    ['Darwin Kernel Version 25.0.0: root:xnu-12377.1.9~141/RELEASE_ARM64_T8140', 'iOS 26'],
    ['Darwin Kernel Version 19.6.0: root:xnu-6153.141.1~1/RELEASE_X86_64', 'macOS 10.15'],
    ['Darwin Kernel Version 23.1.0: root:xnu-10002.41.9~6/RELEASE_X86_64', 'macOS 14'],
    ['macOS 14.1', 'macOS 14'],
    ['Mac OS X 10.14.6', 'macOS 10.14'],
    ['Linux x86_64', 'Linux'],
    ['Redacted', 'Redacted'],
    ['CrOS 15633.69.0', 'other'],
    [null, null],
  ];
  for (const [text, group] of cases) assert.equal(osVersionGroup(text), group, String(text));
});

test('OS version: what a string cannot tell is not made up — NT 10.0 without a build, frozen user agents, no number', () => {
  // A browser writes Windows NT 10.0 on Windows 10 and 11, Mac OS X 10_15_7 on every macOS since 11 (the samples'
  // one is an arm64 Mac, which 10.15 never ran on), and Android 10; K on every Android since 10.
  assert.equal(osVersionGroup('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'), 'Windows 10/11');
  assert.equal(osVersionGroup('Windows 10.0'), 'Windows 10/11');
  assert.equal(osVersionGroup('Mac OS X 10.15.7 Arch: arm64'), 'macOS 10.15.7+');
  assert.equal(osVersionGroup('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'), 'macOS 10.15.7+');
  assert.equal(osVersionGroup('Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'), 'Android 10+');
  assert.equal(osVersionGroup('Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'), 'Android 13');
  assert.equal(osVersionGroup('Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'), 'iOS 17');
  assert.equal(osVersionGroup('Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15'), 'iOS 16');
  // Safari on iOS 26 writes iPhone OS 18_6 (18_7 from 26.2): 18.6 and later, or iOS 26 by Safari's own version beside it.
  assert.equal(osVersionGroup('Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1'), 'iOS 26');
  assert.equal(osVersionGroup('Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1'), 'iOS 18.6+');
  assert.equal(osVersionGroup('Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1'), 'iOS 18.6+');
  assert.equal(osVersionGroup('iOS 18.6'), 'iOS 18.6+');
  assert.equal(osVersionGroup('iOS 18.5.1'), 'iOS 18');
  assert.equal(osVersionGroup('Windows NT 6.1; WOW64'), 'Windows 7');
  // A family and no version read: the family alone, never a number from elsewhere in the text.
  for (const [text, family] of [['Windows\u001b]0;title\u0007', 'Windows'], ['Windows 10 🎧 {build}', 'Windows 10'], ['Android; Model: 14', 'Android'], ['Macintosh', 'macOS']]) {
    assert.equal(osVersionGroup(text!), family, text);
  }
});

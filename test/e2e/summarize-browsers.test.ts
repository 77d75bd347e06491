import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { onOneAndTwoThreads } from '../support/one-and-two-threads.js';
import { runCli, runJson } from '../support/run-cli.js';
import { rateRows as rows } from '../support/stream-rate-rows.js';

// test/fixtures/browsers/browser-calls.jsonl: nine audio streams, a leg each, three poor (jitter 45 > 30), each leg's
// user agent in its client operations (the web SDK's, its app tag before the browser's; the Android SDK's):
//   bbbb0001 Group: Chrome 131 on Windows (2 streams, 1 poor), Chrome 120 on a Mac, Edge 131 (poor)
//   bbbb0002 P2P, no participantId (joined by endpointId): Safari 26 on an iPhone (iPhone OS 18_6), Chrome on iOS (poor)
//   bbbb0003 Group: the Android native SDK, Firefox 133, a participant of another tenant (Redacted: no client operations)
const BROWSERS = 'test/fixtures/browsers/';

test('browser: JSON byBrowser and byBrowserVersion of the streams\' clients, worst first, the same on one worker thread and on two', () => {
  const [one, two] = onOneAndTwoThreads(['summarize', BROWSERS, '--format', 'json']);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.stdout, one.stdout);
  const streams = (JSON.parse(one.stdout) as SummaryDocument).breakdowns!.streams;
  assert.deepEqual(rows(streams.byBrowser), [['Chrome iOS', 1, 1], ['Edge', 1, 1], ['Chrome', 1, 3], ['Firefox', 0, 1], ['Safari', 0, 1], ['native app', 0, 1], [null, 0, 1]]);
  assert.deepEqual(rows(streams.byBrowserVersion), [
    ['Chrome iOS 126', 1, 1],
    ['Edge 131', 1, 1],
    ['Chrome 131', 1, 2],
    ['Chrome 120', 0, 1],
    ['Firefox 133', 0, 1],
    ['Safari 26', 0, 1],
    ['native app', 0, 1],
    [null, 0, 1],
  ]);
});

test('browser: the table and Markdown have its rows when a user agent was read; not for an export whose client operations log none', () => {
  const table = runCli(['summarize', BROWSERS]).stdout;
  assert.match(table, /│ browser\s+│ Chrome iOS\s+│\s+1 │\s+1 │\s+100\.0% │ 20\.6%–100\.0% │\n│\s+│ Edge\s+│/);
  assert.match(table, /│ browser version │ Chrome iOS 126\s+│/);
  const markdown = runCli(['summarize', BROWSERS, '--format', 'markdown']).stdout;
  assert.match(markdown, /\| browser \| Chrome iOS \| 1 \| 1 \| 100\.0% \| 20\.6%–100\.0% \|\n\|  \| Edge \|/);
  assert.match(markdown, /\|  \| native app \| 0 \| 1 \|/);
  // The fleet fixture's client operations log no user agent: every stream's browser is not logged, said by no row.
  const fleet = runJson<SummaryDocument>(['summarize', 'test/fixtures/fleet/']).json;
  assert.deepEqual(rows(fleet.breakdowns!.streams.byBrowser), [[null, 3, 8]]);
  assert.doesNotMatch(runCli(['summarize', 'test/fixtures/fleet/', '--format', 'markdown']).stdout, /\| browser/);
});

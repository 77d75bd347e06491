import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import type { SummaryDocument } from '../../src/report/summary-document.js';
import { ROOT, runCli, runJson } from '../support/run-cli.js';

/**
 * A German portal sheet: dot dates, decimal commas ("0,25"). Call de11aaaa's stream lost 25% of its packets, which
 * only a decimal comma read shows; call de11bbbb's holds "1,000" (1000 in en-US, 1 in de: not read) and "2,5 ms".
 */
const DE = 'test/fixtures/input/portal-export-de.csv';
const DE_WARNING = `warning: ${DE}: 2 numbers not read (first at line 5: '1,000' in roundTripTimeAvg); they count as absent\n`;

test('a German sheet\'s decimal commas are read: its poor stream is found and --fail-on-poor fails', () => {
  const result = runCli(['summarize', DE, '--fail-on-poor'], { env: { NO_COLOR: '1' } });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /POOR +│ de11aaaa .*Audio loss 25% > 10%/);
  assert.match(result.stdout, /good +│ de11bbbb /);
  assert.equal(result.stderr, `${DE_WARNING}acs-calllogs: gate fail-on-poor crossed: 1 poor call (set by --fail-on-poor)\n`);
});

test('the numbers of a German sheet in JSON: commas read, the ambiguous ones counted as numbersNotRead, alike on 1 and 2 threads', () => {
  const outputs: string[] = [];
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', DE, '--threads', threads]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, DE_WARNING, `--threads ${threads}`);
    assert.equal(json.input.numbersNotRead, 2);
    assert.equal(json.input.timesNotRead, 0, 'the dot dates with a comma before the milliseconds are read');
    const poor = json.calls.find((c) => c.correlationId === 'de11aaaa-0000-4000-8000-000000000001')!;
    assert.equal(poor.quality, 'poor');
    assert.deepEqual(poor.issues.map((i) => [i.metric, i.value]), [['packetLossRateAvg', 0.25]]);
    outputs.push(result.stdout);
  }
  assert.equal(outputs[1], outputs[0], 'byte-identical on one thread and two');
});

test('a German Excel sheet (";" between cells) from standard input reads as the portal one', () => {
  const excel = readFileSync(`${ROOT}${DE}`, 'utf8').replace(/("[^"]*")|,/g, (cell, quoted: string | undefined) => quoted ?? ';');
  assert.match(excel, /;"0,25"\n/);
  const { result, json } = runJson<SummaryDocument>(['summarize', '-', '--fail-on-poor'], { input: excel });
  assert.equal(result.status, 1, result.stderr);
  assert.equal(json.totals.poorCalls, 1);
  assert.equal(json.input.numbersNotRead, 2);
  assert.match(result.stderr, /^warning: <stdin>: 2 numbers not read \(first at line 5: '1,000' in roundTripTimeAvg\); they count as absent\n/);
});

test('call: the numbers of the records it reads are warned about and counted', () => {
  const { result, json } = runJson<CallDocument>(['call', 'de11bbbb', DE]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(json.input.numbersNotRead, 2);
  assert.equal(json.input.timesNotRead, 0);
  assert.equal(result.stderr, DE_WARNING);
  const poor = runJson<CallDocument>(['call', 'de11aaaa', DE]);
  assert.equal(poor.json.quality, 'poor');
});

test('numbers in JSON Lines that are no number ("15%", "600 ms", an object) are counted too, one line a file', () => {
  const lines = [
    { category: 'CallDiagnostics', correlationId: 'c-1', properties: { mediaType: 'Audio', streamId: '1', roundTripTimeAvg: '600,5', jitterAvg: '15%' } },
    { category: 'CallDiagnostics', correlationId: 'c-2', properties: { mediaType: 'Audio', streamId: '2', roundTripTimeAvg: '600 ms', packetLossRateAvg: { v: 1 }, jitterAvg: 'None' } },
  ].map((l) => JSON.stringify(l));
  for (const threads of ['1', '2']) {
    const { result, json } = runJson<SummaryDocument>(['summarize', '-', '--threads', threads], { input: `${lines.join('\n')}\n` });
    assert.equal(json.input.numbersNotRead, 3, `--threads ${threads}`);
    assert.equal(result.stderr, "warning: <stdin>: 3 numbers not read (first at line 1: '15%' in jitterAvg); they count as absent\n");
    assert.equal(json.calls.find((c) => c.correlationId === 'c-1')?.issues[0]?.value, 600.5);
  }
});

test('a number past a double\'s range (1e309, which JSON.parse reads as Infinity) is not read: never shown as Infinity', () => {
  const record = '{"time":"2026-11-20T09:46:31Z","category":"CallSummary","correlationId":"a60ad5d9-ceeb-4b7f-a165-539cb9f7a904","properties":{"callStartTime":"2026-11-20T09:19:58Z","callDuration":1e309,"callType":1e309,"participantId":"2aaed7ee-c815-46c7-a198-9c11109f5308","identifier":1e309,"endpointType":"VoIP","sdkVersion":-1e999,"osVersion":1e309}}\n';
  for (const args of [['summarize', '-'], ['summarize', '-', '--format', 'markdown'], ['call', 'a60ad5d9', '-']]) {
    const result = runCli(args, { input: record, env: { NO_COLOR: '1' } });
    assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
    assert.doesNotMatch(result.stdout, /Infinity/, args.join(' '));
    assert.equal(result.stderr, "warning: <stdin>: 1 number not read (at line 1: '> 1.8e308' in callDuration); it counts as absent\n", args.join(' '));
  }
});

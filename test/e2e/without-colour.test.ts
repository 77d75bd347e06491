import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { runCli } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

/** A call whose leg ep-a never connected (495/4507, UnexpectedClientError): failed, not dropped. */
const FAILED_LEG = 'test/fixtures/input/failed-leg.jsonl';
const FAILED_CALL = 'eeeeeeee-0000-4000-8000-000000000005';
const SGR = /\u001b\[[0-9;]*m/;

test('a leg that failed without dropping is marked ✕ at its end in the Timeline, as a drop is: not in red alone', () => {
  for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
    const { status, stdout, stderr } = runCli(['call', FAILED_CALL, FAILED_LEG], { env });
    assert.equal(status, 0, stderr);
    // It joined at 0s and failed 2 s into a 1-minute call: the end of its bar is the mark; the leg that left is not marked.
    assert.match(stripVTControlCharacters(stdout), /\nTimeline\n {21}0s +1m 00s\n {2}ep-a {5}VoIP {6}█✕·{46}\n {2}ep-b {5}VoIP {6}█{48}\n/, JSON.stringify(env));
  }
  // The Markdown's chart is never coloured: the mark is all it has.
  const markdown = runCli(['call', FAILED_CALL, FAILED_LEG, '--format', 'markdown']).stdout;
  assert.match(markdown, /### Timeline\n\n```\n {21}0s +1m 00s\n {2}ep-a {5}VoIP {6}█✕·{46}\n {2}ep-b {5}VoIP {6}█{48}\n```/);
});

test('a failed leg whose end is not logged: its faded bar ends with ✕, in NO_COLOR and the Markdown as in colour', () => {
  // ep-a's duration left out: it failed (495/4507), nobody logged when.
  const file = join(scratchDir('without-colour-'), 'failed-no-end.jsonl');
  writeFileSync(file, readFileSync(FAILED_LEG, 'utf8').replace('"participantDuration":2,', ''));
  const bars = / {2}ep-a {5}VoIP {6}█░{46}✕\n {2}ep-b {5}VoIP {6}█{48}\n/;
  assert.match(runCli(['call', FAILED_CALL, file], { env: { NO_COLOR: '1' } }).stdout, bars);
  assert.match(runCli(['call', FAILED_CALL, file, '--format', 'markdown']).stdout, bars);
});

test('a poor survey rating says so in a word, in the text and the Markdown: 2/5 is poor by the threshold the survey logs', () => {
  const text = runCli(['call', 'a60ad5d9', 'samples/'], { env: { NO_COLOR: '1' } }).stdout;
  assert.match(text, /\nSurvey ratings\n  9d64fef3  overall 2\/5 poor \(CallDropped\) · audio 2\/5 poor \(Distorted, Echo\)\n  e0dd0d03  overall 4\/5 · audio 4\/5\n/);
  const markdown = runCli(['call', 'a60ad5d9', 'samples/', '--format', 'markdown']).stdout;
  assert.match(markdown, /\n- `e0dd0d03`: overall 4\/5 · audio 4\/5\n/);
  assert.match(markdown, /\n- `9d64fef3`: \*\*overall 2\/5 poor \(CallDropped\)\*\* · \*\*audio 2\/5 poor \(Distorted, Echo\)\*\*\n/);
});

test('colour adds nothing the words do not say: FORCE_COLOR=1 with its colour codes taken out is NO_COLOR and --no-color, byte for byte', () => {
  const runs = [
    ['summarize', 'samples/'],
    ['summarize', 'test/fixtures/fleet', 'test/fixtures/pstn', '--max-poor-calls', '1', '--max-failed-calls', '5'],
    ['call', 'a60ad5d9', 'samples/'],
    ['call', FAILED_CALL, FAILED_LEG],
    ['call', 'c5030c33', 'test/fixtures/pstn'],
  ];
  for (const args of runs) {
    for (const columns of [{}, { COLUMNS: '100' }]) {
      const what = `${args.join(' ')} ${JSON.stringify(columns)}`;
      const coloured = runCli(args, { env: { ...columns, FORCE_COLOR: '1' } });
      assert.match(coloured.stdout, SGR, `${what}: colour is on`);
      const plain = runCli(args, { env: { ...columns, NO_COLOR: '1' } });
      assert.equal(plain.status, coloured.status, what);
      assert.equal(stripVTControlCharacters(coloured.stdout), plain.stdout, what);
      assert.equal(runCli([...args, '--no-color'], { env: { ...columns, FORCE_COLOR: '3' } }).stdout, plain.stdout, `${what} --no-color`);
    }
  }
});

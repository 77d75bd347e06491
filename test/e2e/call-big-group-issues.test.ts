import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CallDocument } from '../../src/report/call-document.js';
import { BIG_CALL_ID, bigGroupCall } from '../support/big-group-call.js';
import { section } from '../support/report-section.js';
import { runCli, runJson } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

// A town hall's call: 60 legs, 4 of them dropped, ~40 stream issues. A ticket says "the call dropped": its drops come
// first wherever a call's findings are listed (finding-order.ts), not behind a list's "+N more".

const FILE = join(scratchDir('big-call-issues-'), 'town-hall.jsonl');
writeFileSync(FILE, bigGroupCall({ legs: 60 }));
const ID = BIG_CALL_ID.slice(0, 8);

const { json } = runJson<CallDocument>(['call', ID, FILE]);
const drops = json.dropped.map((l) => l.participantId!.slice(0, 8));

test('a town hall: its Issues, in text and Markdown, list the dropped legs first, then the stream issues', () => {
  assert.ok(drops.length >= 4 && json.issues.length > 8 * drops.length, `${drops.length} drops, ${json.issues.length} stream issues`);
  const issues = section(runCli(['call', ID, FILE]).stdout, /^Issues/);
  assert.equal(issues[0], `Issues (${json.issueCount})`);
  assert.deepEqual(issues.slice(1, 1 + drops.length).map((l) => /^ {2}leg ([0-9a-f]{8}): dropped at \+/.exec(l)?.[1]), drops);
  assert.ok(issues.slice(1 + drops.length).every((l) => !l.includes('dropped')));
  const markdown = runCli(['call', ID, FILE, '--format', 'markdown']).stdout.split('\n').filter((l) => l.startsWith('- leg '));
  assert.deepEqual(markdown.slice(0, drops.length).map((l) => /^- leg `?([0-9a-f]{8})`?: dropped at /.exec(l)?.[1]), drops, markdown.slice(0, 6).join('\n'));
});

test('a town hall in call --format junit: the failure message names its drops, not 3 of its stream issues', () => {
  const { stdout } = runCli(['call', ID, FILE, '--format', 'junit']);
  const message = /<failure message="([^"]*)"/.exec(stdout)?.[1];
  assert.ok(message !== undefined, stdout.slice(0, 2000));
  const named = message.split('; ').slice(0, 3);
  assert.deepEqual(named.map((n) => /leg ([0-9a-f]{8}): dropped at /.exec(n)?.[1]), drops.slice(0, 3), message);
  assert.match(message, new RegExp(`; and ${json.issueCount - 3} more$`));
});

test('summarize --format junit on a town hall: the failure message names its drops as call\'s does, three findings then how many more; its text lists every one', () => {
  const { stdout } = runCli(['summarize', FILE, '--format', 'junit']);
  const failure = /<failure message="([^"]*)" type="poor-call">([^<]*)<\/failure>/.exec(stdout);
  assert.ok(failure !== null, stdout.slice(0, 2000));
  const [, message, text] = failure;
  const lines = text!.split('\n');
  // Every finding in the text, the drops first, worded as the Breaches cell words a leg's end.
  assert.deepEqual(lines.slice(0, drops.length), drops.map((id) => `leg ${id}: dropped 410/3101`));
  assert.equal(lines.length, drops.length + json.issues.length);
  // The message: one line a CI UI can show, of a few hundred characters, not the kilobytes of every stream's.
  assert.equal(message, `${lines.length} issues: ${lines.slice(0, 3).join('; ')}; and ${lines.length - 3} more`);
  assert.ok(message!.length < 200, `${message!.length} characters`);
});

test('summarize on a town hall: the Breaches cell shows the dropped legs before "+N more"; CSV, Markdown and GitHub list them first too', () => {
  const table = runCli(['summarize', FILE]).stdout.split('\n');
  const start = table.findIndex((l) => l.startsWith('│ POOR '));
  const end = table.findIndex((l, i) => i > start && /^[├└]/.test(l));
  const cell = table.slice(start, end).map((l) => l.split('│').at(-2)!.trim());
  assert.deepEqual(cell.slice(0, 4), drops.slice(0, 4).map((id) => `${id}: dropped 410/3101`), cell.join('\n'));
  assert.match(cell[4]!, /^\+\d+ more$/);

  const csv = runCli(['summarize', FILE, '--format', 'csv']).stdout;
  assert.ok(csv.includes(`,leg ${drops.map((id) => `${id}: dropped 410/3101`).join('; leg ')}; leg `), csv.slice(0, 600));
  const markdown = runCli(['summarize', FILE, '--format', 'markdown']).stdout;
  assert.ok(markdown.includes(`leg \`${drops[0]}\`: dropped 410/3101`) || markdown.includes(`leg ${drops[0]}: dropped 410/3101`), markdown.slice(0, 1500));
  const error = runCli(['summarize', FILE, '--format', 'github']).stdout.split('\n').find((l) => l.startsWith('::error title=Poor call'))!;
  assert.ok(error.indexOf('dropped 410/3101') >= 0 && error.indexOf('dropped 410/3101') < error.indexOf('jitter'), error.slice(0, 600));
});

test('call on an 80-column terminal: each issue wraps at its words, going on under its text past the leg; a pipe has each on one line', () => {
  const piped = section(runCli(['call', ID, FILE]).stdout, /^Issues/).slice(1);
  assert.ok(piped.some((l) => l.length > 80), 'an issue longer than the terminal');
  const wrapped = section(runCli(['call', ID, FILE], { env: { COLUMNS: '80' } }).stdout, /^Issues/).slice(1);
  assert.ok(wrapped.every((l) => [...l].length <= 80), wrapped.filter((l) => [...l].length > 80).join('\n'));
  // Each issue's first line, and its other lines under where its text began ("  leg 5c308614: "): nothing lost.
  const rejoined: string[] = [];
  let under = 0;
  for (const line of wrapped) {
    if (line.startsWith('  leg ') || line.startsWith('  client: ')) {
      rejoined.push(line);
      under = line.indexOf(': ') + 2;
    } else {
      assert.equal(line.slice(0, under), ' '.repeat(under), `${line} under column ${under}`);
      assert.notEqual(line[under], ' ');
      rejoined.push(`${rejoined.pop()!} ${line.slice(under)}`);
    }
  }
  assert.deepEqual(rejoined, piped);
  assert.ok(wrapped.length > piped.length);
});

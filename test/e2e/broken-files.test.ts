import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { feedFifo, generateInput } from '../support/broken-inputs.js';
import { ROOT } from '../support/run-cli.js';
import { spawnCli } from '../support/spawn-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

interface BrokenCase {
  name: string;
  input?: string;
  generate?: string;
  exit: number;
  stderr: string;
  stdout?: string;
}

const FOLDER = 'test/fixtures/broken';
const { cases } = JSON.parse(readFileSync(join(ROOT, FOLDER, 'expected.json'), 'utf8')) as { cases: BrokenCase[] };
const scratch = scratchDir('broken-');
after(() => rmSync(scratch, { recursive: true, force: true }));

const asRoot = process.getuid?.() === 0;

for (const c of cases) {
  test(`broken input: ${c.name} → exit ${c.exit}, one clear message naming it, no stack trace, and it ends`, async () => {
    const input = c.generate !== undefined ? generateInput(c.generate, mkdtempSync(join(scratch, 'case-'))) : `${FOLDER}/${c.input}`;
    const unprivileged = c.generate === 'unreadable.json' && asRoot;
    const run = spawnCli(['summarize', input], {
      stdin: c.generate === 'stdin-closed' ? 'closed' : 'empty',
      withoutFileOverride: unprivileged,
    });
    if (c.generate === 'fifo-with-writer') feedFifo(input);
    const result = await run.done;
    assert.equal(result.killed, false, `${c.name}: did not end (killed after the limit)`);
    assert.equal(result.status, c.exit, `${c.name}: exit ${result.status}\n${result.stderr}`);
    assert.match(result.stderr, new RegExp(c.stderr, 'm'), c.name);
    if (c.stdout !== undefined) assert.match(result.stdout, new RegExp(c.stdout), c.name);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.doesNotMatch(result.stderr, /internal error/);
    if (c.stderr !== '^$' && !c.generate?.startsWith('stdin')) assert.ok(result.stderr.includes(input.split('/').pop()!), 'the message names the file');
    if (c.exit === 2) assert.equal(result.stdout, '', 'no report after an input error');
  });
}

test('an internal error is one line asking for a bug report; --debug adds the stack trace', async () => {
  const env = { ACS_CALLLOGS_TEST_INTERNAL_ERROR: 'forced for the test' };
  const plain = await spawnCli(['summarize', 'samples/'], { env }).done;
  assert.equal(plain.status, 2);
  assert.match(plain.stderr, /^acs-calllogs: internal error: TypeError: forced for the test — this is a bug; please report it with the output of the same command with --debug\n$/);
  const debug = await spawnCli(['summarize', 'samples/', '--debug'], { env }).done;
  assert.equal(debug.status, 2);
  assert.match(debug.stderr, /^acs-calllogs: internal error: TypeError: forced for the test/);
  assert.match(debug.stderr, /\n\s+at /, 'the stack trace, with --debug');
  // The CLI runs bundled: the stack names the TypeScript file the error was thrown in, not a chunk of the bundle.
  assert.match(debug.stderr, /\n\s+at summarize \(\S*src\/commands\/summarize\.ts:\d+:\d+\)\n/);
});

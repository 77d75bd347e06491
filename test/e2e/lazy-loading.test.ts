import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { bundleOutputs } from '../support/bundle-outputs.js';
import { BIN, ROOT } from '../support/run-cli.js';
import { scratchDir } from '../support/scratch-dir.js';

const dir = scratchDir('lazy-');
after(() => rmSync(dir, { recursive: true, force: true }));
const TRACE = new URL('../support/trace-modules.js', import.meta.url).href;
let runs = 0;

/**
 * Which modules of dist/src/ each chunk of the bundle that bin/ runs (dist/cli/, scripts/bundle.mjs) holds: esbuild's
 * metafile, keyed by the chunk's path from the root.
 */
const chunks = bundleOutputs();

/** The modules of dist/src/ in a chunk of dist/cli/ the CLI loaded (by its URL), or the package at a URL. */
function modulesAt(url: string): string[] {
  const chunk = /\/(dist\/cli\/[^/]+\.js)$/.exec(url);
  if (chunk) {
    const inputs = chunks[chunk[1]!]?.inputs;
    assert.ok(inputs, `${chunk[1]} is not in dist/cli/meta.json`);
    return Object.keys(inputs);
  }
  const match = /\/(node_modules\/[^/]+)/.exec(url);
  return match ? [match[1]!] : [];
}

/** The modules of the package (dist/src/…) and the dependencies the CLI loads for these arguments, and its exit status. */
function modulesLoaded(args: string[]): { status: number | null; modules: string[] } {
  const file = join(dir, `trace-${runs++}.txt`);
  const env: NodeJS.ProcessEnv = { ...process.env, ACS_CALLLOGS_TRACE_MODULES: file, NO_COLOR: '1' };
  delete env.NODE_TEST_CONTEXT;
  delete env.ACS_CALLLOGS_INPUT;
  const result = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  const urls = new Set(readFileSync(file, 'utf8').split('\n').filter((u) => u !== ''));
  // bin/ runs the bundle: no module of dist/src/ is loaded on its own.
  assert.ok([...urls].some((url) => url.includes('/dist/cli/')) && ![...urls].some((url) => url.includes('/dist/src/')), [...urls].join('\n'));
  const modules = [...urls].flatMap(modulesAt);
  return { status: result.status, modules: [...new Set(modules)] };
}

const loads = (modules: string[], part: string) => modules.some((m) => m.includes(part));

test('--version and --help load no command: only commander and what registers the commands', () => {
  for (const args of [['--version'], ['--help'], ['summarize', '--help'], ['call', '--help'], ['kql', '--help']]) {
    const { status, modules } = modulesLoaded(args);
    assert.equal(status, 0, args.join(' '));
    for (const part of ['commands/call.js', 'commands/summarize.js', 'commands/kql.js', 'dist/src/model/', 'dist/src/report/render', 'chalk', 'cli-table3', 'csv-parse', 'zod']) {
      assert.ok(!loads(modules, part), `${args.join(' ')} loads ${part}`);
    }
  }
});

test('call on JSON Lines, as JSON, loads neither the text renderer (chalk, cli-table3) nor the readers of other shapes', () => {
  const { status, modules } = modulesLoaded(['call', '8d1a8374', 'test/fixtures/input/p2p-call.jsonl', '--format', 'json']);
  assert.equal(status, 0);
  assert.ok(loads(modules, 'commands/call.js'));
  for (const part of ['commands/summarize.js', 'commands/kql.js', 'render-call-text', 'chalk', 'cli-table3', 'csv-parse', 'read-csv', 'read-json-elements', 'read-query-api', 'zod']) {
    assert.ok(!loads(modules, part), `loads ${part}`);
  }
});

test('call as Markdown or JUnit loads its own renderer and neither the text one (chalk, cli-table3) nor the others', () => {
  for (const [format, own, others] of [
    ['markdown', 'render-call-markdown', ['render-call-junit', 'call-document']],
    ['junit', 'render-call-junit', ['render-call-markdown', 'call-document']],
  ] as const) {
    const { status, modules } = modulesLoaded(['call', '8d1a8374', 'test/fixtures/input/p2p-call.jsonl', '--format', format]);
    assert.equal(status, 0);
    assert.ok(loads(modules, own), `${format} loads ${own}`);
    for (const part of ['render-call-text', 'chalk', 'cli-table3', 'zod', ...others]) assert.ok(!loads(modules, part), `${format} loads ${part}`);
  }
});

test('each command still loads what it needs when it runs', () => {
  assert.ok(loads(modulesLoaded(['call', '8d1a8374', 'test/fixtures/input/p2p-call.jsonl']).modules, 'cli-table3'));
  assert.ok(loads(modulesLoaded(['summarize', 'test/fixtures/input/portal-export.csv', '--format', 'json']).modules, 'csv-parse'));
  assert.ok(loads(modulesLoaded(['kql']).modules, 'dist/src/kql/build-kql-query.js'));
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bundleOutputs } from '../support/bundle-outputs.js';
import { ROOT } from '../support/run-cli.js';

/**
 * What `npm pack` would put in the package (its scripts not run: `prepare` would rebuild dist/ under the tests).
 * Under `npm test`, npm_execpath is the npm that runs it; else the npm on PATH.
 */
function packedFiles(): string[] {
  const args = ['pack', '--dry-run', '--json', '--ignore-scripts'];
  const npm = process.env.npm_execpath;
  const result = npm ? spawnSync(process.execPath, [npm, ...args], { cwd: ROOT, encoding: 'utf8' }) : spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
}

test('the package holds what bin/ runs: every chunk of the bundle and its map, and no build output besides', () => {
  const files = new Set(packedFiles());
  assert.ok(files.has('bin/acs-calllogs.js'));
  // What bin/ imports is in the package.
  const target = /import '\.\.\/(.+)';/.exec(readFileSync(`${ROOT}bin/acs-calllogs.js`, 'utf8'))?.[1];
  assert.equal(target, 'dist/cli/cli.js');
  const outputs = Object.keys(bundleOutputs());
  const chunks = outputs.filter((path) => path.endsWith('.js'));
  assert.ok(chunks.includes('dist/cli/cli.js') && chunks.includes('dist/cli/partition-worker.js'), chunks.join(' '));
  for (const chunk of chunks) {
    assert.ok(files.has(chunk), `${chunk} is not in the package`);
    assert.ok(files.has(`${chunk}.map`), `${chunk}.map is not in the package`);
  }
  // Nothing else that the build writes: not tsc's output (dist/src, dist/test), nor the metafile.
  const built = [...files].filter((path) => path.startsWith('dist/'));
  assert.deepEqual(built.filter((path) => !outputs.includes(path)), []);
  assert.ok([...files].some((path) => /^schema\/.+\.json$/.test(path)), 'the JSON schemas of the reports');
});

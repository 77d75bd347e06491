import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/run-cli.js';
import { scratchDir } from '../../support/scratch-dir.js';

// `npx acs-calllogs` in a checkout runs `prepare` again, after `npm ci` has built: it must build only when dist/ is
// missing or older than what it is built from, as make would, or the README's first command builds twice.
function decision(root: string): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/prepare.mjs'), root, '--dry-run'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

function write(root: string, path: string, seconds: number): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, path);
  utimesSync(file, seconds, seconds);
}

/** A checkout whose every source was written at 1000 s; folders too, as a clone leaves them. */
function checkout(): string {
  const root = scratchDir('prepare-');
  for (const path of ['src/cli.ts', 'src/input/read.ts', 'test/e2e/a.test.ts', 'scripts/bundle.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) write(root, path, 1000);
  for (const folder of ['src/input', 'src', 'test/e2e', 'test', 'scripts']) utimesSync(join(root, folder), 1000, 1000);
  return root;
}

test('prepare builds when dist/ is missing, or was cut short before the bundle was written', () => {
  const root = checkout();
  assert.equal(decision(root), 'build');
  write(root, 'dist/src/cli.js', 2000);
  assert.equal(decision(root), 'build');
});

test('prepare builds nothing when the bundle is newer than every source: the second prepare of `npm ci && npx acs-calllogs`', () => {
  const root = checkout();
  write(root, 'dist/cli/meta.json', 2000);
  assert.equal(decision(root), 'current');
});

test('prepare builds when any source is newer than the bundle: a file deep in src/, a test, the lockfile, a file removed', () => {
  for (const [path, seconds] of [['src/input/read.ts', 3000], ['test/e2e/a.test.ts', 3000], ['package-lock.json', 3000], ['tsconfig.json', 3000]] as const) {
    const root = checkout();
    write(root, 'dist/cli/meta.json', 2000);
    write(root, path, seconds);
    assert.equal(decision(root), 'build', path);
  }
  const root = checkout();
  write(root, 'dist/cli/meta.json', 2000);
  rmSync(join(root, 'src/input/read.ts'));
  assert.equal(decision(root), 'build', 'a source removed (its folder changed)');
});

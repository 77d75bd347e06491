// `npm run prepare`, which npm runs after `npm ci` / `npm install`, and again when `npx acs-calllogs` is run in a
// checkout: npm links the folder into its npx cache as a package and prepares it. A full build there (clean, tsc,
// bundle) took 20–70 s on the README's first command, after `npm ci` had just built, and its first step removes
// dist/, so a run of the CLI at the same time failed. So prepare builds as make would: only when dist/ is missing or
// older than something it is built from (src/, test/, the bundle script, tsconfig, package.json, the lockfile).
// `npm run build` always builds, as CI does.
//
// `node scripts/prepare.mjs [root] [--dry-run]`: with --dry-run it prints `build` or `current` and builds nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const root = args.find((arg) => arg !== '--dry-run') ?? fileURLToPath(new URL('..', import.meta.url));

/** What the build writes last (bundle.mjs): present only when a build went through to its end. */
const BUILT = 'dist/cli/meta.json';
/** What the build reads: a change to any of these (a `git pull`, an edit) makes dist/ stale. */
const SOURCES = ['src', 'test', 'scripts/bundle.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The newest modification time under a path (a file, or a folder walked); 0 when it is not there. */
function newest(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = newest(join(root, BUILT));
const current = built > 0 && SOURCES.every((source) => newest(join(root, source)) <= built);
if (dryRun) {
  process.stdout.write(`${current ? 'current' : 'build'}\n`);
} else if (current) {
  process.stderr.write(`acs-calllogs: prepare: dist/ is newer than its sources, not built again (npm run build builds)\n`);
} else {
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = result.status ?? 1;
}

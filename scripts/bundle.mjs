// `npm run build`'s second step: the CLI that bin/acs-calllogs.js runs, bundled from what tsc wrote in dist/src/.
//
// Why: Node 20 loads each ES module through its loader at ~0.5 ms a module, and `call` needs ~130 (the CLI's and
// commander's); in a few chunks the same code starts ~50 ms sooner, on every run and in every worker (docs/speed.md,
// "Start-up: a bundle").
// The source stays one concept a file; tsc type-checks it and writes dist/src/ (which the unit tests import), and
// this joins those files, changing no code: each lazy import stays lazy (a chunk of its own, `--splitting`), the
// packages stay in node_modules (`packages: 'external'`), the worker is an entry of its own beside the CLI (its URL
// is `./partition-worker.js` from wherever partition-pool lands), and nothing is minified: each module's code is
// headed by its path in dist/src/. Source maps chain tsc's to the TypeScript, so that with --debug (cli.ts) the stack
// of an error in a command names the file and line in src/; they are read only then.
//
// dist/cli/meta.json is esbuild's metafile: which modules of dist/src/ each chunk holds, for the lazy-loading test.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/src/cli.js', 'partition-worker': 'dist/src/partition/partition-worker.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  chunkNames: 'chunk-[hash]',
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(`${outdir}/meta.json`, JSON.stringify(result.metafile, null, 1));

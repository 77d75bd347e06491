import { readFileSync } from 'node:fs';
import { ROOT } from './run-cli.js';

/** A file the bundle wrote (scripts/bundle.mjs), as esbuild's metafile tells it: the modules of dist/src/ it holds. */
export interface BundleOutput {
  inputs: Record<string, unknown>;
}

/** The files of dist/cli/, keyed by their path from the root (`dist/cli/cli.js`), from dist/cli/meta.json. */
export function bundleOutputs(): Record<string, BundleOutput> {
  return (JSON.parse(readFileSync(`${ROOT}dist/cli/meta.json`, 'utf8')) as { outputs: Record<string, BundleOutput> }).outputs;
}

import { isAbsolute, relative, sep } from 'node:path';
import type { GateSource } from '../rules/gates.js';

/**
 * A config file as the reports name it: relative to `cwd` (the folder the command ran in) when under it — what a reader
 * in the repository sees, `ci/gates.json` —, else its absolute path (one found further up, which the job's command
 * line does not show). Every report says it so, the JSON's gate `source` too: a CI artifact then differs from one of
 * another machine by what was found, not by where the repository was checked out (`/home/runner/work/app/app/…`).
 * An already relative path is taken as relative to `cwd`.
 */
export function configFileShown(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  const under = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  return under ? rel : file;
}

/** A gate's source as the JSON gives it: its config file named as configFileShown names it. */
export function gateSourceJson(source: GateSource, cwd: string = process.cwd()): GateSource {
  return source.kind === 'config' ? { ...source, file: configFileShown(source.file, cwd) } : source;
}

import type { ZonedFile } from '../model/files-read.js';

/**
 * A CSV exported while the portal showed another time zone than UTC (`TimeGenerated [Local Time]`), as the JSON
 * reports list it beside the counts: its times are read as UTC, which zone they were in is not in the file, so call
 * start times and --since/--until are off by its offset (verdicts are not). stderr warns of it; a CI job that reads
 * only `--format json` saw nothing. `timeZone`: what its header's brackets name.
 */
export interface LocalTimesJson {
  file: string;
  timeZone: string;
}

export function localTimesJson(files: readonly ZonedFile[] = []): LocalTimesJson[] {
  return files.map(({ file, timeZone }) => ({ file, timeZone }));
}

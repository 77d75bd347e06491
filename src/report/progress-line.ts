import { isDumbTerminal } from './dumb-terminal.js';
import { formatDuration } from './format-values.js';

/** How far reading has got. */
export interface Progress {
  filesDone: number;
  files: number;
  bytesDone: number;
  /** null when not known (standard input). */
  bytes: number | null;
  seconds: number;
  /** Once every record is read: how long reading took (the calls are being judged now). */
  readSeconds?: number | null;
  /**
   * What the inputs are read for: the calls (the default), or, when `call` found none with the id, the ids nearest it,
   * read a second time (call-id-gatherer.ts): a line that said "judging the calls" then told nothing of the wait.
   */
  purpose?: ReadingPurpose;
}

export type ReadingPurpose = 'calls' | 'nearest-ids';

/**
 * Whether to show a progress line: only to a person at a terminal that can rewrite a line (not TERM=dumb, where the
 * \r and erase-line sequences would show as they are), never in CI or with --quiet.
 * A pure function of stderr's isTTY, the environment and the flag.
 */
export function showsProgress(stderrIsTty: boolean | undefined, env: NodeJS.ProcessEnv, quiet: boolean | undefined): boolean {
  if (quiet || stderrIsTty !== true || isDumbTerminal(env)) return false;
  const ci = env.CI;
  return ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false';
}

/**
 * "reading 3/12 files · 420/1,024 MB · 210 MB/s · ETA 3s" (no ETA nor total when the size is not known); once
 * reading is over, "read 12/12 files · 1,024 MB in 5s · judging the calls". Read again for the nearest ids: "no such
 * call; reading 3/12 files again for the nearest ids · …", then "no such call; read 12/12 files again · 1,024 MB in
 * 5s · naming the nearest ids".
 */
export function formatProgress(p: Progress): string {
  const mb = (n: number) => Math.round(n / 1e6).toLocaleString('en-US');
  const again = p.purpose === 'nearest-ids';
  const files = `${p.filesDone}/${p.files} files${again ? ' again' : ''}`;
  const prefix = again ? 'no such call; ' : '';
  if (p.readSeconds !== undefined && p.readSeconds !== null) {
    return `${prefix}read ${files} · ${mb(p.bytesDone)} MB in ${formatDuration(p.readSeconds)} · ${again ? 'naming the nearest ids' : 'judging the calls'}`;
  }
  const rate = p.seconds > 0 ? p.bytesDone / p.seconds : 0;
  const parts = [`${prefix}reading ${files}${again ? ' for the nearest ids' : ''}`];
  parts.push(p.bytes === null ? `${mb(p.bytesDone)} MB` : `${mb(p.bytesDone)}/${mb(p.bytes)} MB`);
  parts.push(`${Math.round(rate / 1e6)} MB/s`);
  if (p.bytes !== null && rate > 0) parts.push(`ETA ${formatDuration(Math.max(0, p.bytes - p.bytesDone) / rate)}`);
  return parts.join(' · ');
}

/**
 * The line cut to `width` columns (a terminal's, less one: no wrap) by whole parts from its end, so that what it is
 * doing and how far it has got stay and no word is cut ("… · 444/690 MB", not "… · 444 MB"); a first part too
 * long alone is cut.
 */
export function fitProgress(line: string, width: number): string {
  const parts = line.split(' · ');
  while (parts.length > 1 && parts.join(' · ').length > width) parts.pop();
  return parts.join(' · ').slice(0, Math.max(0, width));
}

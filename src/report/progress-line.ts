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
}

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
 * reading is over, "read 12/12 files · 1,024 MB in 5s · judging the calls".
 */
export function formatProgress(p: Progress): string {
  const mb = (n: number) => Math.round(n / 1e6).toLocaleString('en-US');
  if (p.readSeconds !== undefined && p.readSeconds !== null) {
    return `read ${p.filesDone}/${p.files} files · ${mb(p.bytesDone)} MB in ${formatDuration(p.readSeconds)} · judging the calls`;
  }
  const rate = p.seconds > 0 ? p.bytesDone / p.seconds : 0;
  const parts = [`reading ${p.filesDone}/${p.files} files`];
  parts.push(p.bytes === null ? `${mb(p.bytesDone)} MB` : `${mb(p.bytesDone)}/${mb(p.bytes)} MB`);
  parts.push(`${Math.round(rate / 1e6)} MB/s`);
  if (p.bytes !== null && rate > 0) parts.push(`ETA ${formatDuration(Math.max(0, p.bytes - p.bytesDone) / rate)}`);
  return parts.join(' · ');
}

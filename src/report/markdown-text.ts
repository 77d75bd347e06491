import { safeText } from './terminal-text.js';

/**
 * Text from logs as Markdown (GitHub's: CommonMark and its tables), in a table cell or a line: no control
 * characters, and every character that Markdown or HTML would act on escaped, so that it shows as written — `|`
 * as `\|` (GFM splits cells on any other), a backtick as `` \` ``, `~` (GFM's strikethrough) as `\~`.
 */
export function escapeMarkdown(text: string): string {
  return safeText(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>&]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[ch]!)
    .replace(/([`*_[\]~])/g, '\\$1');
}

/**
 * Text from logs as a code span in a Markdown table cell, shown whole whatever it holds: a code span ends at the
 * first run of backticks as long as its fence, so the fence is one backtick longer than the longest run inside, and
 * a space pads the text when it starts or ends with a backtick or a space (CommonMark strips one space from each
 * side). Backslashes are literal in code; only `|` is escaped, since GFM cuts a row into cells before it reads the
 * code spans in them, and drops the backslash of `\|` when it does.
 */
export function markdownCode(text: string): string {
  const safe = safeText(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(safe) ? ' ' : '';
  return `${fence}${pad}${safe.replace(/\|/g, '\\|')}${pad}${fence}`;
}

import { REDACTED } from '../schema/values.js';
import { safeText } from '../schema/visible-text.js';

/**
 * Text from logs as Markdown (GitHub's: CommonMark and its tables), in a table cell or a line: no control
 * characters, and every character that Markdown or HTML would act on escaped, so that it shows as written — `|`
 * as `\|` (GFM splits cells on any other), a backtick as `` \` ``, `~` (GFM's strikethrough) as `\~`, `$` (GitHub's
 * math) as `\$`. GFM also makes a link of a bare `http://…`, `https://…`, `ftp://…` or `www.…` in text: the `:` of
 * `://` and the `.` of `www.` are escaped, which GitHub's autolinker (cmark-gfm's, reading the source) does not get
 * past. A bare e-mail address stays a `mailto:` link on GitHub: cmark-gfm finds those in the text after it has
 * joined what escapes split, so no escape stops it (the link goes to what the text says). Spaces at either end are
 * dropped: Markdown does not show them, and a value that ends in one would leave the `**` around it unread.
 *
 * GitHub also reads a comment's rendered text (not in code or a link) for `@user` and `@org/team` mentions, which
 * notify them, and for `#1`, `org/repo#1` and `GH-1` references, which link the issue and note the link on it: no
 * Markdown escape stops that (`\@` and `&#64;` render as an `@` in the text it reads). A word joiner (U+2060, written
 * `&#8288;`: log text never holds one, safeText removes it) after such an `@` (one not after a letter, digit or `_`,
 * as in an e-mail address: GitHub's rule), after `#` and after `GH-` when a digit follows, breaks each pattern and
 * shows as nothing, not even a place to break the line: the text reads as written.
 */
export function escapeMarkdown(text: string): string {
  return safeText(text)
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>&]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[ch]!)
    .replace(/([`*_[\]~$])/g, '\\$1')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.')
    .replace(MENTION_OR_REFERENCE, `$&${WORD_JOINER}`);
}

/** A table cell of a value from logs: `-` when it is not logged, `_redacted_` when it was redacted, else escaped. */
export function markdownCell(value: string | null): string {
  if (value === null) return '-';
  return value === REDACTED ? '_redacted_' : escapeMarkdown(value);
}

/** An invisible character that no text from a log holds (safeText removes it), as an entity: GitHub's mentions and references stop at it. */
const WORD_JOINER = '&#8288;';
/** Where GitHub would start a mention (an `@` not after a letter, digit or `_`) or an issue reference (`#` or `GH-` before a digit). */
const MENTION_OR_REFERENCE = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])|#(?=\d)|\bGH-(?=\d)/gi;

/**
 * Text from logs that starts a line of Markdown (not a table row): escaped as escapeMarkdown does, and its first
 * character too where it would open a block — `#` a heading, `-`, `+` or `1.`/`1)` a list item, `-`/`=` a
 * thematic break or a heading's underline. (Four spaces would open a code block; escapeMarkdown drops them.)
 */
export function escapeMarkdownLineStart(text: string): string {
  return escapeMarkdown(text).replace(/^[#+=-]/, '\\$&').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Text from logs as a code span, shown whole whatever it holds: a code span ends at the first run of backticks as
 * long as its fence, so the fence is one backtick longer than the longest run inside, and a space pads the text
 * when it starts or ends with a backtick or a space (CommonMark strips one space from each side). Backslashes are
 * literal in code. In a table `cell`, `|` is written `\|`: GFM cuts a row into cells before it reads the code spans
 * in them, at any `|` not right after a backslash, and drops the backslash of `\|` when it does. In `prose` (a
 * heading, a line, a list item) nothing drops it, so `|` stays as it is.
 */
export function markdownCode(text: string, place: 'cell' | 'prose'): string {
  const safe = safeText(text);
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(safe) ? ' ' : '';
  return `${fence}${pad}${place === 'cell' ? safe.replace(/\|/g, '\\|') : safe}${pad}${fence}`;
}

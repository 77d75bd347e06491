/**
 * GitHub's cap on a pull-request (or issue) comment, as its API refuses a longer one: `Body is too long (maximum is
 * 65536 characters)` (HTTP 422). The Markdown report keeps to the step summary's 1 MiB (render-markdown.ts), not to
 * this: a report of a few hundred poor calls is several times longer, and a job that posted it as a comment learnt so
 * only when its posting step failed.
 *
 * Counted in characters (Unicode code points), not UTF-16 units (String.length) nor bytes. GitHub's message says
 * characters; what users measured (github.com/dead-claudia/github-limits pull 13, 2025; GitHub community discussion
 * 27190) is a comment refused past 262,144 UTF-8 bytes — 65,536 characters of 4 bytes — and a pull request's body past
 * 65,536 code points, ASCII or not. A report of at most 65,536 code points is taken on either count; String.length
 * would count a character outside the BMP (an emoji in a log value) twice and note a report that fits.
 */
export const PR_COMMENT_CHARACTERS = 65_536;

/** The characters (code points) of a text: a surrogate pair is one. */
export function characterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/**
 * "note: out/calls.md holds 580,123 characters, more than a GitHub pull-request comment takes (65,536): --only-poor
 * --limit 50 lists fewer", for stderr, when a Markdown report meant perhaps for a comment is longer than one takes;
 * null when it fits. `where`: the file's path as typed, or standard output. `hint`: how the command lists fewer
 * (summarizeCommentHint, callCommentHint). A note, not a warning: the report is whole and right where it went (a
 * file, a step summary of the next step), and the exit code stays what the gates make it.
 */
export function prCommentNote(where: string, text: string, hint: string): string | null {
  // No text of at most that many UTF-16 units has more code points: most reports are not counted.
  if (text.length <= PR_COMMENT_CHARACTERS) return null;
  const characters = characterCount(text);
  if (characters <= PR_COMMENT_CHARACTERS) return null;
  return `note: ${where} holds ${grouped(characters)} characters, more than a GitHub pull-request comment takes (${grouped(PR_COMMENT_CHARACTERS)}): ${hint}`;
}

/** How `where` names standard output in the note. */
export const STDOUT_WHERE = 'the markdown on standard output';

/**
 * How summarize lists fewer: the flags not given yet of `--only-poor --limit 50` (what the README advises for a
 * comment), or a smaller --limit when both are given already.
 */
export function summarizeCommentHint(onlyPoor: boolean, limit: number | null): string {
  const flags = [onlyPoor ? '' : '--only-poor', limit === null || limit > 50 ? '--limit 50' : ''].filter(Boolean);
  return flags.length > 0 ? `${flags.join(' ')} lists fewer` : 'a smaller --limit lists fewer';
}

/**
 * How `call` says less: without --all when it was given; else no flag does (its issues are all listed, its long
 * tables bounded already), and the step summary, which takes up to 1 MiB, is where such a report goes.
 */
export function callCommentHint(all: boolean): string {
  return all ? 'without --all it lists less' : 'a step summary ($GITHUB_STEP_SUMMARY) takes up to 1 MiB';
}

/** 580123 as "580,123": a count read at a glance, whatever the locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * What of a text shows: the characters a terminal would act on or show as nothing, and the function that removes
 * them. Log text is written through it (report/), and an id typed or pasted is read through it (rules/clean-call-id.ts),
 * so that an id is matched as it is shown; it sits here, upstream of both, so that rules/ never imports report/.
 */

/**
 * Characters that show as nothing (Unicode's default-ignorable code points, and the Hangul fillers that render blank):
 * the soft hyphen, combining grapheme joiner, zero-width space, word joiner, invisible operators and the deprecated
 * format characters, a byte order mark inside a text, Khmer and Mongolian inherent vowels and selectors, shorthand
 * format controls, musical formatting, interlinear annotation marks and the tag characters (U+E0000–E007F, which can
 * carry a whole invisible text). In an id they make two ids that look alike differ, or hide words. (The zero-width
 * joiner and non-joiner and the variation selectors stay: emoji and some scripts need them.) A character class's body,
 * for a regular expression with the `u` flag.
 */
const INVISIBLE_CHARACTERS =
  '\\u00ad\\u034f\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b\\u2060-\\u206f\\u3164\\uffa0\\ufeff\\ufff9-\\ufffb' +
  '\\u{1bca0}-\\u{1bca3}\\u{1d173}-\\u{1d17a}\\u{e0000}-\\u{e007f}';

/**
 * What no text from a log may show, whatever it is written into (a character class's body, for the `u` flag): DEL and
 * the C1 controls (U+009B is a CSI of its own), the bidi marks and overrides that reorder what is shown, and what shows
 * as nothing. The terminal's text removes them (with C0 too); JSON writes them as \u escapes (json-text.ts).
 */
export const UNSAFE_CHARACTERS = `\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069${INVISIBLE_CHARACTERS}`;

/**
 * Text from logs is data, never terminal control. Removes escape sequences whole, then C0 and C1 control characters,
 * DEL, the Unicode bidirectional overrides that can reorder what a terminal shows, and the characters that show as
 * nothing; tabs and line breaks (Unicode's line and paragraph separators, U+2028 and U+2029, included: some terminals
 * break the line there) become a space so one value stays on one line.
 */
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${UNSAFE_CHARACTERS}]`, 'gu');
const BREAKS = /[\t\n\r\u2028\u2029]+/g;
/**
 * Whole escape sequences (ECMA-48), so that no part of one shows as text: a control string (OSC — titles,
 * OSC 8 hyperlinks —, DCS, SOS, PM, APC) up to its terminator (ST, BEL) or the end of the value; a CSI sequence
 * (cursor moves, screen clears, colours) up to its final byte; any other two-byte escape. 7-bit and C1 forms.
 */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^]*?(?:\u0007|\u001b\\|\u009c|$)|(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?/g;

/** What of a log's text shows: no escape sequence, control or invisible character, on one line. How a typed id is read. */
export function visibleText(value: string): string {
  return value.replace(ESCAPE_SEQUENCE, '').replace(BREAKS, ' ').replace(CONTROL, '');
}

/**
 * CI runners act on text in a job's log as well as on terminal codes: Azure Pipelines runs a logging command
 * (`##vso[task.setvariable variable=GATE]0`) found anywhere in a line of stdout or stderr, and leaves the line out of
 * the log; GitHub Actions runs the legacy `##[…]` anywhere in a line, and a workflow command (`::stop-commands::`,
 * `::add-mask::`) at a line's start, spaces before it ignored. A client writes its own SDK version, OS and ids into
 * the logs, so a log value could set a pipeline's variables, hide the row of a poor call or turn the annotations off.
 * A space parts `##` before `vso[` or `[`, and the `::` that starts a value (the one place a value can start a line:
 * the table and the text put each value inside a line, and line breaks in values are spaces), so they show as text.
 */
const RUNNER_COMMAND = /#(?=#(?:vso)?\[)|^(\s*:)(?=:)/gi;

/** The spaces safeText puts into `##vso[`, `##[` and a leading `::`, taken out again: how an id shown so is asked for. */
export function withoutRunnerSpaces(shown: string): string {
  return shown.replace(/# (?=#(?:vso)?\[)|^(\s*:) (?=:)/gi, (match, colon?: string) => colon ?? '#');
}

/** Text from logs as every report writes it: visibleText, with nothing a CI runner would take for a command. */
export function safeText(value: string): string {
  const visible = visibleText(value);
  return visible.includes('#') || visible.includes('::') ? visible.replace(RUNNER_COMMAND, (hash, colon?: string) => (colon === undefined ? `${hash} ` : `${colon} `)) : visible;
}

import { UNSAFE_CHARACTERS } from './visible-text.js';

/**
 * How the reports name a call by its id, and how that name reads back as the id. It sits here, upstream of report/
 * (which writes the name) and rules/ (which reads a typed id: clean-call-id.ts), so that rules/ never imports report/.
 */

/**
 * What no report shows of an id as it is (a character class's body, for the `u` flag): what safeText removes or turns
 * into a space (C0 controls, tab and line breaks among them, DEL, C1, the bidi marks and what shows as nothing), the
 * line and paragraph separators, and what XML 1.0 forbids and the JUnit report makes U+FFFD (U+FFFE, U+FFFF, a
 * surrogate not in a pair: with `u`, a pair is one code point, outside this range).
 */
const HIDDEN = `\\u0000-\\u001f\\u2028\\u2029\\ufffe\\uffff\\ud800-\\udfff${UNSAFE_CHARACTERS}`;
/**
 * What a CI runner would take for a command (see safeText): the first `#` of `##vso[` or `##[`, and the first `:` of a
 * `::` that starts the id, spaces before it or not. safeText parts them with a space, but an id that holds that space
 * already would then share its name: escaped, every id keeps a name of its own, and no format changes it further.
 */
const RUNNER_COMMAND = '#(?=#(?:[vV][sS][oO])?\\[)|(?<=^\\s*):(?=:)';
/**
 * The first `[` of `[[ATTACHMENT|`, which GitLab's JUnit reader takes for a link to a file of the job's artifacts
 * (lib/gitlab/ci/parsers/test/junit.rb: `[[ATTACHMENT|path]]` in a testcase's system-out); as the JUnit report's text
 * has it parted (xmlText), escaped in a name, so that the name is the same in every format and reads back. Not on
 * stderr (escapedHidden): a job's log makes no link. The JUnit report's text (render-junit.ts' xmlText) parts what
 * this finds.
 */
export const GITLAB_ATTACHMENT = '\\[(?=\\[ATTACHMENT\\|)';
/** A hidden character, the start of a runner's command or of GitLab's attachment, or a backslash that would read as the start of an escape: before `u` and four hex digits, another backslash, or what is escaped. */
const TO_ESCAPE = new RegExp(
  `[${HIDDEN}]|${RUNNER_COMMAND}|${GITLAB_ATTACHMENT}|\\\\(?=\\\\|u[0-9a-fA-F]{4}|[${HIDDEN}]|${RUNNER_COMMAND}|${GITLAB_ATTACHMENT})`,
  'gu',
);
/** TO_ESCAPE without its backslashes and GitLab's attachment: what escapedHidden escapes. */
const HIDDEN_OR_COMMAND = new RegExp(`[${HIDDEN}]|${RUNNER_COMMAND}`, 'gu');

/** What TO_ESCAPE found, as a name writes it: a backslash doubled; else `\u` and the four hex digits of each UTF-16 unit. */
function escapeOf(hidden: string): string {
  if (hidden === '\\') return '\\\\';
  let escaped = '';
  for (let i = 0; i < hidden.length; i++) escaped += `\\u${hidden.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}

/**
 * A call id as the reports that list calls name it (JUnit testcase names, Markdown rows and headings, GitHub
 * annotations, CSV, the table, `call`'s heading): each character that would be removed, turned into a space or
 * replaced (see HIDDEN) is written as `\u` and the four hex digits of each of its UTF-16 units, as the JSON report
 * writes it — `a\u0001b`, `\u200b`, `tab\u0009id` — and so is the start of what a CI runner would run (`\u0023#vso[`,
 * `\u003a:stop-commands::`), as the JSON report writes that `#`, and of what GitLab's JUnit reader would link
 * (`\u005b[ATTACHMENT|`: GITLAB_ATTACHMENT). A backslash is doubled where it would read as the start of an escape
 * (before `u` and four hex digits, another backslash or an escape), so `a\u0001b` typed in a log is `a\\u0001b`:
 * the id reads back from its name, and every id has a name of its own.
 *
 * So no two calls read alike, and none reads as nothing, whatever the ids hold: cleaned, `a\u0001b`, `a\u00adb` and
 * `ab` were all `ab`, and an id of only a zero-width space was empty — a JUnit reader keeps the first of a name
 * (GitLab), hiding a failure behind a pass. The name is the id's alone, not of the other calls listed, so it stays
 * the same from run to run (a CI server follows a test's history by its name). An id with none of these characters
 * (any GUID) is its own name; the JSON reports keep the id exact.
 */
export function visibleId(id: string): string {
  return id.replace(TO_ESCAPE, escapeOf);
}

/**
 * A line for stderr as it is written: each character visibleId escapes (a control character, a line break, what
 * shows as nothing, a bidi mark) and the start of what a CI runner would run, escaped as visibleId escapes them
 * (`evil\u001b[31m.jsonl`), never removed, so that the file or the value a message names can be found and two names
 * do not read alike; but a backslash stays as it is. So a path reads as typed (`C:\logs\x.jsonl`, `\\server\share`:
 * visibleId would make that `\\\server`), and a message that holds a name of visibleId's already (a call id, a value
 * quoted) keeps it as it is: escapedHidden changes nothing of visibleId's names, nor of its own lines (it is
 * idempotent), nor of a line with none of these characters (every message the tool writes of its own).
 */
export function escapedHidden(text: string): string {
  return text.replace(HIDDEN_OR_COMMAND, escapeOf);
}

/** What reads as an escape in a name: a doubled backslash, or `\u` and four hex digits (visibleId writes them in lower case; typed, either case is read). */
const ESCAPE = /\\\\|\\u([0-9a-fA-F]{4})/g;

/**
 * The id a name of visibleId's stands for: `\\` is a backslash, `\u` and four hex digits the UTF-16 unit they spell,
 * any other character itself (a backslash before anything else too: `DOMAIN\user`). Its inverse: the id of
 * `visibleId(id)` is `id`, whatever it holds, since visibleId doubles every backslash that would read as the start of
 * an escape. So a name copied from a report (`a\u0001b`, `\u200bcall-7`, `tab\u0009id`) finds its call.
 */
export function decodeVisibleId(name: string): string {
  return name.includes('\\') ? name.replace(ESCAPE, (_, hex?: string) => (hex === undefined ? '\\' : String.fromCharCode(parseInt(hex, 16)))) : name;
}

/** An escape at the start of the text, as decodeVisibleId reads one. */
const ESCAPE_AT_START = /^\\(?:\\|u[0-9a-fA-F]{4})/;

/**
 * The first `count` characters of the id's name (visibleId), but never part of an escape or of a surrogate pair: the
 * table shows ids so, cut to what tells them apart (distinct-prefix.ts), and `call` reads a cut name back as the start
 * of its id — `\u200bca` of `\u200bcall-7`, where `tab\u000` of `tab\u0009id` would be no escape, and no start of it.
 */
export function visibleIdStart(id: string, count: number): string {
  const name = visibleId(id);
  let end = 0;
  for (let shown = 0; shown < count && end < name.length; ) {
    const escape = name[end] === '\\' ? ESCAPE_AT_START.exec(name.slice(end, end + 6)) : null;
    const units = escape !== null ? escape[0].length : name.codePointAt(end)! > 0xffff ? 2 : 1;
    shown += escape !== null ? units : 1;
    end += units;
  }
  return name.slice(0, end);
}

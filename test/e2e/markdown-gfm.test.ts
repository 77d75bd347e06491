import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { marked } from 'marked';
import { type GfmReading, readGfm } from '../support/read-gfm.js';
import { ROOT, runCli } from '../support/run-cli.js';

/**
 * The Markdown of `summarize` and `call` read as GitHub renders a job summary or a pull-request comment
 * (read-gfm.ts: CommonMark + GFM). Whatever the logs hold: every table row has its table's columns, code blocks
 * close, the only headings are the report's, and the only HTML is the report's own (tables, code, emphasis, <br>,
 * <sub>) — no link, image, strikethrough or tag from a log.
 *
 * test/fixtures/hostile/markdown-text.jsonl: two calls whose text fields hold what Markdown, GFM and HTML act on —
 * `|`, `\|`, backticks, `<b>`, `<img>`, `*`, `_`, `**`, `~~`, `$…$`, `[…](…)`, `![…](…)`, bare URLs, `www.`, an
 * e-mail address, entities, a trailing backslash, line breaks — and values that would open a block at a line
 * start (`# Group`, `- Windows`, `1. 2.3`, `---`, four spaces); the second call's id holds `|`, a backtick, a link
 * and `<b>`.
 */
const SAMPLE_CALLS = ['ad9b017d', 'a60ad5d9', '89ad9b35', 'f794018d', '959b96af', '341acde7', '8d1a8374', '848d6af0'];
const HOSTILE = 'test/fixtures/hostile/markdown-text.jsonl';
const HOSTILE_LINES = readFileSync(`${ROOT}${HOSTILE}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { correlationId?: string; properties: Record<string, unknown> });
const SECOND_ID = HOSTILE_LINES.at(-1)!.correlationId!;
/** The text every hostile field ends with, as the log holds it. */
const PAYLOAD = String(HOSTILE_LINES[0]!.properties.endpointId).slice('endp'.length);

const REPORT_TAGS = new Set(['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'pre', 'code', 'strong', 'em', 'br', 'sub']);

function markdown(args: string[]): string {
  const { status, stdout, stderr } = runCli([...args, '--format', 'markdown', '--quiet']);
  assert.ok(status === 0 || status === 1, `${args.join(' ')}: exit ${status}: ${stderr}`);
  assert.ok(stdout.length > 0, args.join(' '));
  return stdout;
}

/** What every report must be, read as GitHub reads it; `mailto` allows e-mail links to the address shown. */
function assertShape(name: string, reading: GfmReading, mailto = false): void {
  assert.ok(reading.tables > 0, `${name}: a table at least`);
  assert.deepEqual(reading.badRows, [], `${name}: rows whose cells are not the table's columns`);
  assert.deepEqual(reading.unclosedOrIndentedCode, [], `${name}: code blocks`);
  for (const heading of reading.headings) assert.ok(heading.depth === 2 || heading.depth === 3, `${name}: heading ${heading.depth} ${heading.text}`);
  const tags = [...reading.tags].filter((tag) => !REPORT_TAGS.has(tag) && !(mailto && tag === 'a'));
  assert.deepEqual(tags, [], `${name}: HTML the report does not write`);
  for (const link of reading.links) assert.ok(mailto && link.href === `mailto:${link.text}`, `${name}: a link ${link.href} (${link.text})`);
}

test('the samples: summarize (with gates, listed in part) and every call keep their shape as GitHub renders them', () => {
  const runs: string[][] = [
    ['summarize', 'samples'],
    ['summarize', 'samples', '--fail-on-unknown', '--max-poor-calls', '10%', '--max-failed-calls', '0'],
    ['summarize', 'samples', '--only-poor', '--limit', '2'],
    ...SAMPLE_CALLS.map((id) => ['call', id, 'samples', '--fail-on-poor']),
    ['call', '2aaed7ee', 'samples'],
  ];
  for (const args of runs) {
    const reading = readGfm(markdown(args));
    assertShape(args.join(' '), reading);
    assert.equal(reading.links.length, 0);
  }
});

test('the hostile fixtures of terminal control keep their shape too', () => {
  for (const args of [
    ['summarize', 'test/fixtures/hostile/hostile.jsonl', '--fail-on-unknown'],
    ['call', 'hostile0', 'test/fixtures/hostile/hostile.jsonl'],
    ['summarize', 'test/fixtures/hostile/not-xml-chars.jsonl'],
    ['call', 'notxml00', 'test/fixtures/hostile/not-xml-chars.jsonl'],
    ['summarize', 'test/fixtures/hostile/prototype-keys.jsonl'],
  ]) {
    assertShape(args.join(' '), readGfm(markdown(args)));
  }
});

test('log text holding Markdown and HTML: tables keep their columns, and the text shows as the log holds it', () => {
  for (const args of [
    ['summarize', HOSTILE, '--fail-on-unknown'],
    ['call', 'mdtext00', HOSTILE, '--fail-on-poor'],
    ['call', SECOND_ID, HOSTILE],
  ]) {
    const name = args.join(' ');
    const md = markdown(args);
    const reading = readGfm(md);
    assertShape(name, reading, true);
    // No emphasis, strikethrough, link or tag came of the log's text: it shows whole, as written.
    assert.ok(reading.text.includes(PAYLOAD), `${name}: the text as the log holds it:\n${PAYLOAD}\nin:\n${reading.text}`);
    // GitHub's math: every $ from a log escaped (GFM parsers do not read math, so the source is checked).
    assert.doesNotMatch(md.replace(/`[^`\n]*`/g, ''), /(?<!\\)\$/, `${name}: an unescaped $`);
  }
});

test('call: a call type that would open a block is the text of its line; ids holding | show it whole, outside tables too', () => {
  const first = readGfm(markdown(['call', 'mdtext00', HOSTILE]));
  assert.match(first.text, /^# Group · 2026-11-20 09:00:00 → 2026-11-20 09:02:10 UTC · 2m 10s · Teams thread 19:a\|b\\\|c`d$/m);
  assert.deepEqual(
    first.headings.map((h) => `${h.depth} ${h.text.replace(/`[^]*`/, 'ID')}`).slice(0, 3),
    ['2 Call ID: ❌ poor, 5 issues', '3 Issues (5)', '3 Legs'],
  );
  // The survey line names its leg in a code span outside a table: no backslash before its |.
  assert.match(first.text, /^part\|`x\|: overall 2\/5/m);
  // In the legs table, the OS version's line breaks are spaces and its '- ', '| a | b |' and '# H' are text.
  assert.match(first.text, /\n- Windows \| a \| b \| # H ``` x\|y/);
  const second = readGfm(markdown(['call', SECOND_ID, HOSTILE]));
  assert.equal(second.headings[0]!.text.replace(/^Call /, '').split(':')[0], '``md|`[x](y)<b>*_2``');
  assert.match(second.text, /^Call md\|`\[x\]\(y\)<b>\*_2: ❌ poor/m);
  assert.match(second.text, /^--- · 2026-11-20/m);
});

test('@mentions and #references in log text (test/fixtures/input/markdown-mentions.jsonl) notify no one and link no issue', () => {
  // Every text field holds `@octocat @org/team #1`. GitHub finds mentions and references in the rendered text outside
  // code, pre and links (html-pipeline's filters): that text, entities read, must hold none, and still read as written.
  const MENTION_OR_REFERENCE = /(?:^|[^A-Za-z0-9_])@[a-z0-9]|#\d|\bGH-\d/i;
  for (const args of [
    ['summarize', 'test/fixtures/input/markdown-mentions.jsonl', '--fail-on-unknown'],
    ['call', 'mdcall-0001', 'test/fixtures/input/markdown-mentions.jsonl'],
  ]) {
    const name = args.join(' ');
    const md = markdown(args);
    assertShape(name, readGfm(md));
    const html = marked.parse(md, { gfm: true, async: false });
    const text = html
      .replace(/<(pre|code|a)\b[^]*?<\/\1>/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    assert.ok(text.replace(/\u2060/g, '').includes('@octocat @org/team #1'), `${name}: the text as written`);
    assert.doesNotMatch(text, MENTION_OR_REFERENCE, name);
  }
});

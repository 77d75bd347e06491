import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { marked } from 'marked';
import { escapeMarkdown, escapeMarkdownLineStart, markdownCode } from '../../../src/report/markdown-text.js';
import { safeText } from '../../../src/schema/visible-text.js';

/**
 * Log text written by markdown-text.ts, read back by a CommonMark + GFM parser (marked, `gfm: true`: tables,
 * strikethrough and the bare-URL autolinks GitHub makes) as GitHub renders a step summary or a comment.
 */
function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** The text of HTML with no tag but the one paragraph, its entities read (`&#8288;` a word joiner). */
function paragraphHtmlText(rendered: string): string {
  const inner = /^<p>([^]*)<\/p>\n$/.exec(rendered)?.[1];
  assert.ok(inner !== undefined, `one paragraph: ${rendered}`);
  assert.doesNotMatch(inner, /<[a-z/]/i, `no tag in: ${rendered}`);
  return inner.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

/** What a reader sees of it: the word joiners that stop GitHub's mentions and references show as nothing. */
function paragraphText(rendered: string): string {
  return paragraphHtmlText(rendered).replace(/\u2060/g, '');
}

/**
 * What GitHub reads in a comment's rendered text as a mention (html-pipeline's MentionFilter: an `@` after the start
 * or a character that is not a word's, then a login or org/team) or an issue reference (`#1`, `org/repo#1`, `GH-1`).
 */
const GITHUB_MENTION_OR_REFERENCE = /(?:^|[^A-Za-z0-9_])@[a-z0-9]|#\d|\bGH-\d/i;

/** Text that Markdown, GFM or HTML would act on, in pieces, as a log could hold it (no `@`: see the e-mail test). */
const markdownish = fc.string({
  unit: fc.constantFrom(
    ...'|\\`*_[]()<>&~$#-+=.!:/ \n\tx1',
    '**',
    '__',
    '~~',
    '```',
    '[l](http://evil.example/)',
    '![i](x.png)',
    'http://evil.example/a',
    'https://x.example',
    'ftp://x.example',
    'www.evil.example',
    'WWW.x.example',
    '<b>h</b>',
    '<!-- c -->',
    '&amp;',
    '&#124;',
    '$m$',
    '1. ',
    '2) ',
    '# ',
    '> ',
    '    ',
    '---',
    '===',
  ),
  maxLength: 12,
});

test('escapeMarkdown at a line start: whatever the text, one paragraph that shows it as written, no link, emphasis, code or HTML', () => {
  fc.assert(
    fc.property(markdownish, (raw) => {
      const shown = safeText(raw).trim();
      if (shown === '') return;
      assert.equal(paragraphText(html(escapeMarkdownLineStart(raw))), shown);
      // After other text on the line (no block can open there), escapeMarkdown alone does the same.
      assert.equal(paragraphText(html(`x ${escapeMarkdown(raw)}`)), `x ${shown}`);
    }),
    { numRuns: 2000 },
  );
});

test('escapeMarkdown in a table cell: the row keeps its columns and the cell shows the text as written', () => {
  fc.assert(
    fc.property(markdownish, (raw) => {
      const tokens = marked.lexer(`| a | b |\n|---|---|\n| ${escapeMarkdown(raw)} | z |\n`, { gfm: true });
      const table = tokens.find((t) => t.type === 'table') as { header: unknown[]; rows: Array<Array<{ text: string }>>; raw: string } | undefined;
      assert.ok(table !== undefined, JSON.stringify(tokens));
      const row = table.rows[0]!;
      assert.equal(row.length, 2);
      assert.equal(row[1]!.text, 'z', `the last cell is still z: ${table.raw}`);
      const cell = html(`| a |\n|---|\n| ${escapeMarkdown(raw)} |\n`).match(/<td>([^]*)<\/td>/)?.[1] ?? '';
      assert.doesNotMatch(cell, /<[a-z/]/i, table.raw);
    }),
    { numRuns: 1000 },
  );
});

test('bare URLs and www. in log text are not made links (GFM autolinks): the escapes GitHub does not get past', () => {
  const text = 'see http://evil.example/a, https://x.example and www.evil.example';
  assert.equal(escapeMarkdown(text), 'see http\\://evil.example/a, https\\://x.example and www\\.evil.example');
  assert.doesNotMatch(html(escapeMarkdown(text)), /<a /);
  assert.match(html(text), /<a href="http:\/\/evil.example\/a"/, 'unescaped, the parser does link them');
});

test('an e-mail address stays a mailto: link to itself: GitHub finds them after escapes are joined, so none is tried', () => {
  assert.equal(escapeMarkdown('u@evil.example'), 'u@evil.example');
  assert.match(html(escapeMarkdown('u@evil.example')), /<a href="mailto:u@evil.example">u@evil.example<\/a>/);
});

test('@mentions and #1, org/repo#1, GH-1 references show as written but are none: a word joiner after @, # and GH-', () => {
  const raw = '@octocat @org/team #1 org/repo#2 GH-3 (@x) &@y \\@z a@b _@c @ # #x';
  const written = escapeMarkdown(raw);
  assert.equal(written, '@&#8288;octocat @&#8288;org/team #&#8288;1 org/repo#&#8288;2 GH-&#8288;3 (@&#8288;x) &amp;@&#8288;y \\\\@&#8288;z a@b \\_@c @ # #x');
  const text = paragraphHtmlText(html(`x ${written}`));
  assert.equal(text.replace(/\u2060/g, ''), `x ${raw}`);
  assert.doesNotMatch(text, GITHUB_MENTION_OR_REFERENCE, text);
  assert.match(`x ${raw}`, GITHUB_MENTION_OR_REFERENCE, 'unescaped, GitHub would mention and link');
  // At a line start, after the escape of a heading's #, and in a table cell too.
  assert.equal(escapeMarkdownLineStart('#12 @team'), '\\#&#8288;12 @&#8288;team');
  assert.doesNotMatch(paragraphHtmlText(html(escapeMarkdownLineStart('#12 @team'))), GITHUB_MENTION_OR_REFERENCE);
});

test('whatever the text around them, no @, # or GH- of a log is a mention or a reference as GitHub reads the rendered text', () => {
  const around = fc.string({ unit: fc.constantFrom('@', '#', 'GH-', 'gh-', '1', 'a', '_', '/', '-', ' ', '\\', '&', '<', '`', '*', '(', 'é'), maxLength: 12 });
  fc.assert(
    fc.property(around, (raw) => {
      const shown = safeText(raw).trim();
      if (shown === '') return;
      const text = paragraphHtmlText(html(`x ${escapeMarkdown(raw)}`));
      assert.equal(text.replace(/\u2060/g, ''), `x ${shown}`);
      assert.doesNotMatch(text, GITHUB_MENTION_OR_REFERENCE, `${raw} as ${escapeMarkdown(raw)}`);
    }),
    { numRuns: 2000 },
  );
});

test('$ (GitHub math) is escaped; a value ending in a space keeps the ** around it working', () => {
  assert.equal(escapeMarkdown('$m$ costs $5'), '\\$m\\$ costs \\$5');
  assert.equal(html(`**${escapeMarkdown(' Failed ')}**`), '<p><strong>Failed</strong></p>\n');
});

test('a text that would open a block at a line start is a paragraph: heading, list, break, underline, code block', () => {
  for (const [raw, written] of [
    ['# Group', '\\# Group'],
    ['## Group', '\\## Group'],
    ['- Windows', '\\- Windows'],
    ['+ x', '\\+ x'],
    ['1. x', '1\\. x'],
    ['2) x', '2\\) x'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['    VoIP', 'VoIP'],
    ['2.13.0', '2.13.0'],
    ['Group', 'Group'],
  ] as const) {
    assert.equal(escapeMarkdownLineStart(raw), written, raw);
    assert.equal(paragraphText(html(`${escapeMarkdownLineStart(raw)} · 09:00`)), `${raw.trim()} · 09:00`, raw);
  }
});

test('markdownCode: in a table cell its | is \\|, which GFM drops; in prose it is bare, since nothing drops the \\ there', () => {
  assert.equal(markdownCode('a|b`c', 'cell'), '``a\\|b`c``');
  assert.equal(markdownCode('a|b`c', 'prose'), '``a|b`c``');
  const prose = marked.lexer(`## Call ${markdownCode('a|b`c', 'prose')}`, { gfm: true });
  assert.match(html(`## Call ${markdownCode('a|b`c', 'prose')}`), /<h2>Call <code>a\|b`c<\/code><\/h2>/, JSON.stringify(prose));
  assert.match(html(`- ${markdownCode('p|1', 'prose')}: x`), /<li><code>p\|1<\/code>: x<\/li>/);
  assert.match(html(`| a | b |\n|---|---|\n| ${markdownCode('p|1', 'cell')} | z |\n`), /<td><code>p\|1<\/code><\/td>\n<td>z<\/td>/);
});

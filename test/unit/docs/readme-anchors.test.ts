import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../../support/run-cli.js';

/**
 * README.md's lines outside its fenced code blocks: a `#` in a shell example is no heading, a `](#x)` in one no link.
 * A fence is a line of three or more backticks and an info string with none (a prose line that starts with ``` code
 * `` ` `` is none), closed by a line of as many or more backticks.
 */
function proseLines(): string[] {
  let fence: string | null = null;
  return readFileSync(join(ROOT, 'README.md'), 'utf8')
    .split('\n')
    .filter((line) => {
      const ticks = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
      if (fence === null && ticks !== null) fence = ticks[1]!;
      else if (fence !== null && ticks !== null && ticks[1]!.length >= fence.length && ticks[2]!.trim() === '') fence = null;
      else return fence === null;
      return false;
    });
}

/**
 * The anchor GitHub gives a heading (github-slugger): its text as shown (inline code's backticks gone, its content
 * kept), in lower case, every character but a letter, digit, `-`, `_` or space dropped, each space a `-`; a heading
 * whose anchor is taken already gets `-1`, `-2`.
 */
function anchorsOf(headings: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const heading of headings) {
    const slug = heading
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const lines = proseLines();
const headings = lines.flatMap((line) => {
  const match = /^(#{1,6}) (.+)$/.exec(line);
  return match === null ? [] : [{ level: match[1]!.length, text: match[2]! }];
});
const anchorList = [...anchorsOf(headings.map((heading) => heading.text))];
const anchors = new Set(anchorList);

test('anchors as GitHub makes them: backticks, <…>, […], commas and … dropped, spaces as -', () => {
  assert.deepEqual(
    [...anchorsOf(['`acs-calllogs summarize <files|dirs|->`', '`acs-calllogs call <correlationId> [inputs…]`', 'Without colour, on a plain console', 'Inputs', 'Inputs'])],
    ['acs-calllogs-summarize-filesdirs-', 'acs-calllogs-call-correlationid-inputs', 'without-colour-on-a-plain-console', 'inputs', 'inputs-1'],
  );
});

test("every (#anchor) link in README.md is one of its headings' anchors", () => {
  const links = lines.flatMap((line) => [...line.matchAll(/\]\(#([^)]*)\)/g)].map((m) => m[1]!));
  assert.ok(links.length > 10, 'the Contents list and the links in the text');
  assert.deepEqual(links.filter((link) => !anchors.has(link)), []);
});

test("README.md's Contents, after its opening paragraphs, links to every ## and ### section", () => {
  const start = lines.indexOf('**Contents**');
  assert.ok(start > 0 && start < 40, 'a Contents list on the first screen');
  const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
  const listed = new Set(lines.slice(start, end).flatMap((line) => [...line.matchAll(/\]\(#([^)]*)\)/g)].map((m) => m[1]!)));
  const sections = anchorList.filter((_, i) => headings[i]!.level === 2 || headings[i]!.level === 3);
  assert.deepEqual(sections.filter((anchor) => !listed.has(anchor)), [], 'a section the Contents does not list');
});

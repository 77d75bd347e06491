import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCalls } from '../../../src/model/load-calls.js';
import { assessCallStory } from '../../../src/rules/assess-call-story.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { renderCallMarkdown } from '../../../src/report/render-call-markdown.js';
import { ROOT } from '../../support/run-cli.js';

const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';

async function rejoinInput() {
  const { calls, counts } = await loadCalls([join(ROOT, 'samples')]);
  const story = assessCallStory(calls.find((c) => c.correlationId === REJOIN)!, defaultThresholds());
  return { story, gates: [], asked: null, counts, skippedFiles: 0 };
}

test('call markdown stays within its budget: rows stop where it is reached, and the report says how many were left out', async () => {
  const input = await rejoinInput();
  const whole = renderCallMarkdown(input);
  assert.doesNotMatch(whole, /not shown/);
  // A step summary left with less room than the whole story: the headings and the footer stay, rows are cut.
  const budget = Buffer.byteLength(whole) - 1500;
  const cut = renderCallMarkdown(input, budget);
  assert.ok(Buffer.byteLength(cut) <= budget, `${Buffer.byteLength(cut)} > ${budget}`);
  assert.match(cut, /\n_The rest is not shown \(\d+ more (streams?|operations?|media series|surveys?) among them\): the report stays under GitHub's 1 MiB; `--format json` has it all\._\n/);
  assert.match(cut, /### Issues \(7\)/);
  assert.match(cut, /<sub>Read \d+ files, .* · acs-calllogs<\/sub>\n$/);
  // Rows are whole: every table row that is there ends its row.
  for (const line of cut.split('\n').filter((l) => l.startsWith('| '))) assert.match(line, / \|$/);
  // Whatever the budget, the report fits it and never leaves a code block open.
  const notes = new Set<string>();
  for (let room = 300; room < Buffer.byteLength(whole) + 100; room += 97) {
    const text = renderCallMarkdown(input, room);
    assert.ok(Buffer.byteLength(text) <= room, `budget ${room}: ${Buffer.byteLength(text)} bytes`);
    assert.equal((text.match(/^```/gm) ?? []).length % 2, 0, `budget ${room}: a code block left open`);
    // One row left out is one: "1 more stream", never "1 more streams".
    assert.doesNotMatch(text, /\(1 more (issues|legs|streams|operations|surveys) among them\)/, `budget ${room}`);
    notes.add(/\((\d+ more [a-z ]+) among them\)/.exec(text)?.[1] ?? '');
  }
  assert.ok([...notes].some((n) => /^1 more (issue|leg|stream|operation|media series|survey)$/.test(n)), [...notes].join('; '));
});

test('call markdown cut short in a bounded table: the rows left out count the events and operations a "+N more" row stands for', async () => {
  const { calls, counts } = await loadCalls([join(ROOT, 'test/fixtures/input/call-many-ufds.jsonl')]);
  const story = assessCallStory(calls.find((c) => c.correlationId === 'ufd00001-0000-4000-8000-000000000001')!, defaultThresholds());
  const input = { story, gates: [], asked: null, counts, skippedFiles: 0 };
  const whole = renderCallMarkdown(input);
  /** How many of a table's list are in the text: its rows, and the count of each "+N more" row. */
  const inTable = (text: string, heading: string, next: string) => {
    const start = text.indexOf(heading);
    const end = text.indexOf(next, start);
    const lines = text.slice(start, end < 0 ? undefined : end).split('\n');
    // A row's At cell is its first (operations) or second, after the clock time (events): `| +5s |`, `| 10:00:05 | +5s |`.
    return lines.filter((l) => /^\|( [\d:-]+ \|)? \+/.test(l)).length + lines.reduce((n, l) => n + Number(/^\|(  \|)+ _\+(\d+) more/.exec(l)?.[2] ?? 0), 0);
  };
  const seen = new Set<string>();
  for (let room = 1000; room < Buffer.byteLength(whole); room += 150) {
    const text = renderCallMarkdown(input, room);
    assert.ok(Buffer.byteLength(text) <= room, `budget ${room}: ${Buffer.byteLength(text)} bytes`);
    const among = /\((\d+) more (events?|operations?) among them\)/.exec(text);
    if (among === null) continue;
    seen.add(among[2]!.replace(/s$/, ''));
    // 131 events; 62 operations failed or degraded.
    const [heading, next, total] = among[2]!.startsWith('event') ? ['### Events', '### Streams', 131] : ['### Client operations', '<sub>', 62];
    assert.equal(Number(among[1]) + inTable(text, heading, next), total, `budget ${room}: ${among[0]}`);
  }
  assert.deepEqual([...seen].sort(), ['event', 'operation']);
});

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { loadCalls } from '../../../src/model/load-calls.js';
import { assessCallStory } from '../../../src/rules/assess-call-story.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { renderCallText } from '../../../src/report/render-call-text.js';
import { fitTableWidths, tableWidth } from '../../../src/report/fit-table-widths.js';
import { ROOT } from '../../support/run-cli.js';

const REJOIN = 'a60ad5d9-ceeb-4b7f-a165-539cb9f7a904';
const plain = new Chalk({ level: 0 });

async function rejoinStory() {
  const { calls } = await loadCalls([join(ROOT, 'samples')]);
  return assessCallStory(calls.find((c) => c.correlationId === REJOIN)!, defaultThresholds());
}

/** The Legs table's lines of a text report. */
function legsLines(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf('Legs') + 1;
  return lines.slice(start, lines.indexOf('', start));
}

/** A cell column's text of a table, its lines joined: what it says, however it is wrapped. */
function columnText(lines: string[], column: number): string {
  return lines
    .filter((l) => l.startsWith('│'))
    .map((l) => l.split('│')[column + 1]!.trim())
    .filter((t) => t !== '')
    .join(' ');
}

test('the Legs table is narrowed to a 100- or 120-column terminal: ids, times, durations and end codes whole; too wide or too narrow a terminal has it whole', async () => {
  const story = await rejoinStory();
  const wide = legsLines(renderCallText(story, plain, null, null));
  assert.ok(wide.some((l) => stringWidth(l) > 120), 'the table is wider than 120 columns unfitted');
  for (const columns of [100, 120]) {
    const lines = legsLines(renderCallText(story, plain, null, columns));
    for (const line of lines) assert.ok(stringWidth(line) <= columns, `${stringWidth(line)} > ${columns}: ${line}`);
    const text = lines.join('\n');
    for (const kept of ['e0dd0d03', '2aaed7ee', 'afe17849', '9d64fef3', 'b20cd97b', '816d30e1', 'a88c88d7', '…0d00c8f2', '+1m 54s', '17m 20s', '10m 20s', '1.31.2.1', '2.12.0']) {
      assert.ok(text.includes(kept), `${kept} at ${columns} columns`);
    }
    // The End reason wraps narrower, nothing of it lost: its words joined again are today's, "(dropped)" too; the
    // advice under it goes under the table, a line a leg (wrapped at words), whole.
    // At 100 the six columns (the Leg over its Endpoint, …): the End reason is the fifth.
    const at = columns === 100 ? 4 : 6;
    const reason = (l: string[], x = 6) => columnText(l, x).replace(/\s+/g, '');
    const advice = ['Advice: Check network configuration, make sure it follows Azure Communication Calling network requirements.', 'Advice: File a support request through the Azure portal.'];
    const wideReason = advice.reduce((text, a) => text.replace(a.replace(/\s+/g, ''), ''), reason(wide));
    assert.notEqual(wideReason, reason(wide), 'the wide table has the advice in its cells');
    assert.equal(reason(lines, at), wideReason);
    assert.doesNotMatch(columnText(lines, at), /Advice/);
    const below = lines.filter((l) => !/^[│┌├└]/.test(l)).join(' ').replace(/\s+/g, ' ');
    assert.equal(
      below,
      'Advice for 2aaed7ee (410/3101): Check network configuration, make sure it follows Azure Communication Calling network requirements. Advice for afe17849 (500/4521): File a support request through the Azure portal.',
    );
    // At 100 the nine columns would leave the End reason 12 wide, its words broken ("Unexpected" "ClientError:",
    // "Communicatio" "n Services"): the six leave it 33, no word broken; at 120 the nine leave it 24.
    if (columns === 100) {
      assert.match(lines[1]!, /^│ Leg +│ Type +│ Identifier +│ Joined +│ End reason +│ SDK +│$/);
      assert.match(columnText(lines, at), /410\/3101 UnexpectedClientError: Call .* 500\/4521 UnexpectedServerError: Communication Services infrastructure error/);
    }
  }
  // A terminal wide enough, or too narrow for the narrowest table, has the table as a pipe has it, its advice in it.
  assert.deepEqual(legsLines(renderCallText(story, plain, null, 200)), wide);
  // 60 columns cannot hold the ids, times and codes that are never cut: nothing is cut, the terminal wraps it.
  assert.deepEqual(legsLines(renderCallText(story, plain, null, 60)), wide);
});

test('a call of ACS legs (Type "VoIP · ACS") fits 100 columns: six columns, its Type on a line, its End reason no narrower than it must', async () => {
  // Another call's table drawn first, as wide as it is: this one's has its own widths (cli-table3 once kept the first's).
  renderCallText(await rejoinStory(), plain, null, null);
  const { calls } = await loadCalls([join(ROOT, 'samples')]);
  const story = assessCallStory(calls.find((c) => c.correlationId.startsWith('ad9b017d'))!, defaultThresholds());
  const lines = legsLines(renderCallText(story, plain, null, 100));
  for (const line of lines) assert.ok(stringWidth(line) <= 100, `${stringWidth(line)} > 100: ${line}`);
  assert.equal(columnText(lines, 1), 'Type VoIP · ACS VoIP · ACS VoIP · ACS');
  assert.match(lines.join('\n'), /│ VoIP · ACS │/);
  const text = lines.join('\n');
  for (const kept of ['8f544969', 'ec6d55e9', '33057039', '1ce026d6', '…0d0093c7', '+56s', '21m 30s', '0/0', '2.13.0', '1.31.2.1']) assert.ok(text.includes(kept), kept);
  // At 120 columns the Type stays on one line.
  assert.match(legsLines(renderCallText(story, plain, null, 120)).join('\n'), /│ VoIP · ACS │/);
});

test('fitTableWidths: narrows in order, only as far as needed; null when it fits, or cannot', () => {
  // 3 columns of 10, 20, 30 (+ 4 borders) = 64 columns.
  assert.equal(tableWidth([10, 20, 30]), 64);
  assert.equal(fitTableWidths([10, 20, 30], [{ column: 2, to: 10 }], 64), null);
  assert.deepEqual(fitTableWidths([10, 20, 30], [{ column: 2, to: 10 }], 60), [10, 20, 26]);
  assert.deepEqual(fitTableWidths([10, 20, 30], [{ column: 2, to: 20 }, { column: 1, to: 5 }], 44), [10, 10, 20]);
  // A step never widens a column already narrower than its `to`.
  assert.deepEqual(fitTableWidths([10, 20, 30], [{ column: 0, to: 12 }, { column: 2, to: 5 }], 60), [10, 20, 26]);
  assert.equal(fitTableWidths([10, 20, 30], [{ column: 2, to: 10 }], 40), null);
});

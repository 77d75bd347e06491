import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { textPieces } from '../../../src/input/bom-joins.js';
import { forEachItem, forEachLine } from '../../../src/input/split-lines.js';
import { collect, fixture, outline, records } from './input-test-helpers.js';

const BOM = '\ufeff';

/** What forEachLine calls, as `line:text` (the bytes shown as latin1, so a BOM left in shows as ï»¿). */
function pieces(text: string, firstLine = 1): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const out: string[] = [];
  forEachLine(bytes, firstLine, (start, end, line) => out.push(`${line}:${bytes.toString('latin1', start, end)}`));
  return out;
}

test('a record\'s } followed by a BOM and the next { (blocks appended without a newline) is cut there: both at the line\'s number', () => {
  assert.deepEqual(pieces(`{"a":1}${BOM}{"b":2}\n{"c":3}\n`), ['1:{"a":1}', '1:{"b":2}', '2:{"c":3}']);
  // A BOM at the line's start too, three blocks on one line, CRLF, and a batch that starts at line 40.
  assert.deepEqual(pieces(`${BOM}{"a":1}${BOM}{"b":2}${BOM}{"c":3}\r\n{"d":4}`, 40), ['40:{"a":1}', '40:{"b":2}', '40:{"c":3}', '41:{"d":4}']);
  // A BOM at the start of a later line (hourly blobs joined by cat) is dropped as before.
  assert.deepEqual(pieces(`{"a":1}\n${BOM}{"b":2}\n${BOM}\n`), ['1:{"a":1}', '2:{"b":2}']);
});

test('a BOM that does not sit between } and { is left where it is: the line is one piece, as before', () => {
  const kept = '\u00ef\u00bb\u00bf'; // the BOM's bytes read as latin1
  assert.deepEqual(pieces(`{"a":"x${BOM}y"}\n`), [`1:{"a":"x${kept}y"}`]);
  assert.deepEqual(pieces(`{"a":1} ${BOM}{"b":2}\n`), [`1:{"a":1} ${kept}{"b":2}`]);
  assert.deepEqual(pieces(`[1]${BOM}{"b":2}\n`), [`1:[1]${kept}{"b":2}`]);
  assert.deepEqual(pieces(`{"a":1}${BOM}[2]\n`), [`1:{"a":1}${kept}[2]`]);
  // Without any BOM in the batch, lines are cut only at their ends.
  assert.deepEqual(pieces('{"a":1}{"b":2}\n\n{"c":3}'), ['1:{"a":1}{"b":2}', '3:{"c":3}']);
});

test('forEachItem cuts joined blocks as forEachLine does', () => {
  const bytes = Buffer.from(`{"a":1}${BOM}{"b":2}\n`, 'utf8');
  const items: string[] = [];
  forEachItem(bytes, 7, false, (start, end, line) => items.push(`${line}:${bytes.toString('utf8', start, end)}`));
  assert.deepEqual(items, ['7:{"a":1}', '7:{"b":2}']);
});

test('the fixture of two blobs joined without a newline: four records, the two joined at line 2', async () => {
  const path = fixture('blobs-joined-without-newline.jsonl');
  const text = readFileSync(path, 'utf8');
  assert.equal(text.split('\n').filter((l) => l !== '').length, 3);
  assert.equal(text.split(`}${BOM}{`).length, 2, 'one pair joined by a BOM');
  const events = await collect([path]);
  assert.deepEqual(outline(events), ['record@1', 'record@2', 'record@2', 'record@3']);
  assert.deepEqual(
    records(events).map((r) => `${r.value.category as string} ${(r.value.correlationId as string).slice(0, 8)}`),
    ['CallSummary 8d1a8374', 'CallDiagnostics 8d1a8374', 'CallSummary a60ad5d9', 'CallDiagnostics a60ad5d9'],
  );
});

test('UTF-16 text is cut around BOMs as UTF-8 bytes are (textPieces, one rule with forEachLine)', () => {
  const lines = [`{"a":1}${BOM}{"b":2}`, `${BOM}{"a":1}${BOM}{"b":2}${BOM}{"c":3}`, `${BOM}{"b":2}`, BOM, `{"a":"x${BOM}y"}`, `{"a":1} ${BOM}{"b":2}`, `[1]${BOM}{"b":2}`, '{"a":1}{"b":2}',
    `${BOM}${BOM}{"a":1}${BOM}${BOM}{"b":2}${BOM}`, `${BOM}${BOM}`, `${BOM} ${BOM}{"a":1}`, `{"a":1}${BOM}${BOM}[2]`, `{"a":"${BOM}${BOM}"}${BOM}`];
  for (const line of lines) {
    const asBytes = pieces(`${line}\n`).map((piece) => Buffer.from(piece.slice(2), 'latin1').toString('utf8'));
    assert.deepEqual(textPieces(line).filter((piece) => piece !== ''), asBytes, JSON.stringify(line));
  }
});

test('runs of BOMs (an empty blob, a BOM alone, joined among others) are dropped at a line\'s start and after its last }, and cut at between } and {', () => {
  assert.deepEqual(pieces(`${BOM}${BOM}{"a":1}\n`), ['1:{"a":1}']);
  assert.deepEqual(pieces(`${BOM}${BOM}{"a":1}${BOM}{"b":2}\n`), ['1:{"a":1}', '1:{"b":2}']);
  assert.deepEqual(pieces(`{"a":1}${BOM}${BOM}{"b":2}\n`), ['1:{"a":1}', '1:{"b":2}']);
  assert.deepEqual(pieces(`{"a":1}${BOM}\n{"b":2}${BOM}${BOM}`), ['1:{"a":1}', '2:{"b":2}']);
  // A line of BOMs alone is blank.
  assert.deepEqual(pieces(`{"a":1}\n${BOM}${BOM}\n${BOM}${BOM}${BOM}{"b":2}\r\n`), ['1:{"a":1}', '3:{"b":2}']);
  // Elsewhere they stay: in a string, or in a piece that is one invalid record at its line.
  const kept = '\u00ef\u00bb\u00bf';
  assert.deepEqual(pieces(`{"a":"x${BOM}${BOM}y"}\n`), [`1:{"a":"x${kept}${kept}y"}`]);
  assert.deepEqual(pieces(`${BOM} ${BOM}{"a":1}\n`), [`1: ${kept}{"a":1}`]);
});

test('no mix of records, BOMs and line ends loses anything but BOMs and line ends; each record is a piece of its own, in UTF-8 as in UTF-16', () => {
  const tokens = ['{"a":1}', BOM, '\n', '\r\n'];
  // Every sequence of up to 6 tokens.
  const texts: string[] = [];
  let longest = [''];
  for (let length = 1; length <= 6; length++) {
    longest = longest.flatMap((text) => tokens.map((token) => text + token));
    texts.push(...longest);
  }
  let checked = 0;
  for (const text of texts) {
    // Records written one after another with nothing between them are one invalid line by design.
    if (text.includes('}{')) continue;
    let n = 0;
    const numbered = text.replace(/\{"a":1\}/g, () => `{"a":${++n}}`);
    const records = Array.from({ length: n }, (_, i) => `{"a":${i + 1}}`);
    const fromBytes = pieces(numbered).map((piece) => Buffer.from(piece.slice(piece.indexOf(':') + 1), 'latin1').toString('utf8'));
    assert.deepEqual(fromBytes, records, JSON.stringify(numbered));
    const fromText = numbered.split('\n').flatMap((line) => textPieces(line.replace(/\r$/, ''))).filter((piece) => piece.trim() !== '');
    assert.deepEqual(fromText, records, JSON.stringify(numbered));
    checked++;
  }
  assert.ok(checked > 1000, `${checked} texts`);
});

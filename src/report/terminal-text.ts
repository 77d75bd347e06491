import stringWidth from 'string-width';
import { safeText } from '../schema/visible-text.js';

/** A long id cut to its first characters, as git shortens hashes. */
export function shortId(id: string | null, length = 8): string {
  if (id === null) return '-';
  return firstCharacters(safeText(id), length);
}

/**
 * The first `count` characters of a text, counted in code points: a cut never splits a surrogate pair (an emoji, a
 * tag character), which would show as U+FFFD.
 */
export function firstCharacters(text: string, count: number): string {
  if (text.length <= count) return text;
  let end = 0;
  for (let n = 0; n < count && end < text.length; n++) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return text.slice(0, end);
}

/** A phone number's raw id ("4:+14255550123"), as a PSTN leg's identifier is logged, or as --redact masks it ("4:+1…23"). */
const PHONE_NUMBER_ID = /^4:(\+?\d{3,15}|\+?\d{0,3}…\d{0,2})$/;

/**
 * A user identifier cut to what tells users apart: ACS ids ("acs:<resource>_<user>") share their start
 * within a resource, so the end is kept: "…0d00c8f2". A phone number is shown whole, without its "4:" ("+14255550123"):
 * its end alone ("…55550123") is not the number a ticket gives, and loses the country code.
 */
export function shortIdentifier(identifier: string, length = 8): string {
  const safe = safeText(identifier);
  const phone = PHONE_NUMBER_ID.exec(safe);
  if (phone !== null) return phone[1]!;
  if ([...safe].length <= length + 4) return safe;
  return `…${[...safe].slice(-length).join('')}`;
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A text cut to at most `columns` terminal columns (as the tables measure them: string-width), its end shown as "…"
 * when it is cut; never inside a grapheme (an emoji sequence, a letter and its accents).
 */
export function fitColumns(text: string, columns: number): string {
  // No grapheme is wider than two columns, nor shorter than one code unit: a short text fits without measuring it
  // (the calls table fits every call's type).
  if (text.length * 2 <= columns || stringWidth(text) <= columns) return text;
  let kept = '';
  let width = 0;
  for (const { segment } of GRAPHEMES.segment(text)) {
    const w = stringWidth(segment);
    if (width + w > columns - 1) break;
    kept += segment;
    width += w;
  }
  return `${kept}…`;
}

/**
 * A text whose words are each cut to at most `columns` columns (fitColumns: "…" where one is cut), its spaces and
 * lines kept: what a table's column wraps at its words shows no word cut by the table itself.
 */
export function fitWords(text: string, columns: number): string {
  return text
    .split('\n')
    .map((line) => line.split(' ').map((word) => fitColumns(word, columns)).join(' '))
    .join('\n');
}

/**
 * A text whose words longer than `columns` columns are broken into lines of at most that many (never inside a
 * grapheme), nothing cut: a table's column that wraps at its words then shows every character of them. A word breaks
 * where it reads on best when it can: after a '/', '-', '_', '.', ':' or ',', or where a capital follows a small letter
 * (`Unexpected` `ClientError:`, not `UnexpectedCl` `ientError:`); else at the column.
 */
export function breakWords(text: string, columns: number): string {
  const width = Math.max(1, columns);
  const breakWord = (word: string) => {
    if (word.length * 2 <= width || stringWidth(word) <= width) return word;
    const pieces: string[][] = [[]];
    let used = 0;
    for (const { segment } of GRAPHEMES.segment(word)) {
      const w = stringWidth(segment);
      let piece = pieces.at(-1)!;
      if (used + w > width && piece.length > 0) {
        const rest = piece.splice(lastBreak(piece, segment));
        pieces.push(rest);
        piece = rest;
        used = stringWidth(rest.join(''));
        if (used + w > width && piece.length > 0) {
          piece = [];
          pieces.push(piece);
          used = 0;
        }
      }
      piece.push(segment);
      used += w;
    }
    return pieces
      .filter((p) => p.length > 0)
      .map((p) => p.join(''))
      .join('\n');
  };
  return text
    .split('\n')
    .map((line) => line.split(' ').map(breakWord).join(' '))
    .join('\n');
}

/**
 * Where in a full piece of a word the next piece is best begun: the last place after punctuation or between a small
 * letter and a capital (`next`, the grapheme that did not fit, taken as the piece's next), past its first grapheme;
 * the piece's end when there is none.
 */
function lastBreak(piece: readonly string[], next: string): number {
  for (let at = piece.length; at > 0; at--) {
    const before = piece[at - 1]!;
    const after = at < piece.length ? piece[at]! : next;
    if (/^[/\-_.:,]$/.test(before) || (/^\p{Ll}$/u.test(before) && /^\p{Lu}$/u.test(after))) return at;
  }
  return piece.length;
}

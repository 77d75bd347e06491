import { countryCode, maskPhoneNumber } from './phone-mask.js';

/**
 * Where a phone number is found in free text (redact-values.ts' redactText masks it, phone-mask.ts): only where
 * nothing else reads the same.
 * - A leg's identifier, `4:` and its digits with or without `+` (`4:+14255550123`, `4:14255550123`), the `4:` not
 *   itself after a word, a colon, a dot, a dash or a slash (`T14:0212345` is a time, `52.112.3.4:3478` an address
 *   and its port, `sbc-4:5060` a host's).
 * - A number that begins with `+`, anywhere but after a word's letter or digit (`1.0.0+20241120` is a build): as
 *   E.164 writes it, 7 to 15 digits (`+14255550123`), or as people write one, groups of digits after a country code
 *   of 1 to 3 digits (not 0), each group after one space, dash or dot, an area code in parentheses
 *   (`+1 425-555-0123`, `+44 20 7183 8750`, `+1 (425) 555-0123`, `+44 (0)20 7183 8750`, `+1.425.555.0123`). The
 *   space may be a no-break, thin or figure space and the dash a Unicode hyphen or an en dash, as a word processor, a
 *   web page or a signature writes them. In a URL the `+` is percent-encoded (`?to=%2B14255550123`, `tel%3A%2B…`):
 *   `%2B` is one too, after no letter or digit but an escape's (`%3A`).
 * - Digits after `tel:` without `+` (`tel:4255550123`, `tel:425-555-0123`): the scheme says they are a number.
 * A national number without `+` or a scheme (`(425) 555-0123`, `020 7183 8750`) is not one: in logs, digits in
 * groups are dates, times, versions, addresses, ranges and codes, which no pattern tells from a country's own way of
 * writing a number.
 */
/** `4:` of a leg's phone identifier, not itself after a word, a colon, a dot, a dash or a slash (see below). */
export const PHONE_IDENTIFIER_KIND = String.raw`(?<![\w:+./-])4:`;

const PHONE_IN_TEXT = new RegExp(
  [
    String.raw`${PHONE_IDENTIFIER_KIND}\+?\d{3,15}(?!\d)`,
    String.raw`(?:(?<![\w+])\+|(?:(?<!\w)|(?<=%[\dA-Fa-f]{2}))%2[Bb])\d+(?:(?:SEP?\(\d{1,4}\)SEP?|SEP)\d+)*`,
    String.raw`(?<=\b[Tt][Ee][Ll]:)\(?\d[\d().-]*(?<=\d)`,
  ]
    .join('|')
    .replaceAll('SEP', String.raw`[ .\-\u00a0\u2007\u2009\u202f\u2010-\u2013]`),
  'g',
);

/** E.164's fewest and most digits of a number with its country code (a short one, `+2901234`, is masked too). */
const FEWEST_DIGITS = 7;
const MOST_DIGITS = 15;

/**
 * The most digits a country's numbers have after its code, where every number of the country has as many or fewer
 * (the North American plan's 10, France's 9, the UK's 10, …): a group past them is none of the number's, though the
 * whole would make 15 (`+1 425 555 0123 2 times` was `+1…32 times`, its count taken for the number's end). Only
 * countries whose plan is sure; elsewhere 15 in all is the limit.
 */
const MOST_NATIONAL_DIGITS: ReadonlyMap<string, number> = new Map([
  ['1', 10], ['7', 10], ['27', 9], ['31', 9], ['33', 9], ['34', 9], ['41', 9], ['44', 10], ['45', 8], ['48', 9], ['61', 9],
  ['65', 8], ['91', 10], ['351', 9], ['420', 9], ['852', 8],
]);

/**
 * A `+` number's part that is a phone number: all its groups, or the fewest groups dropped from its end that make
 * one (`+14255550123 10 times`: the 10 is not the number's). One group is E.164's 7 to 15 digits; groups begin with a
 * country code (1 to 3 digits, not 0) and hold 7 to 15 digits in all, no more after the code than its country's
 * numbers have (MOST_NATIONAL_DIGITS), a trunk prefix not counted (`+44 (0)20 7183 8750`, `+44 020 7183 8750`). Null when none is:
 * `+5 more`, `+0100 2026`.
 */
function internationalPart(text: string): string | null {
  // No more groups than digits: what follows the 15th group is none of the number's (a text of many is read once).
  const groups: { end: number; digits: number }[] = [];
  let digits = 0;
  let all = '';
  for (const group of text.matchAll(/\d+/g)) {
    if (groups.length === MOST_DIGITS) break;
    const trunk = group[0] === '0' && text[group.index - 1] === '(' && text[group.index + 1] === ')';
    if (!trunk) [digits, all] = [digits + group[0].length, all + group[0]];
    groups.push({ end: group.index + group[0].length, digits });
  }
  const hasCountryCode = /^\+[1-9]\d{0,2}(?!\d)/.test(text);
  const code = countryCode(all);
  // A trunk prefix written without its brackets (`+44 020 7183 8750`, `+33 01 23 45 67 89`): no number of those
  // countries begins with 0 after the code, so the 0 is one more digit the number may have.
  const national = (MOST_NATIONAL_DIGITS.get(code) ?? MOST_DIGITS) + (all[code.length] === '0' ? 1 : 0);
  for (let count = groups.length; count >= 1; count--) {
    const { end, digits } = groups[count - 1]!;
    const fits = count === 1 || (hasCountryCode && digits - code.length <= national);
    if (digits >= FEWEST_DIGITS && digits <= MOST_DIGITS && fits) return text.slice(0, end);
  }
  return null;
}

/** A text with the phone numbers it holds masked (phone-mask.ts): `call +1 (425) 555-0123` is `call +1…23`. */
export function maskPhoneNumbersInText(text: string): string {
  if (!/[+:]|%2b/i.test(text)) return text;
  return text.replace(PHONE_IN_TEXT, (found: string) => {
    if (found.startsWith('4:')) return `4:${maskPhoneNumber(found.slice(2))}`;
    // A URL's `+`, percent-encoded (`?to=%2B14255550123`), is read as one and written back as it was.
    const encoded = /^%2b/i.test(found) ? found.slice(0, 3) : null;
    const plus = encoded === null ? found : `+${found.slice(3)}`;
    if (!plus.startsWith('+')) return maskPhoneNumber(found);
    const number = internationalPart(plus);
    if (number === null) return found;
    const masked = `${maskPhoneNumber(number)}${plus.slice(number.length)}`;
    return encoded === null ? masked : `${encoded}${masked.slice(1)}`;
  });
}

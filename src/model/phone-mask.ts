/**
 * E.164 country codes are 1 to 3 digits and prefix-free (no code begins another): 1 (North America) and 7 (Russia,
 * Kazakhstan) are one digit, these two, and every other code that is assigned three.
 */
const TWO_DIGIT_CODES = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54',
  '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98',
]);

/** Digits a mask hides at the least: of a number shorter than that plus the two shown, no digit after the country code is shown. */
const HIDDEN_AT_LEAST = 4;
const SHOWN_AT_END = 2;

/** The country code an international number's digits begin with (E.164: 1 to 3 digits). */
export function countryCode(digits: string): string {
  if (digits.startsWith('1') || digits.startsWith('7')) return digits.slice(0, 1);
  const two = digits.slice(0, 2);
  return TWO_DIGIT_CODES.has(two) ? two : digits.slice(0, 3);
}

/**
 * A phone number masked, never hashed (its few digits would be found again by hashing every number of its
 * country): `+442071838750` is `+44…50`, its country code and last 2 digits, what tells a ticket's number and country
 * without giving the number. A number with no `+` (as dialled: `07700900123`, `911`) has no country code to read:
 * `…23`. The last 2 digits are shown only when at least 4 are hidden besides (`+290…` for `+2901234`): of a short
 * number they would be much of it.
 */
export function maskPhoneNumber(number: string): string {
  const international = number.startsWith('+');
  const digits = number.replace(/\D/g, '');
  const code = international ? countryCode(digits) : '';
  const rest = digits.slice(code.length);
  const end = rest.length >= HIDDEN_AT_LEAST + SHOWN_AT_END ? rest.slice(-SHOWN_AT_END) : '';
  return `${international ? `+${code}` : ''}…${end}`;
}

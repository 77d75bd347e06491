import { maskPhoneNumber } from './phone-mask.js';

/**
 * An address's local part is the person, its domain the tenant's (or a mail provider's), which support needs to
 * know whose logs these are: `alice.smith@contoso.com` is `…@contoso.com`, `sip:alice@contoso.com` is
 * `sip:…@contoso.com`. The local part is dropped, never hashed: `first.last` is easily guessed, and its hash with it.
 */

/**
 * The user part of a SIP URI, whatever its host (`sip:alice@10.1.2.3:5060`); an e-mail address's local part, of a
 * domain that ends in a name of letters (`…@thread.v2`, `name@1.31.2` are none), not after a Teams thread id's `19:`
 * (`19:meeting_…@thread.v2`, `19:…@unq.gbl.spaces`: the call's thread, kept) nor after another local part's letter
 * (a part already masked, `+1…23@…`, is not masked again); the same in a URL, where the `@` is written `%40`.
 */
const DOMAIN = String.raw`[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?(?:\.[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?)*\.[a-zA-Z]{2,63}(?![\w-])`;
const ADDRESS = new RegExp(
  [
    String.raw`(?<=\b[Ss][Ii][Pp][Ss]?:)[^\s@;:<>"',/…]+(?=@)`,
    String.raw`(?<![\w.%+\-…])(?<!\b19:)[\w.%+-]+(?=@${DOMAIN})`,
    // In a URL, percent-encoded (`?upn=alice%40contoso.com`, `mailto%3Aalice%40…`): its `@` is `%40`, a `+` in it `%2B`;
    // after an escape's letter or digit too (`%3A`; not a `%2B`'s, which is the part's own: one start a part, as many
    // starts as escapes took seconds on a text of them), never a Teams thread's (`19%3a…%40unq.gbl.spaces`, kept).
    String.raw`(?:(?<![\w.%+\-…])|(?<=%[\dA-Fa-f]{2})(?<!%2[Bb]))(?<!\b19%3[Aa])(?!19%3[Aa])(?:[\w.+-]|%2[Bb])+(?=%40${DOMAIN})`,
  ].join('|'),
  'g',
);

/** A text with the local parts of the addresses it holds hidden; a SIP user part that is a number masked as one (`sip:…23@…`). */
export function maskAddressesInText(text: string): string {
  if (!text.includes('@') && !/%40/.test(text)) return text;
  return text.replace(ADDRESS, (local: string) => (/^\+?\d+$/.test(local) ? maskPhoneNumber(local) : '…'));
}

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
 * (a part already masked, `+1…23@…`, is not masked again).
 */
const ADDRESS =
  /(?<=\b[Ss][Ii][Pp][Ss]?:)[^\s@;:<>"',/…]+(?=@)|(?<![\w.%+\-…])(?<!\b19:)[\w.%+-]+(?=@[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?(?:\.[a-zA-Z\d](?:[a-zA-Z\d-]*[a-zA-Z\d])?)*\.[a-zA-Z]{2,63}(?![\w-]))/g;

/** A text with the local parts of the addresses it holds hidden; a SIP user part that is a number masked as one (`sip:…23@…`). */
export function maskAddressesInText(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(ADDRESS, (local: string) => (/^\+?\d+$/.test(local) ? maskPhoneNumber(local) : '…'));
}

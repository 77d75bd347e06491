import { plural } from './format-values.js';
import { firstCharacters } from './terminal-text.js';

/** Findings a poor call's JUnit failure names in its `message`; the failure's text lists them all. */
export const NAMED_IN_MESSAGE = 3;

/** Code points a finding keeps in the `message`: one whose log text runs long (a media type, an operation's name) is cut. */
const FINDING_CHARACTERS = 200;

/**
 * A poor call's JUnit failure `message`, which Jenkins and Azure DevOps show on one line: how many findings, the first
 * NAMED_IN_MESSAGE of them as given (FINDING_ORDER: a dropped leg before a town hall's dozens of stream issues), each
 * FINDING_CHARACTERS at most, then how many more: "42 issues: leg 9ccaf27a: dropped 410/3101; …; and 39 more". The
 * failure's text lists every one. `call`'s JUnit and summarize's word it here alike; without a cap, a large call's
 * message ran to kilobytes.
 */
export function junitFailureMessage(findings: readonly string[]): string {
  const named = findings.slice(0, NAMED_IN_MESSAGE).map((f) => {
    const cut = firstCharacters(f, FINDING_CHARACTERS);
    return cut === f ? f : `${cut}…`;
  });
  const more = findings.length - named.length;
  return `${plural(findings.length, 'issue')}: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

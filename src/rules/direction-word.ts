/** Which way a stream's media flows, from the side of the endpoint that logged it. */
export type Direction = 'inbound' | 'outbound';

/**
 * The words the logs use, in lower case: CallDiagnostics writes Inbound and Outbound, the client media stats send
 * and recv (send or receive, as the schema article words MediaStreamDirection). The one list the rules (a series
 * received) and the reports (call's JSON `direction`) read, so that they cannot tell a word two ways.
 */
const WORDS: ReadonlyMap<string, Direction> = new Map([
  ['inbound', 'inbound'],
  ['outbound', 'outbound'],
  ['recv', 'inbound'],
  ['receive', 'inbound'],
  ['send', 'outbound'],
]);

/** The direction a logged word says, in any case and white space around; null for none or another word. */
export function directionOfWord(word: string | null): Direction | null {
  return word === null ? null : (WORDS.get(word.trim().toLowerCase()) ?? null);
}

/** How a stream's other end is named after it: "from" the sender of what is received, "to" the receiver of what is sent. */
export function otherEndWord(word: string | null): 'from' | 'to' | 'with' {
  const direction = directionOfWord(word);
  return direction === 'inbound' ? 'from' : direction === 'outbound' ? 'to' : 'with';
}

import { visibleId, visibleIdStart } from '../schema/visible-id.js';
import { safeText } from '../schema/visible-text.js';
import { distinctPrefixLength } from './distinct-prefix.js';

/**
 * What every report and section names a leg by that logs neither a participantId nor an endpointId (a server's leg
 * may log both as "null"): `leg (no id)`, never a `-` in one place and a `?` in another.
 */
export const NO_LEG_ID = '(no id)';

/**
 * How many characters of their names (visibleId) tell these leg and endpoint ids apart, and at least 8
 * (distinct-prefix.ts): counted on the names, as shownLegId cuts them, so that two ids alike but for a character the
 * terminal would not show (`ab\u0001c…`, `abc…`) are shown apart.
 */
export function legIdLength(ids: Iterable<string | null | undefined>): number {
  return distinctPrefixLength([...ids].map((id) => (typeof id === 'string' ? visibleId(id) : id)));
}

/**
 * A leg's or endpoint's id as the reports show it: its name as a call id's (visible-id.ts: a control character as
 * `\u0001`, never removed), cut to `length` characters and never inside an escape (visibleIdStart). What is shown,
 * given back to `call`, finds the leg's call (match-leg-id.ts reads the name back as the id's start).
 */
export function shownLegId(id: string, length: number): string {
  return safeText(visibleIdStart(id, length));
}

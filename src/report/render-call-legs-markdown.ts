import type { CallStory } from '../rules/assess-call-story.js';
import type { LegId } from '../rules/match-leg-id.js';
import { ASKED_MARK, askedMarks } from './asked-leg.js';
import { REDACTED } from '../schema/values.js';
import { endReasonAdvice, endReasonText } from './call-issue-lines.js';
import { foldedLegsNote, shownLegs } from './call-legs-shown.js';
import { legId, noParticipantCell, offset } from './call-story-ids.js';
import { formatDuration } from './format-values.js';
import { legKindParts } from './leg-kind.js';
import { escapeMarkdown, markdownCell, markdownCode } from './markdown-text.js';
import { adviceHead, legAdviceGroups, sharesAdvice } from './shared-leg-advice.js';
import { shortIdentifier } from './terminal-text.js';

/**
 * The Markdown's Legs section, as the text's Legs table (call-legs-table.ts) is for a terminal: its heading and what
 * stands before the rows (the table's head; or, with no leg, or none listed, the line that says so), its rows (a leg
 * each), and what follows them (how many legs were not shown; an advice more than one leg listed ended with, a
 * paragraph each). Of a call of many legs, without `all`, those with something to say, the others counted
 * (call-legs-shown.ts).
 */
export function legsMarkdown(story: CallStory, asked: LegId | null, all: boolean): { head: string[]; rows: string[]; after: string[] } {
  const heading = ['', '### Legs', ''];
  if (story.legs.length === 0) return { head: [...heading, '_No CallSummary records for this call._'], rows: [], after: [] };
  const listed = shownLegs(story, asked, all);
  const note = foldedLegsNote(story, listed);
  const noteLine = `_${note}: \`--all\` lists every one, \`--format json\` has them all._`;
  if (listed.shown.length === 0) return { head: [...heading, noteLine], rows: [], after: [] };
  const head = [...heading, '| Leg | Endpoint | Type | Identifier | Joined | Duration | End reason | SDK | OS |', '|---|---|---|---|---:|---:|---|---|---|'];
  const isAsked = askedMarks(story, asked);
  const mark = (l: (typeof story.legs)[number], field: LegId['field'], id: string) => (isAsked(l, field) ? `${ASKED_MARK} ${id}` : id);
  const idCell = (id: string | null) => (id === null ? '-' : markdownCode(legId(story, id), 'cell'));
  // An advice more than one leg listed ended with (a town hall's nine drops of 410/3101) is said once, under the table.
  const isShared = sharesAdvice(listed.shown);
  const rows = listed.shown.map((l) => {
    const { leg, endReason: r } = l;
    const advice = isShared(l) ? null : endReasonAdvice(r);
    const reason = `${escapeMarkdown(endReasonText(r))}${r.dropped ? ' **(dropped)**' : r.failed ? ' **(failed)**' : ''}${advice === null ? '' : `<br>_${escapeMarkdown(advice)}_`}`;
    const identifier = leg.identifier === null ? '-' : leg.identifier === REDACTED ? '_redacted_' : escapeMarkdown(shortIdentifier(leg.identifier));
    const participant = leg.participantId === null ? noParticipantCell(story, leg.endpointId) : mark(l, 'participantId', idCell(leg.participantId));
    return `| ${participant} | ${mark(l, 'endpointId', idCell(leg.endpointId))} | ${[markdownCell(leg.endpointType), ...legKindParts(leg).map(markdownCell)].join(' · ')} | ${identifier} | ${offset(story, leg.participantStartTime)} | ${formatDuration(leg.participantDuration)} | ${reason} | ${markdownCell(leg.sdkVersion)} | ${markdownCell(leg.osVersion)} |`;
  });
  // How many legs were not shown directly under the table: after the advice, it read as the advice's.
  const after = note === null ? [] : ['', noteLine];
  // A paragraph each (lines one after another would run into one).
  for (const group of legAdviceGroups(story, listed.shown.filter(isShared))) after.push('', `_${adviceHead(group, (id) => markdownCode(id, 'prose'))}: ${escapeMarkdown(group.advice)}_`);
  return { head, rows, after };
}

import type { SummaryRecord } from '../schema/call-record.js';

/**
 * What a leg's Type cell says after its endpoint type, when logged: how the participant took part (participantType:
 * ACS, Teams, ACS as a Teams external user, …) and a PSTN leg's call type and direction (pstnPartcipantCallType).
 */
export function legKindParts(leg: Pick<SummaryRecord, 'participantType' | 'pstnParticipantCallType'>): string[] {
  const parts: string[] = [];
  if (leg.participantType !== null) parts.push(leg.participantType);
  if (leg.pstnParticipantCallType !== null) parts.push(leg.pstnParticipantCallType);
  return parts;
}

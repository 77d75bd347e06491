import { redactJson } from '../model/redact-values.js';
import type { BreakdownsJson } from './breakdowns-json.js';
import type { CallJson, SummaryDocument } from './summary-document.js';

/**
 * `summarize --redact`: the document every format of summarize is drawn from, with what it holds of the logs' own
 * text (the calls' ids and issues, the breakdowns' SDK versions, result signatures and subcodes) passed through the
 * redaction `call --redact` applies to free text (redact-values.ts). It shows no identifier, phone number, user agent
 * or OS string of its own (browsers and OSes are grouped by family and major version), so on logs as Azure writes them
 * nothing changes; a value a client wrote that holds a phone number or a user's id would be redacted. The counts,
 * totals and gates are numbers and names of the tool's own, left as they are, and the files read are named as given.
 */
export function redactSummary(doc: SummaryDocument): SummaryDocument {
  return {
    ...doc,
    ...(doc.breakdowns === undefined ? {} : { breakdowns: redactJson(doc.breakdowns) as BreakdownsJson }),
    calls: redactJson(doc.calls) as CallJson[],
  };
}

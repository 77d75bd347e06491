import { type StreamCounts, unknownReason } from './describe-unknown.js';
import { plural } from './format-values.js';
import { xmlElement } from './xml-markup.js';

/**
 * A testcase's skipped element, its reason both as `message` (read by Jenkins and Azure DevOps) and as its text:
 * GitLab shows a skipped or failed testcase's element text only (docs: "Unit test reports", JUnit XML format). `lines`
 * follow the reason in the text: what the testcase's system-out says, which neither GitLab nor Azure DevOps shows of a
 * skipped testcase.
 */
export function skippedElement(reason: string, lines: readonly string[] = []): string {
  return xmlElement(3, 'skipped', { message: reason }, [reason, ...lines].join('\n'));
}

/**
 * The skipped element of a call of unknown quality, in summarize's JUnit and `call`'s alike: why its quality is unknown
 * (unknownReason), and how many of its legs failed when one did (`quality unknown: no metric read; 1 leg failed`), as
 * its message; under that in its text, `systemOut`, the lines of its system-out (its failed legs, its streams with no
 * packets; `call`'s, every leg and how it ended). A skipped testcase's system-out is shown by neither GitLab
 * (lib/gitlab/ci/parsers/test/junit.rb: a skipped case's output is its <skipped>'s text alone) nor Azure DevOps
 * (JunitResultReader.cs reads the system-out of a failure or an error only, and of a skip its message): a call of
 * unknown quality with a dropped leg showed there only "quality unknown". The system-out stays, for Jenkins.
 */
export function unknownCallSkipped(counts: StreamCounts, failedLegs: number, systemOut: readonly string[]): string {
  const failed = failedLegs > 0 ? `; ${plural(failedLegs, 'leg')} failed` : '';
  return skippedElement(`quality unknown: ${unknownReason(counts)}${failed}`, systemOut);
}

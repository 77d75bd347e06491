import { LEGS_LOOKED_UP_IN_PLACE } from '../../model/build-calls.js';
import { diagnosticsStreamDirection } from '../../schema/direction-word.js';
import { remembered } from '../../schema/remembered.js';
import type { Call, Leg, Stream } from '../../model/call.js';
import type { AssessedCall } from '../assess-calls.js';
import { RULE_METRICS } from '../thresholds.js';
import { browserOf, browserPart } from './browser.js';
import { osFamily } from './os-family.js';
import { osVersionGroup } from './os-version.js';
import { compareVersionNames, mergeRateRows, type NameOrder, RateCounter, type RateRow } from './rate-rows.js';
import { sdkRelease } from './sdk-release.js';
import { userAgentFinder } from './stream-user-agent.js';

/**
 * Poor streams of the assessed calls grouped eleven ways, each worst first: of the streams of known quality (a rule
 * judged them), so that a stream with no metric read does not pass for a good one in a group's count.
 */
export interface StreamBreakdowns {
  /** Per rule: streams the rule judges (the metric logged and a limit for the media type) and those it found poor. */
  byMetric: RateRow[];
  byMediaType: RateRow[];
  /**
   * The stream's direction (diagnosticsStreamDirection, as `call` gives it): `inbound` or `outbound`, the logged
   * StreamDirection read, else, none logged, inferred from the endpoint type; null for a logged word that is neither.
   */
  byDirection: RateRow[];
  byEndpointType: RateRow[];
  byTransport: RateRow[];
  /**
   * The SDK release (sdkRelease: `1.1.00.20212500` is a build of `1.1.0`), SDK version as logged and OS family of the
   * stream's leg (CallSummary), joined by participantId, else endpointId.
   */
  bySdkRelease: RateRow[];
  bySdkVersion: RateRow[];
  byOsFamily: RateRow[];
  /** The leg's OS by family and major version (osVersionGroup: `Windows 10.0.22631 Arch: x64` is `Windows 11`). */
  byOsVersion: RateRow[];
  /**
   * The browser of the stream's client by family (browserOf: Edge, Chrome, Safari, …, `native app`) and by family and
   * major version (`Chrome 120`), from the user agent its client operations log (userAgentFinder).
   */
  byBrowser: RateRow[];
  byBrowserVersion: RateRow[];
}

export type StreamDimension = keyof StreamBreakdowns;

/**
 * How a dimension's groups tie-break by name, in breakdownStreams and mergeStreamBreakdowns alike: versions by their
 * numbers (1.3.0 before 1.10.0, Android 9 before Android 14), which a reader of the table looks for in that order.
 */
function nameOrderOf(dimension: StreamDimension): NameOrder | undefined {
  return dimension === 'bySdkRelease' || dimension === 'bySdkVersion' || dimension === 'byOsVersion' || dimension === 'byBrowserVersion' ? compareVersionNames : undefined;
}

/**
 * The distinct osVersion, sdkVersion and user agent strings read once each (a fleet has a few dozen OSes and, logging a
 * build a day, thousands of SDK versions, over many thousands of streams), up to this many of each.
 */
const DISTINCT_VERSIONS_KEPT = 100_000;

export function breakdownStreams(assessed: AssessedCall[]): StreamBreakdowns {
  const byMetric = new RateCounter();
  const dims = {
    byMediaType: new RateCounter(nameOrderOf('byMediaType')),
    byDirection: new RateCounter(nameOrderOf('byDirection')),
    byEndpointType: new RateCounter(nameOrderOf('byEndpointType')),
    byTransport: new RateCounter(nameOrderOf('byTransport')),
    bySdkRelease: new RateCounter(nameOrderOf('bySdkRelease')),
    bySdkVersion: new RateCounter(nameOrderOf('bySdkVersion')),
    byOsFamily: new RateCounter(nameOrderOf('byOsFamily')),
    byOsVersion: new RateCounter(nameOrderOf('byOsVersion')),
    byBrowser: new RateCounter(nameOrderOf('byBrowser')),
    byBrowserVersion: new RateCounter(nameOrderOf('byBrowserVersion')),
  };
  const osOfText = remembered((osVersion) => ({ family: osFamily(osVersion), version: osVersionGroup(osVersion) }), DISTINCT_VERSIONS_KEPT);
  const osOf = (osVersion: string | null) => (osVersion === null ? { family: null, version: null } : osOfText(osVersion));
  const releaseOfText = remembered(sdkRelease, DISTINCT_VERSIONS_KEPT);
  const releaseOf = (version: string | null) => (version === null ? null : releaseOfText(version));
  const browserOfText = remembered(browserOf, DISTINCT_VERSIONS_KEPT);
  for (const { call, verdict } of assessed) {
    const legOf = legFinder(call);
    const userAgentOf = userAgentFinder(call);
    for (const { stream, issues, judged } of verdict.streams) {
      // A stream no rule judged (no metric read) is of unknown quality: counted in no group, as neither poor nor good.
      if (judged === 0) continue;
      const poor = issues.length > 0;
      const leg = legOf(stream);
      dims.byMediaType.add(stream.mediaType, poor);
      dims.byDirection.add(diagnosticsStreamDirection(stream.streamDirection, stream.endpointType), poor);
      dims.byEndpointType.add(stream.endpointType, poor);
      dims.byTransport.add(stream.transportType, poor);
      dims.bySdkRelease.add(releaseOf(leg?.sdkVersion ?? null), poor);
      dims.bySdkVersion.add(leg?.sdkVersion ?? null, poor);
      const os = osOf(leg?.osVersion ?? null);
      dims.byOsFamily.add(os.family, poor);
      dims.byOsVersion.add(os.version, poor);
      const userAgent = userAgentOf(stream);
      const browser = userAgent === null ? null : browserOfText(browserPart(userAgent));
      dims.byBrowser.add(browser?.family ?? null, poor);
      dims.byBrowserVersion.add(browser?.version ?? null, poor);
      // Per rule, the streams it judges (as judgeStream found them) and those it found poor.
      for (let i = 0; i < RULE_METRICS.length; i++) {
        const metric = RULE_METRICS[i]!;
        if ((judged & (1 << i)) !== 0) byMetric.add(metric, poor && issues.some((issue) => issue.metric === metric));
      }
    }
  }
  return {
    byMetric: byMetric.rows(),
    byMediaType: dims.byMediaType.rows(),
    byDirection: dims.byDirection.rows(),
    byEndpointType: dims.byEndpointType.rows(),
    byTransport: dims.byTransport.rows(),
    bySdkRelease: dims.bySdkRelease.rows(),
    bySdkVersion: dims.bySdkVersion.rows(),
    byOsFamily: dims.byOsFamily.rows(),
    byOsVersion: dims.byOsVersion.rows(),
    byBrowser: dims.byBrowser.rows(),
    byBrowserVersion: dims.byBrowserVersion.rows(),
  };
}

/** The breakdowns of several parts of the calls (each part's calls whole) as one breakdown of them all. */
export function mergeStreamBreakdowns(parts: readonly StreamBreakdowns[]): StreamBreakdowns {
  const merged = (dimension: StreamDimension) =>
    mergeRateRows(
      parts.map((part) => part[dimension]),
      nameOrderOf(dimension),
    );
  return {
    byMetric: merged('byMetric'),
    byMediaType: merged('byMediaType'),
    byDirection: merged('byDirection'),
    byEndpointType: merged('byEndpointType'),
    byTransport: merged('byTransport'),
    bySdkRelease: merged('bySdkRelease'),
    bySdkVersion: merged('bySdkVersion'),
    byOsFamily: merged('byOsFamily'),
    byOsVersion: merged('byOsVersion'),
    byBrowser: merged('byBrowser'),
    byBrowserVersion: merged('byBrowserVersion'),
  };
}

/** The leg a stream belongs to: same participantId (group calls, server side included), else same endpointId (P2P). */
function legFinder(call: Call): (stream: Stream) => Leg | undefined {
  const legs = call.legs;
  // Most calls have a few legs: looked for in place, with no Maps made a call (8.7 MB of garbage on the bench export).
  if (legs.length <= LEGS_LOOKED_UP_IN_PLACE) {
    return (stream) => {
      if (stream.participantId !== null) for (const leg of legs) if (leg.participantId === stream.participantId) return leg;
      if (stream.endpointId !== null) for (const leg of legs) if (leg.endpointId === stream.endpointId) return leg;
      return undefined;
    };
  }
  const byParticipant = new Map<string, Leg>();
  const byEndpoint = new Map<string, Leg>();
  for (const leg of call.legs) {
    if (leg.participantId !== null && !byParticipant.has(leg.participantId)) byParticipant.set(leg.participantId, leg);
    if (leg.endpointId !== null && !byEndpoint.has(leg.endpointId)) byEndpoint.set(leg.endpointId, leg);
  }
  return (stream) =>
    (stream.participantId === null ? undefined : byParticipant.get(stream.participantId)) ??
    (stream.endpointId === null ? undefined : byEndpoint.get(stream.endpointId));
}

import { REDACTED } from '../../schema/values.js';

/** A client's browser as the fleet view groups streams: its family, and the family with its major version. */
export interface Browser {
  family: string;
  /** `Chrome 120`; the family alone when no version is read (`iOS WebView`, `native app`, `other`, `Redacted`). */
  version: string;
}

/**
 * The browser of a CallClientOperations `UserAgent`, which the web SDK writes as the app's name and version, its own
 * package (`azsdk-js-communication-calling/1.31.2 (javascript_calling_sdk;…)`), then the browser's user agent
 * (`Mozilla/5.0 (Windows NT 10.0; Win64; x64) … Chrome/120.0.0.0 Safari/537.36`); a native SDK writes its own package
 * (`azsdk-android-communication-calling/2.12.0 (Android 14; …)`) and no browser's.
 *
 * Tokens are looked for in an order, as browsers copy each other's: Edge (`Edg/`, `EdgA/`, legacy `Edge/`), Opera
 * (`OPR/`), Samsung Internet (`SamsungBrowser/`) and Chrome run headless by a test's automation (`HeadlessChrome/`,
 * a bot's streams: `Headless Chrome`) write `Chrome/` too or in place of it, and every Chromium browser and Safari write
 * `Safari/`. On iOS every browser is Safari's WebKit, whatever it is called: Chrome (`CriOS/`), Edge (`EdgiOS/`) and
 * Firefox (`FxiOS/`) there are `Chrome iOS`, `Edge iOS` and `Firefox iOS`, not counted with the engines their names
 * say (the media stack is the one Safari has). An app's web view is its own: Android's (`; wv)`) by its Chrome
 * version, iOS's (WebKit with no `Safari/`) by family alone. An Electron app (`Electron/`) is Electron by its
 * version, and the Teams desktop client (Electron, writing `Teams/`) is `Teams desktop`. Safari is by its own
 * version (`Version/17.4` is Safari 17): Safari 26 on iOS writes `iPhone OS 18_6` as its OS, and on an iPad and a
 * Mac `Mac OS X 10_15_7`, but its own version as it is. Tokens are read from `Mozilla/` on: what comes before is the
 * app's own name, which may be any word. A user agent with no browser's (`Mozilla/`) that names a
 * native SDK's package (`azsdk-android-…`, `azsdk-ios-…`, any but `azsdk-js-`) is `native app`; `Redacted` (in
 * any case) is its own group, as the OS's is; anything else `other`.
 */
export function browserOf(userAgent: string): Browser {
  const whole = userAgent.toLowerCase();
  if (whole.trim() === 'redacted') return { family: REDACTED, version: REDACTED };
  // Tokens are looked for in the browser's part alone: the app's name and version before it are the app's to choose
  // (`contoso-teams/2.1 azsdk-android-…` is no Teams desktop, `edge-clinic/3.0 azsdk-js-…` no Edge).
  const at = whole.indexOf('mozilla/');
  if (at < 0) return alone(/\bazsdk-(?!js-)[a-z]+-/.test(whole) ? NATIVE_APP : OTHER);
  const text = whole.slice(at);
  for (const [family, token] of BROWSER_TOKENS) {
    const match = token.exec(text);
    if (match !== null) return versioned(family, match[1]);
  }
  if (/\bandroid\b/.test(text) && text.includes('; wv)')) return versioned('Android WebView', /\bchrome\/(\d+)/.exec(text)?.[1]);
  for (const [family, token] of ENGINE_TOKENS) {
    const match = token.exec(text);
    if (match !== null) return versioned(family, match[1]);
  }
  if (/\b(iphone|ipad|ipod)\b/.test(text) && text.includes('applewebkit/')) return alone('iOS WebView');
  return alone(OTHER);
}

/**
 * What of a user agent browserOf reads, to remember its answer by: from the browser's `Mozilla/` on, when there is
 * one. The web SDK's part before it carries the app's own tag (`#clientTag:904f667c-…`), one per user in the quick
 * starts: by the whole text, a fleet's user agents were as many as its users, each kept and parsed again.
 */
export function browserPart(userAgent: string): string {
  // In any case, as browserOf reads it: else `app/1 mozilla/5.0 …` was remembered by its app's part, one per user.
  const at = userAgent.search(/mozilla\//i);
  return at <= 0 ? userAgent : userAgent.slice(at);
}

export const NATIVE_APP = 'native app';
const OTHER = 'other';

/** Apps and browsers whose token names them whatever engine they also name, in the order they are looked for. */
const BROWSER_TOKENS: ReadonlyArray<[string, RegExp]> = [
  ['Teams desktop', /\bteams\/()/],
  ['Electron', /\belectron\/(\d+)/],
  ['Edge iOS', /\bedgios\/(\d+)/],
  ['Chrome iOS', /\bcrios\/(\d+)/],
  ['Firefox iOS', /\bfxios\/(\d+)/],
  ['Edge', /\bedg(?:e|a)?\/(\d+)/],
  ['Opera', /\bopr\/(\d+)/],
  ['Samsung Internet', /\bsamsungbrowser\/(\d+)/],
  // Chrome run by a test's automation (Puppeteer, Playwright): a bot's streams, kept apart from people's.
  ['Headless Chrome', /\bheadlesschrome\/(\d+)/],
];

/** Browsers by their engine's own token, after the ones that copy it (BROWSER_TOKENS) and the web views. */
const ENGINE_TOKENS: ReadonlyArray<[string, RegExp]> = [
  ['Firefox', /\bfirefox\/(\d+)/],
  ['Chrome', /\b(?:chrome|chromium)\/(\d+)/],
  // Safari by its Version/; the Android browser before Chrome wrote Version/4.0 … Safari/ too, and is not Safari.
  ['Safari', /^(?!.*\bandroid\b).*\bversion\/(\d+)[^ ]* (?:.* )?safari\//],
];

function versioned(family: string, major: string | undefined): Browser {
  return { family, version: major === undefined || major === '' ? family : `${family} ${major}` };
}

function alone(family: string): Browser {
  return { family, version: family };
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserOf, browserPart } from '../../../../src/rules/breakdowns/browser.js';

/** The web SDK's part before the browser's user agent, as the schema article's example writes it. */
const SDK = 'azure-communication-services/1.3.1-beta.1 azsdk-js-communication-calling/1.19.2-beta.2 (javascript_calling_sdk;#clientTag:904f667c-5f25-4729-9ee8-6968b0eaa40b). ';

test('browser: family and major version of real user agents, the ones that copy another browser’s tokens by their own', () => {
  const cases: Array<[string, string, string]> = [
    // The schema article's CallClientOperations example, whole.
    [`${SDK}Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36`, 'Chrome', 'Chrome 120'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome', 'Chrome 131'],
    ['Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36', 'Chrome', 'Chrome 131'],
    // Edge writes Chrome/ too: Edge first, Chromium (Edg/), on Android (EdgA/) and the legacy EdgeHTML one (Edge/).
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Edge', 'Edge 131'],
    ['Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0', 'Edge', 'Edge 131'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19582', 'Edge', 'Edge 18'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0', 'Opera', 'Opera 116'],
    ['Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36', 'Samsung Internet', 'Samsung Internet 25'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox', 'Firefox 133'],
    ['Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0', 'Firefox', 'Firefox 133'],
    // Safari by its own Version/: on a Mac (and an iPad asking for the desktop site) the OS reads 10_15_7 whatever it is,
    // and Safari 26 on iOS writes iPhone OS 18_6.
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'Safari', 'Safari 17'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1', 'Safari', 'Safari 26'],
    ['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari', 'Safari 17'],
    // Every iOS browser is WebKit: its own group, not its name's engine.
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1', 'Chrome iOS', 'Chrome iOS 126'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) EdgiOS/126.2592.56 Version/17.0 Mobile/15E148 Safari/604.1', 'Edge iOS', 'Edge iOS 126'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15', 'Firefox iOS', 'Firefox iOS 127'],
    // An app's web view: Android's by its Chrome (it writes Version/4.0 too), iOS's WKWebView (no Safari/) by family.
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36', 'Android WebView', 'Android WebView 127'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', 'iOS WebView', 'iOS WebView'],
    // Electron apps write Chrome/ too; the Teams desktop client is one.
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) contoso-desk/1.0.0 Chrome/120.0.6099.291 Electron/28.3.3 Safari/537.36', 'Electron', 'Electron 28'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.6.00.4472 Chrome/98.0.4758.141 Electron/17.4.1 Safari/537.36', 'Teams desktop', 'Teams desktop'],
    // A native SDK names its own package and no browser (the samples' Android client).
    ['azure-communication-services/1.4.0 azsdk-android-communication-calling/2.12.0 (Android 14; samsung SM-S928B)', 'native app', 'native app'],
    ['Redacted', 'Redacted', 'Redacted'],
    // The Android browser before Chrome wrote Version/ and Safari/: not Safari. A browser's name cut off, no SDK named: other.
    ['Mozilla/5.0 (Linux; U; Android 4.0.3; ko-kr; LG-L160L Build/IML74K) AppleWebkit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30', 'other', 'other'],
    ['azure-communication-services/1.3.1 azsdk-js-communication-calling/1.19.2 (javascript_calling_sdk). Mozilla/5.0', 'other', 'other'],
    ['curl/8.4.0', 'other', 'other'],
  ];
  for (const [userAgent, family, version] of cases) assert.deepEqual(browserOf(userAgent), { family, version }, userAgent);
});

test('browser: the app’s own name before the SDK’s is no browser’s token; Chrome run headless by a test is kept apart', () => {
  const cases: Array<[string, string, string]> = [
    // An app may call itself anything: a native app named after Teams, Edge or Electron is still a native app.
    ['contoso-teams/2.1.0 azsdk-android-communication-calling/2.12.0 (Android 14; samsung SM-S928B)', 'native app', 'native app'],
    ['Electron/3.0 azsdk-ios-communication-calling/2.14.0 (iOS 18.1; iPhone15,2)', 'native app', 'native app'],
    // A web app named so: its browser, from Mozilla/ on.
    [`edge-clinic/3.0 ${SDK.slice(SDK.indexOf('azsdk-'))}Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36`, 'Chrome', 'Chrome 131'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36', 'Headless Chrome', 'Headless Chrome 131'],
  ];
  for (const [userAgent, family, version] of cases) {
    assert.deepEqual(browserOf(userAgent), { family, version }, userAgent);
    assert.deepEqual(browserOf(browserPart(userAgent)), { family, version }, userAgent);
  }
});

test('browser part: from Mozilla/ on, so that the app’s tag before it (one per user) does not make each user agent a text of its own', () => {
  const browser = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  assert.equal(browserPart(`${SDK}${browser}`), browser);
  // In any case, as browserOf reads it (an app that writes its user agent in lower case).
  assert.equal(browserPart(`${SDK}${browser.toLowerCase()}`), browser.toLowerCase());
  assert.equal(browserPart(browser), browser);
  const native = 'azure-communication-services/1.4.0 azsdk-android-communication-calling/2.12.0 (Android 14; samsung SM-S928B)';
  assert.equal(browserPart(native), native);
  assert.deepEqual(browserOf(browserPart(native)), browserOf(native));
});

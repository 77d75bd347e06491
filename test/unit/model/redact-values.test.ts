import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCode, maskPhoneNumber } from '../../../src/model/phone-mask.js';
import { pseudonym, redactIdentifier, redactJson, redactOsVersion, redactText, redactUserAgent } from '../../../src/model/redact-values.js';
import { browserOf, browserPart } from '../../../src/rules/breakdowns/browser.js';
import { osVersionGroup } from '../../../src/rules/breakdowns/os-version.js';

test('a phone number keeps its country code (1, 2 or 3 digits, as E.164 assigns them) and its last 2 digits', () => {
  assert.equal(maskPhoneNumber('+14255550123'), '+1…23');
  assert.equal(maskPhoneNumber('+74951234567'), '+7…67');
  assert.equal(maskPhoneNumber('+442071838750'), '+44…50');
  assert.equal(maskPhoneNumber('+4915112345678'), '+49…78');
  assert.equal(maskPhoneNumber('+35312345678'), '+353…78');
  assert.equal(maskPhoneNumber('+420601123456'), '+420…56');
  assert.equal(maskPhoneNumber('+8613812345678'), '+86…78');
  assert.equal(maskPhoneNumber('+85291234567'), '+852…67');
  assert.deepEqual(['1', '7', '20', '27', '44', '98', '212', '290', '352', '880', '971'].map((c) => countryCode(`${c}123456789`)), ['1', '7', '20', '27', '44', '98', '212', '290', '352', '880', '971']);
});

test('a short number shows its last 2 digits only when at least 4 others are hidden; a number without + has no country code to show', () => {
  assert.equal(maskPhoneNumber('+2901234'), '+290…');
  assert.equal(maskPhoneNumber('+44123456'), '+44…56');
  assert.equal(maskPhoneNumber('+4412345'), '+44…');
  assert.equal(maskPhoneNumber('911'), '…');
  assert.equal(maskPhoneNumber('07700900123'), '…23');
});

test('identifiers: a phone number masked, a user a stable pseudonym of its kind, a bot and Redacted kept', () => {
  assert.equal(redactIdentifier('4:+442071838750'), '4:+44…50');
  assert.equal(redactIdentifier('4:14255550123'), '4:…23');
  const acs = redactIdentifier('8:acs:8b1faabe-a74b-44bb-a0de-5a54588f1fe7_00000026-1a2b-7c3d-85f4-343a0d00a101');
  assert.match(acs, /^8:acs:…[0-9a-f]{8}$/);
  // The same user read the same, however the kind and case are written; another user otherwise.
  assert.equal(redactIdentifier('acs:8B1FAABE-A74B-44BB-A0DE-5A54588F1FE7_00000026-1A2B-7C3D-85F4-343A0D00A101'), acs.replace('8:acs:', 'acs:'));
  assert.notEqual(redactIdentifier('8:acs:8b1faabe-a74b-44bb-a0de-5a54588f1fe7_00000026-2b3c-8d4e-85f4-343a0d00b201'), acs);
  assert.match(redactIdentifier('8:orgid:0e7c3b1a-5d4f-4b2e-9c8a-6f1e2d3c4b5a'), /^8:orgid:…[0-9a-f]{8}$/);
  assert.match(redactIdentifier('8:teamsvisitor:0e7c3b1a5d4f4b2e9c8a6f1e2d3c4b5a'), /^8:teamsvisitor:…[0-9a-f]{8}$/);
  assert.match(redactIdentifier('b1999c3e-bbbb-4650-9b23-9999bdabab47'), /^…[0-9a-f]{8}$/);
  assert.equal(redactIdentifier('8:orgid:0e7c3b1a-5d4f-4b2e-9c8a-6f1e2d3c4b5a'), `8:orgid:${pseudonym('0e7c3b1a-5d4f-4b2e-9c8a-6f1e2d3c4b5a')}`);
  // An id with no GUID may be a name: a hash of it could be found again, so nothing of it is kept.
  assert.equal(redactIdentifier('8:custom:alice.smith'), '8:custom:…');
  assert.equal(redactIdentifier('jane'), '…');
  assert.equal(redactIdentifier('28:145534ea-bff1-4cee-a91c-2e4f67fd59a5'), '28:145534ea-bff1-4cee-a91c-2e4f67fd59a5');
  assert.equal(redactIdentifier('Redacted'), 'Redacted');
});

test('OS and user agent lose the device, keep the OS, SDK and browser: the fleet view groups them the same', () => {
  const os = [
    'Android 14.0; Manufacturer: samsung; Product: e3qxxx; Model: SM-S928B; Hardware: qcom',
    'Android 11.0; Manufacturer: Google; Product: redfin; Model: Pixel 5; Hardware: redfin',
    'Android 10; K',
    'Windows 10.0.22631 Arch: x64',
    'Darwin Kernel Version 23.1.0: Mon Oct 9 21:27:24 PDT 2023; root:xnu-10002.41.9~6/RELEASE_ARM64_T8103',
    'iOS 18.1',
  ];
  assert.deepEqual(os.map(redactOsVersion), ['Android 14.0', 'Android 11.0', 'Android 10; K', os[3], os[4], 'iOS 18.1']);
  assert.deepEqual(os.map(redactOsVersion).map(osVersionGroup), os.map(osVersionGroup));
  const agents = [
    'azure-communication-services/1.4.0 azsdk-android-communication-calling/2.12.0 (Android 14; samsung SM-S928B)',
    'azure-communication-services/1.3.2 azsdk-js-communication-calling/1.31.2 (javascript_calling_sdk;#clientTag:5c1f0a9e-2d47-4b6b-a0f1-3e8d0c7b9a12). Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 11; SM-G998B Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; SM-S901B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; U; Android 4.0.3; ko-kr; LG-L160L Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
    'azsdk-ios-communication-calling/2.8.0 (iOS 17.1; iPhone15,2)',
  ];
  const redacted = agents.map(redactUserAgent);
  assert.equal(redacted[0], 'azure-communication-services/1.4.0 azsdk-android-communication-calling/2.12.0 (Android 14; …)');
  assert.match(redacted[1]!, /\(javascript_calling_sdk;#clientTag:…[0-9a-f]{8}\)\. Mozilla\/5\.0 \(Windows NT 10\.0; Win64; x64\)/);
  assert.equal(redacted[2], 'Mozilla/5.0 (Linux; Android 11; …; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36');
  assert.equal(redacted[5], 'azsdk-ios-communication-calling/2.8.0 (iOS 17.1; …)');
  for (const model of ['SM-S928B', 'SM-G998B', 'SM-S901B', 'LG-L160L', 'iPhone15,2', '5c1f0a9e']) assert.ok(!redacted.join('\n').includes(model), model);
  assert.deepEqual(redacted.map((ua) => browserOf(browserPart(ua))), agents.map((ua) => browserOf(browserPart(ua))));
  assert.deepEqual(redacted.map(redactUserAgent), redacted, 'redacting again changes nothing');
});

test('free text and payloads: phone numbers and user ids redacted as identifiers are, what the rules read kept', () => {
  const oid = '0e7c3b1a-5d4f-4b2e-9c8a-6f1e2d3c4b5a';
  const other = '54ec3af6-3d70-4d6f-b931-f448fdab3044';
  assert.equal(redactText(`19:${oid}_${other}@unq.gbl.spaces`), `19:${pseudonym(oid)}_${pseudonym(other)}@unq.gbl.spaces`);
  assert.equal(redactText('19:meeting_NjA0ZjE2@thread.v2'), '19:meeting_NjA0ZjE2@thread.v2');
  assert.equal(redactText(`call 4:+14255550123 then +442071838750 from 8:orgid:${oid}`), `call 4:+1…23 then +44…50 from ${redactIdentifier(`8:orgid:${oid}`)}`);
  // After a scheme's colon, as SIP and Teams payloads write a number: it was left whole.
  assert.equal(redactText('tel:+14255550123'), 'tel:+1…23');
  assert.equal(redactText('sip:+442071838750@sip.pstnhub.microsoft.com;user=phone'), 'sip:+44…50@sip.pstnhub.microsoft.com;user=phone');
  assert.deepEqual(redactJson({ target: 'tel:+14255550123', x4: 'x4:+14255550123' }), { target: 'tel:+1…23', x4: 'x4:+1…23' });
  // Times, versions and counts are no phone numbers.
  for (const text of ['2026-11-21T14:02:10.482Z', '1.31.2.1', '+5 more', '410/3101', 'T14:0212345']) assert.equal(redactText(text), text);
  const payload = { SubCode: 41001, DiagnosticKind: 'networkReceiveQuality', DiagnosticQuality: 'Bad', Callee: '4:+14255550123', displayName: 'Jane Doe', ipAddress: '10.1.2.3', nested: [{ to: `8:acs:x_${oid}` }], RemoteParticipantId: other };
  assert.deepEqual(redactJson(payload), { SubCode: 41001, DiagnosticKind: 'networkReceiveQuality', DiagnosticQuality: 'Bad', Callee: '4:+1…23', displayName: '…', ipAddress: '…', nested: [{ to: redactIdentifier(`8:acs:x_${oid}`) }], RemoteParticipantId: other });
  const proto = redactJson(JSON.parse('{"__proto__": {"phone": "x"}}')) as Record<string, unknown>;
  assert.ok(Object.hasOwn(proto, '__proto__'), 'a payload key __proto__ stays a key');
  assert.equal(Object.getPrototypeOf(proto), Object.prototype);
});

test('redactJson: a value with nothing to redact is itself, not a copy (summarize document of many calls is walked, not copied); a changed one is a copy', () => {
  const calls = [{ correlationId: '89ad9b35-73c7-41ea-9426-dff8860bf37f', startTime: '2026-11-20T08:31:07.220Z', issues: [{ text: 'Audio inbound jitter 45 ms' }], count: 3, none: null }];
  assert.equal(redactJson(calls), calls);
  const payload = { SubCode: 0, nested: [{ keep: 'x' }, { Callee: '4:+14255550123' }] };
  const redacted = redactJson(payload) as typeof payload;
  assert.notEqual(redacted, payload);
  assert.deepEqual(redacted, { SubCode: 0, nested: [{ keep: 'x' }, { Callee: '4:+1…23' }] });
  assert.equal(payload.nested[1]!.Callee, '4:+14255550123', 'the value given is not changed');
  assert.equal(redacted.nested[0], payload.nested[0], 'what holds nothing to redact is shared');
});

test('redactJson: a payload kept as text (not JSON: cut short, or nested too deeply) has its personal keys hidden too', () => {
  const cut = '{"SubCode": 41001, "displayName": "Jane Doe", "IpAddress" : "10.1.2.3", "Callee": "4:+14255550123", "email": "ja';
  assert.equal(redactJson(cut), '{"SubCode": 41001, "displayName": "…", "IpAddress" : "…", "Callee": "4:+1…23", "email": "…"');
  assert.equal(redactJson('{"displayName": "Jane \\"JD\\" Doe", "x": 1}'), '{"displayName": "…", "x": 1}');
  // A key's name in a value, a null value, and text with no such key are as they were.
  for (const text of ['{"note": "displayName", "displayName": null}', 'Call ended: "displayName" missing']) assert.equal(redactJson(text), text);
});

test('free text: numbers written as people write them and addresses are redacted with ids alike; the rest exactly as it was', () => {
  const oid = '0e7c3b1a-5d4f-4b2e-9c8a-6f1e2d3c4b5a';
  assert.equal(
    redactText(`Transfer of 8:orgid:${oid} to +1 (425) 555-0123 failed at 2026-11-20 08:31:07 (SDK 1.31.2.1, relay 52.112.3.4:3478); notify alice.smith@contoso.com`),
    `Transfer of ${redactIdentifier(`8:orgid:${oid}`)} to +1…23 failed at 2026-11-20 08:31:07 (SDK 1.31.2.1, relay 52.112.3.4:3478); notify …@contoso.com`,
  );
  assert.equal(redactText('sip:alice@contoso.com'), 'sip:…@contoso.com');
  assert.equal(redactText('sip:+1 425-555-0123@sip.pstnhub.microsoft.com'), 'sip:+1…23@sip.pstnhub.microsoft.com');
  // A one-to-one chat's thread: its users hashed as before, the thread's own form kept, no local part hidden.
  const other = '54ec3af6-3d70-4d6f-b931-f448fdab3044';
  assert.equal(redactText(`19:${oid}_${other}@unq.gbl.spaces`), `19:${pseudonym(oid)}_${pseudonym(other)}@unq.gbl.spaces`);
  for (const text of ['+5 more', '10 - 20', '2026-11-20 08:31:07', '19:meeting_NjA0ZjE2@thread.v2', 'jitter +12 ms over 3 s']) assert.equal(redactText(text), text);
  const payload = { Target: 'tel:+1-425-555-0123', Message: 'Forwarded to +44 20 7183 8750 by bob@fabrikam.com', Retries: '+2 of 3', SubCode: 10004 };
  assert.deepEqual(redactJson(payload), { Target: 'tel:+1…23', Message: 'Forwarded to +44…50 by …@fabrikam.com', Retries: '+2 of 3', SubCode: 10004 });
});

test("redactText masks a number a URL holds after its percent-encoded + (a query string has no other sign of one)", () => {
  assert.equal(redactText('to=%2B14255550123&from=%2B442071838750'), 'to=%2B1…23&from=%2B44…50');
});

test("redactText hides an address a URL holds with its @ percent-encoded (a path or query string has no other sign of one)", () => {
  assert.equal(redactText('/v1.0/users/alice%40contoso.com'), '/v1.0/users/…%40contoso.com');
});

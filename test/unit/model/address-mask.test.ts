import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskAddressesInText } from '../../../src/model/address-mask.js';

test("an address keeps its domain (the tenant's), its local part (the person) is hidden", () => {
  assert.equal(maskAddressesInText('alice.smith@contoso.com'), '…@contoso.com');
  assert.equal(maskAddressesInText('Forwarded to Alice <alice.smith+acs@mail.contoso.co.uk>.'), 'Forwarded to Alice <…@mail.contoso.co.uk>.');
  assert.equal(maskAddressesInText('mailto:j_doe-2@fabrikam.onmicrosoft.com'), 'mailto:…@fabrikam.onmicrosoft.com');
  assert.equal(maskAddressesInText('a@contoso.com,b@contoso.com'), '…@contoso.com,…@contoso.com');
  assert.equal(maskAddressesInText('https://bob:hunter2@contoso.com/x'), 'https://bob:…@contoso.com/x');
});

test('a SIP URI loses its user part whatever its host; a number there is masked as one', () => {
  assert.equal(maskAddressesInText('sip:alice@contoso.com'), 'sip:…@contoso.com');
  assert.equal(maskAddressesInText('<SIP:alice@10.1.2.3:5060>;tag=1'), '<SIP:…@10.1.2.3:5060>;tag=1');
  assert.equal(maskAddressesInText('sips:bob.jones@contoso.com;transport=tls'), 'sips:…@contoso.com;transport=tls');
  assert.equal(maskAddressesInText('sip:4255550123@10.0.0.1'), 'sip:…23@10.0.0.1');
});

test('Teams threads, masked parts, packages and @ that are no addresses are left exactly as they were', () => {
  const kept = [
    '19:meeting_NjA0ZjE2YzEtOWI0Ny00ZmRiLWE2YjUtM2Q5ZjE0ZTg3YzIx@thread.v2',
    '19:0e7c3b1a-5d4f-4b2e-9c8a-6f1e2d3c4b5a_54ec3af6-3d70-4d6f-b931-f448fdab3044@unq.gbl.spaces',
    '19:…3f2a9c1b_…0a1b2c3d@unq.gbl.spaces',
    '19:a1b2c3d4e5f6@thread.skype',
    'sip:+1…23@sip.pstnhub.microsoft.com;user=phone',
    '…@contoso.com',
    '@azure/communication-calling@1.31.2',
    'render@webpack-internal:///./src/app.js:3:5',
    'user@localhost',
    '@ 08:31:07',
    'no address here',
  ];
  for (const text of kept) assert.equal(maskAddressesInText(text), text, text);
});

test("an address in a URL, its @ percent-encoded (%40), loses its local part as one written with @ does", () => {
  assert.equal(maskAddressesInText('https://graph.microsoft.com/v1.0/users/alice.smith%40contoso.com/presence'), 'https://graph.microsoft.com/v1.0/users/…%40contoso.com/presence');
  assert.equal(maskAddressesInText('?upn=alice%2Bacs%40contoso.onmicrosoft.com&x=1'), '?upn=…%40contoso.onmicrosoft.com&x=1');
  assert.equal(maskAddressesInText('mailto%3Aalice%40contoso.com'), 'mailto%3A…%40contoso.com');
  assert.equal(maskAddressesInText('sip%3Abob%40contoso.com'), 'sip%3A…%40contoso.com');
  // A Teams thread in a meeting link, a chat's too, is kept, as it is with its @.
  for (const kept of [
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0ZjE2YzEtOWI0Ny00ZmRiLWE2YjUtM2Q5ZjE0ZTg3YzIx%40thread.v2/0',
    '19%3a0e7c3b1a-5d4f-4b2e-9c8a-6f1e2d3c4b5a_54ec3af6-3d70-4d6f-b931-f448fdab3044%40unq.gbl.spaces',
    '%40azure%2Fcommunication-calling%401.31.2',
  ]) assert.equal(maskAddressesInText(kept), kept, kept);
});

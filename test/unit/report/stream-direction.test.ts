import assert from 'node:assert/strict';
import { test } from 'node:test';
import { directionJson, streamDirectionText } from '../../../src/report/stream-direction.js';

test('a direction in JSON is inbound or outbound whatever the log wrote; what it wrote, or that it wrote nothing, is a field of its own', () => {
  assert.deepEqual(directionJson('Inbound', 'VoIP'), { direction: 'inbound', directionLogged: 'Inbound' });
  assert.deepEqual(directionJson(' OUTBOUND ', 'Server'), { direction: 'outbound', directionLogged: ' OUTBOUND ' });
  assert.deepEqual(directionJson('recv', null), { direction: 'inbound', directionLogged: 'recv' });
  assert.deepEqual(directionJson('receive', null, false), { direction: 'inbound', directionLogged: 'receive' });
  assert.deepEqual(directionJson('send', null), { direction: 'outbound', directionLogged: 'send' });
  // Not logged: the server side of a group call is inbound, any other endpoint's stream outbound.
  assert.deepEqual(directionJson(null, 'Server'), { direction: 'inbound', directionLogged: null });
  assert.deepEqual(directionJson(null, 'VoIP'), { direction: 'outbound', directionLogged: null });
  assert.deepEqual(directionJson(null, null), { direction: 'outbound', directionLogged: null });
  // A word that is neither is not guessed at: kept as logged, no direction.
  assert.deepEqual(directionJson('sideways', 'VoIP'), { direction: null, directionLogged: 'sideways' });
  // A series of client media stats is never inferred: without MediaStreamDirection it has none.
  assert.deepEqual(directionJson(null, null, false), { direction: null, directionLogged: null });
});

test('the reports keep the logged word, and say when a stream is the server side, logged or inferred', () => {
  assert.equal(streamDirectionText('Inbound', 'Server'), 'Inbound (server side)');
  assert.equal(streamDirectionText('Inbound', 'VoIP'), 'Inbound');
  assert.equal(streamDirectionText(null, 'Server'), 'inbound (server side)');
  assert.equal(streamDirectionText(null, 'VoIP'), 'outbound');
});

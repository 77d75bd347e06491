import assert from 'node:assert/strict';
import { test } from 'node:test';
import { callsOfThread, threadIdIn } from '../../../src/rules/match-thread-id.js';
import { call, leg } from './breakdowns/call-builders.js';

const T = '19:meeting_NzRhZjM4YzEtOWI0Ny00ZmRiLWE2YjUtM2Q5ZjE0ZTg3YzIx@thread.v2';

test('a Teams thread id is read as typed, wrapped, or percent-encoded in a meeting link; other text holds none', () => {
  assert.equal(threadIdIn(T), T);
  assert.equal(threadIdIn(`“${T}”.`), T);
  assert.equal(threadIdIn(`https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRhZjM4YzEtOWI0Ny00ZmRiLWE2YjUtM2Q5ZjE0ZTg3YzIx%40thread.v2/0?context=%7b%7d`), T);
  assert.equal(threadIdIn('19:abc123def@thread.tacv2'), '19:abc123def@thread.tacv2');
  // A link in a mail, wrapped by Outlook's Safe Links: the Teams link encoded once more (%253a, %2540).
  const safeLink = `https://nam06.safelinks.protection.outlook.com/?url=https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2F${T.replace(':', '%253a').replace('@', '%2540')}%2F0%3Fcontext%3D%257b%2522Tid%2522%253a%252272f988bf-86f1-41af-91ab-2d7cd011db47%2522%257d&data=05%7C02%7C&reserved=0`;
  assert.equal(threadIdIn(safeLink), T);
  assert.equal(threadIdIn('a60ad5d9-ceeb-4b7f-a165-539cb9f7a904'), null);
  assert.equal(threadIdIn('19:meeting_x@thread.v2x'), null);
});

test('the calls that log a thread, by any leg, earliest first; in any case only when none logs it as written', () => {
  const at = (ms: number) => ({ startTime: ms });
  const calls = [
    call('later', { ...at(2000), legs: [leg({ teamsThreadId: null }), leg({ teamsThreadId: T })] }),
    call('earlier', { ...at(1000), legs: [leg({ teamsThreadId: T })] }),
    call('other', { ...at(500), legs: [leg({ teamsThreadId: '19:other@thread.v2' })] }),
  ];
  assert.deepEqual(callsOfThread(T, calls), [{ callId: 'earlier', startTime: 1000 }, { callId: 'later', startTime: 2000 }]);
  assert.deepEqual(callsOfThread(T.toUpperCase(), calls).map((c) => c.callId), ['earlier', 'later']);
  assert.deepEqual(callsOfThread('19:none@thread.v2', calls), []);
});

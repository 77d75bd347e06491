import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { shellWord } from '../../../src/report/shell-word.js';

test('a word that begins with = is quoted: zsh takes =word for the path of the command word', () => {
  assert.equal(shellWord('=logs'), `'=logs'`);
  // Inside a word, = is plain, as a flag's value after it is.
  assert.equal(shellWord('--since=24h'), '--since=24h');
  assert.equal(shellWord('a=b'), 'a=b');
});

test('every word a shell takes back as it was, spaces, quotes, $, !, backticks, backslashes and non-ASCII among them', () => {
  const words = ['logs/', 'a b', "it's", '$HOME', 'x!y', 'a`b`', 'C:\\logs\\PT1H.json', 'café', '~/logs', '#x', '*', '', "''", '=logs', '-dash', 'a;b', 'a|b&c'];
  const line = words.map(shellWord).join(' ');
  const run = spawnSync('sh', ['-c', `for w in ${line}; do printf '%s\\0' "$w"; done`], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.stdout.split('\0').slice(0, -1), words);
});

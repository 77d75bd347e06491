import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { shellWordFor as shellWord } from '../../../src/report/shell-word.js';

test('a word that begins with = is quoted: zsh takes =word for the path of the command word', () => {
  assert.equal(shellWord('=logs', false), `'=logs'`);
  // Inside a word, = is plain, as a flag's value after it is.
  assert.equal(shellWord('--since=24h', false), '--since=24h');
  assert.equal(shellWord('a=b', false), 'a=b');
});

test('every word a shell takes back as it was, spaces, quotes, $, !, backticks, backslashes and non-ASCII among them', () => {
  const words = ['logs/', 'a b', "it's", '$HOME', 'x!y', 'a`b`', 'C:\\logs\\PT1H.json', 'café', '~/logs', '#x', '*', '', "''", '=logs', '-dash', 'a;b', 'a|b&c'];
  const line = words.map((word) => shellWord(word, false)).join(' ');
  const run = spawnSync('sh', ['-c', `for w in ${line}; do printf '%s\\0' "$w"; done`], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.stdout.split('\0').slice(0, -1), words);
});

test('on Windows, a path is written as cmd and PowerShell both take it: backslashes as they are, spaces in double quotes', () => {
  // In single quotes, cmd passed the quotes on: "cannot open 'samples\exports'".
  assert.equal(shellWord('samples\\exports', true), 'samples\\exports');
  assert.equal(shellWord('C:\\logs\\PT1H.json', true), 'C:\\logs\\PT1H.json');
  assert.equal(shellWord('C:\\my logs', true), '"C:\\my logs"');
  assert.equal(shellWord('C:\\my logs\\', true), '"C:\\my logs\\\\"');
  assert.equal(shellWord('café', true), '"café"');
  assert.equal(shellWord('a,b', true), '"a,b"');
  assert.equal(shellWord('@x', true), '"@x"');
  // What either shell reads inside double quotes: single quotes, as PowerShell takes them.
  assert.equal(shellWord("it's 100%", true), "'it''s 100%'");
  assert.equal(shellWord('$HOME', true), "'$HOME'");
  // Elsewhere, as before.
  assert.equal(shellWord('samples\\exports', false), "'samples\\exports'");
});

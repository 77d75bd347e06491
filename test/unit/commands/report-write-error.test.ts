import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { brokenLinkProblem, reportWriteProblem } from '../../../src/commands/report-write-error.js';
import { writeReport } from '../../../src/commands/write-reports.js';
import { UsageError } from '../../../src/commands/usage-error.js';
import { scratchDir } from '../../support/scratch-dir.js';

const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

/** The message writing a report to path gives, or null when it was written. */
function writing(path: string): string | null {
  try {
    writeReport({ format: 'json', path }, '{}\n', {});
    return null;
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
}

test('a file where a folder of the report should be: named, in plain words (EEXIST, ENOTDIR)', () => {
  const dir = scratchDir();
  const file = join(dir, 'afile');
  writeFileSync(file, 'x');
  assert.equal(writing(join(file, 'x')), `cannot write report json=${file}/x: ${file} is a file, not a folder`);
  assert.equal(writing(join(file, 'y', 'x')), `cannot write report json=${file}/y/x: ${file} is a file, not a folder`);
  assert.equal(reportWriteProblem(join(file, 'y', 'x'), errno('ENOTDIR')), `${file} is a file, not a folder`);
});

test('a folder where the report file should be (EISDIR)', () => {
  const dir = scratchDir();
  assert.equal(writing(dir), `cannot write report json=${dir}: ${dir} is a folder; name a file in it`);
  // A path that ends with a / names a folder, whether or not there is one.
  assert.equal(writing(join(dir, 'out/')), `cannot write report json=${dir}/out/: ${dir}/out/ ends with a /, which names a folder; name a file`);
});

test('a link to nowhere on the way (ENOENT)', () => {
  const dir = scratchDir();
  const link = join(dir, 'out');
  symlinkSync(join(dir, 'gone', 'x.json'), link);
  assert.equal(writing(link), `cannot write report json=${link}: ${link} is a link to ${join(dir, 'gone', 'x.json')}, which does not exist: the link points nowhere`);
  // Folders are made from the top down: ENOENT making one is the one above it refusing (/proc's way).
  assert.equal(reportWriteProblem(join(dir, 'a', 'b.json'), errno('ENOENT')), `${join(dir, 'a')} could not be made: ${dir} takes no new folders (ENOENT)`);
});

test('a folder that is there but makes no new files (ENOENT, as /proc gives): not said to be missing', () => {
  const dir = scratchDir();
  assert.equal(reportWriteProblem(join(dir, 'b.json'), errno('ENOENT')), `${dir} takes no new files (ENOENT)`);
  if (existsSync('/proc/self')) {
    assert.equal(writing('/proc/self/acs-calllogs.json'), 'cannot write report json=/proc/self/acs-calllogs.json: /proc/self takes no new files (ENOENT)');
    // Node's recursive mkdir loops for ever on a folder under /proc (make-folders.ts): this returned only when killed.
    assert.equal(writing('/proc/x/y/acs-calllogs.json'), 'cannot write report json=/proc/x/y/acs-calllogs.json: /proc/x/y could not be made: /proc takes no new folders (ENOENT)');
    assert.equal(writing('/proc/self/x/acs-calllogs.json'), 'cannot write report json=/proc/self/x/acs-calllogs.json: /proc/self/x could not be made: /proc/self takes no new folders (ENOENT)');
  }
});

test('no permission (EACCES, EPERM): the file itself when it exists, else the folder it would be made in', () => {
  // As root every write is allowed: the errors are given, the paths looked at are real.
  const dir = scratchDir();
  const file = join(dir, 'r.json');
  writeFileSync(file, '');
  mkdirSync(join(dir, 'sub'));
  assert.equal(reportWriteProblem(file, errno('EACCES')), `no permission to write ${file}`);
  assert.equal(reportWriteProblem(join(dir, 'sub', 'new', 'r.json'), errno('EPERM')), `no permission to make files in ${join(dir, 'sub')}`);
});

test("another error: Node's words, which start with its code", () => {
  assert.equal(reportWriteProblem('x.json', errno('EIO')), 'EIO: failed');
  assert.equal(reportWriteProblem('x.json', new Error('odd')), 'odd');
});

test('a report path that is a link to nothing, its target\'s folder there: refused, naming the link and its target, no file made', () => {
  const dir = scratchDir();
  const link = join(dir, 'out.json');
  symlinkSync('today.json', link); // relative, to a file that could be made
  assert.equal(brokenLinkProblem(link), `${link} is a link to today.json, which does not exist: the link points nowhere`);
  assert.equal(writing(link), `cannot write report json=${link}: ${link} is a link to today.json, which does not exist: the link points nowhere`);
  assert.equal(existsSync(join(dir, 'today.json')), false);
  const loop = join(dir, 'loop.json');
  symlinkSync('loop.json', loop);
  assert.equal(brokenLinkProblem(loop), `${loop} is a symbolic link that leads into a loop of links (${loop} → loop.json): it points nowhere`);
  // A link to a file that is there, a plain file and a new path are no such link.
  writeFileSync(join(dir, 'there.json'), '{}');
  symlinkSync('there.json', join(dir, 'good.json'));
  for (const path of ['good.json', 'there.json', 'new.json']) assert.equal(brokenLinkProblem(join(dir, path)), null, path);
});

test('a chain of links to nothing names each link on the way and the target missing at its end; a loop names its links', () => {
  const dir = scratchDir();
  symlinkSync('nothere.json', join(dir, 'broken2.json'));
  symlinkSync('broken2.json', join(dir, 'chain.json'));
  const chain = join(dir, 'chain.json');
  assert.equal(brokenLinkProblem(chain), `${chain} is a link to broken2.json, which is a link to nothere.json, which does not exist: the link points nowhere`);
  symlinkSync('b.json', join(dir, 'a.json'));
  symlinkSync('a.json', join(dir, 'b.json'));
  symlinkSync('a.json', join(dir, 'c.json'));
  const into = join(dir, 'c.json');
  assert.equal(brokenLinkProblem(into), `${into} is a symbolic link that leads into a loop of links (${into} → a.json → b.json → a.json): it points nowhere`);
});

import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * When a path is a symbolic link to nothing: what is wrong, naming the link and its target; else null. A report's path
 * (writing through it would make a file wherever the link points, or fail there) and a config file's (a config that
 * is not there must not pass for none) are refused with it.
 */
export function brokenLinkProblem(path: string): string | null {
  try {
    if (!lstatSync(path).isSymbolicLink()) return null;
  } catch {
    return null; // not there: a new file
  }
  try {
    statSync(path);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return `${path} is a symbolic link that leads into a loop of links (${path} → ${linkChain(path)}): it points nowhere`;
    return code === 'ENOENT' ? `${path} is a link to ${linkChain(path)}: the link points nowhere` : null;
  }
}

/**
 * Where a link leads, each link on the way named, up to what does not exist: `b.json, which does not exist`, or
 * `b.json, which is a link to c.json, which does not exist` (b.json is there, as a link). A loop: `b → a`, each link
 * until one comes back.
 */
export function linkChain(path: string): string {
  const said: string[] = [];
  const seen = new Set<string>([resolve(path)]);
  for (let at = path; ; ) {
    const target = readlinkSync(at);
    said.push(target);
    const next = resolve(dirname(at), target);
    if (seen.has(next)) return said.join(' → ');
    seen.add(next);
    try {
      if (!lstatSync(next).isSymbolicLink() || said.length >= 40) return said.join(', which is a link to ');
    } catch {
      return `${said.join(', which is a link to ')}, which does not exist`;
    }
    at = next;
  }
}

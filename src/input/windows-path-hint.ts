import { existsSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * What to add to "no such file or directory" for a path written with backslashes where the separator is `/`: a path
 * copied from Windows or its docs (`samples\exports`, `.\logs`, `C:\logs\PT1H.json`), in which each `\` is a letter of
 * one name. The path with `/` is named when it exists (`; a backslash is no path separator here: samples/exports
 * exists`); a drive's path is named as WSL mounts the drive (`/mnt/c/logs`) when that exists. Empty when the path has
 * no backslash, or on Windows, where `\` is the separator.
 */
export function windowsPathHint(path: string, separator: string = sep): string {
  if (separator !== '/' || !path.includes('\\')) return '';
  const slashed = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  const here = drive === null ? slashed : `/mnt/${drive[1]!.toLowerCase()}${slashed.slice(2)}`;
  if (existsSync(here)) return `; a backslash is no path separator here: ${here} exists`;
  if (drive !== null) return `; a Windows path: here a path is written with /, a drive as a folder (on WSL, ${here})`;
  return `; a backslash is no path separator here: write / (${slashed})`;
}

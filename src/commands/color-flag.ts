/**
 * `--color` / `--no-color` as the environment says them to colorsFor (report/colors.ts): `--color` is FORCE_COLOR=1
 * (a level already forced is kept), `--no-color` FORCE_COLOR=0, which wins over any NO_COLOR or FORCE_COLOR set;
 * neither flag leaves the environment as it is.
 */
export function applyColorFlag(color: boolean | undefined, env: NodeJS.ProcessEnv = process.env): void {
  if (color === undefined) return;
  if (!color) env.FORCE_COLOR = '0';
  else if (!/^[123]$/.test(env.FORCE_COLOR ?? '')) env.FORCE_COLOR = '1';
}

/**
 * TERM=dumb: a terminal that says it has no colours and no cursor control (Emacs' shell and compilation buffers,
 * an editor's output pane): no colour (colors.ts), as Node's getColorDepth and chalk's own detection read it, and no
 * progress line rewritten in place with \r and an erase-line sequence (progress-line.ts). Its own file: the progress
 * line needs it without loading chalk.
 */
export function isDumbTerminal(env: NodeJS.ProcessEnv): boolean {
  return env.TERM === 'dumb';
}

// When the terminal goes away (its window closed, the tmux session killed), the process gets
// SIGHUP and writes to it fail with EIO. An ordinary exit then makes Node reset the dead
// terminal's modes, which fails, and Node aborts with a native assertion (node::ResetStdio) and
// a stack on stderr. So the run ends as a hang-up ends a process, by the signal's own default
// action: no exit handlers, nothing written, status 129 to whoever waits for it.

/** Whether an error of stdin or stdout says the terminal is gone. */
export function isTerminalGone(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EIO' || error.code === 'EPIPE' || error.code === 'ENXIO';
}

/** Ends the process as SIGHUP's default action does; never returns. */
export function hangUp(): never {
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
  // The signal is taken before kill returns; this only satisfies `never`.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
}

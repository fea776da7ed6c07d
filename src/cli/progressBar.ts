import type { CliIo } from './cliIo.js';

/**
 * A progress bar on standard error for reading a file, drawn only on a terminal.
 *
 * @param io - The streams.
 * @param label - What is being read.
 * @returns `update(read, total)` and `done()`; both do nothing when stderr is not a TTY.
 * @internal
 */
export function progressBar(
  io: CliIo,
  label: string,
): { update: (read: number, total: number) => void; done: () => void } {
  if (io.stderr.isTTY !== true) return { update: () => undefined, done: () => undefined };
  let last = -1;
  let drawn = false;
  return {
    update(read, total) {
      const percent = total > 0 ? Math.min(100, Math.floor((read / total) * 100)) : 100;
      if (percent === last) return;
      last = percent;
      drawn = true;
      const filled = Math.round(percent / 5);
      io.stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${percent}%`);
    },
    done() {
      if (drawn) io.stderr.write('\n');
    },
  };
}

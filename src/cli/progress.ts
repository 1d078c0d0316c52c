/**
 * Progress on standard error: an ora spinner with `n/total` and the current file, drawn only when
 * standard error is a terminal, `--quiet` is not given and `CI` is not set. Standard output is
 * never touched. ora is imported only when a spinner is drawn (it costs start-up time otherwise).
 */
import type { Io } from './io.js';

/** A progress display for a batch of `total` inputs. */
export interface Progress {
  /** Shows that input `path` is being worked on (`done` inputs finished so far). */
  update(done: number, path: string): void;
  /** Removes the spinner (before the final summary is printed). */
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/**
 * Whether a spinner may be drawn for `io`: stderr a TTY with a known width (ora loops writing
 * cursor moves on a terminal that reports 0 columns, as `script` without a size does), not quiet,
 * not CI.
 */
export function progressWanted(io: Io, quiet: boolean): boolean {
  const ci = io.env.CI;
  const columns = (io.stderr as { columns?: number }).columns ?? 0;
  return io.isTTY && columns > 0 && !quiet && !(ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false');
}

/** Creates the progress display for `total` inputs (a no-op one when not wanted). */
export async function createProgress(io: Io, total: number, quiet: boolean, verb = 'parsing'): Promise<Progress> {
  if (!progressWanted(io, quiet) || total === 0) return NONE;
  const { default: ora } = await import('ora');
  const spinner = ora({ stream: io.stderr, discardStdin: false, text: `${verb} 0/${total}` }).start();
  return {
    update(done, path) {
      spinner.text = `${verb} ${done}/${total} ${path}`;
      // parsing blocks the event loop, so draw the frame now rather than on ora's timer
      spinner.render();
    },
    stop() {
      spinner.stop();
    },
  };
}

/**
 * Progress on standard error, drawn only when standard error is a terminal, `--quiet` is not given
 * and `CI` is not set (standard output is never touched): an ora spinner with
 * `parsed 136/500 · 12.3 files/s · ETA 0:30 · 1 failed · 2023/0530.txt`, where the rate is over
 * the last {@link RATE_WINDOW_MS} (the whole run until then), the ETA is the inputs left at that
 * rate, and the files named are the ones being parsed right now (with `--jobs N`, the N oldest
 * tasks in flight). ora is imported only when a spinner is drawn (it costs start-up time otherwise).
 */
import { escapeControls } from './escape.js';
import type { Io } from './io.js';

/** A progress display for a batch of `total` inputs. */
export interface Progress {
  /** Input `path` was started; `running` are the inputs being parsed now (default: `[path]`). */
  started(path: string, running?: string[]): void;
  /** Input `path` finished (`ok` false: it failed); `running` are the inputs still being parsed. */
  finished(path: string, ok: boolean, running?: string[]): void;
  /** Removes the spinner (before the final summary is printed). */
  stop(): void;
}

/** A progress display that shows nothing. */
export const NO_PROGRESS: Progress = {
  started: () => undefined,
  finished: () => undefined,
  stop: () => undefined,
};

/** Span of the moving rate, in ms. */
export const RATE_WINDOW_MS = 20_000;

/**
 * Whether a spinner may be drawn for `io`: stderr a TTY with a known width (ora loops writing
 * cursor moves on a terminal that reports 0 columns, as `script` without a size does), not quiet,
 * not CI.
 */
export function progressWanted(io: Io, quiet: boolean): boolean {
  const ci = io.env.CI;
  const columns = (io.stderr as { columns?: number }).columns ?? 0;
  return (
    io.isTTY && columns > 0 && !quiet && !(ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false')
  );
}

/** `0:30`, `12:05`, `1:02:03` for a duration in seconds. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/**
 * The progress text: `parsed 136/500 · 12.3 files/s · ETA 0:30 · 1 failed · a.txt, b.txt`.
 * `rate` in files per second (null before the first file finished).
 */
export function progressText(s: {
  verb: string;
  done: number;
  total: number;
  rate: number | null;
  failed: number;
  running: string[];
}): string {
  const parts = [`${s.verb} ${s.done}/${s.total}`];
  if (s.rate !== null && s.rate > 0) {
    parts.push(`${s.rate >= 10 ? s.rate.toFixed(0) : s.rate.toFixed(1)} files/s`);
    if (s.done < s.total) parts.push(`ETA ${formatDuration((s.total - s.done) / s.rate)}`);
  }
  if (s.failed > 0) parts.push(`${s.failed} failed`);
  if (s.running.length) parts.push(s.running.map(escapeControls).join(', '));
  return parts.join(' · ');
}

/** Moving count of finished inputs for the rate: times of the finishes within the window. */
class Rate {
  private readonly times: number[] = [];
  private start = Date.now();
  constructor(private readonly now: () => number = Date.now) {
    this.start = now();
  }
  tick(): void {
    this.times.push(this.now());
  }
  /** Files per second over the window, null before the first. */
  value(): number | null {
    const t = this.now();
    while (this.times.length > 1 && t - this.times[0] > RATE_WINDOW_MS) this.times.shift();
    if (this.times.length === 0) return null;
    const from = this.times.length > 1 && t - this.start > RATE_WINDOW_MS ? this.times[0] : this.start;
    const span = (t - from) / 1000;
    const count = from === this.start ? this.times.length : this.times.length - 1;
    return span > 0 ? count / span : null;
  }
}

/** Creates the progress display for `total` inputs (a no-op one when not wanted). */
export async function createProgress(
  io: Io,
  total: number,
  quiet: boolean,
  verb = 'parsed',
): Promise<Progress> {
  if (!progressWanted(io, quiet) || total === 0) return NO_PROGRESS;
  const { default: ora } = await import('ora');
  const columns = (io.stderr as { columns?: number }).columns ?? 80;
  const spinner = ora({ stream: io.stderr, discardStdin: false, text: `${verb} 0/${total}` }).start();
  const rate = new Rate();
  let done = 0;
  let failed = 0;
  let running: string[] = [];
  const draw = (): void => {
    const text = progressText({ verb, done, total, rate: rate.value(), failed, running });
    spinner.text = text.length > columns - 4 ? `${text.slice(0, Math.max(10, columns - 5))}…` : text;
    // in-process parsing blocks the event loop, so draw the frame now rather than on ora's timer
    spinner.render();
  };
  return {
    started(path, now) {
      running = now ?? [path];
      draw();
    },
    finished(path, ok, now) {
      done += 1;
      if (!ok) failed += 1;
      rate.tick();
      running = now ?? running.filter((p) => p !== path);
      draw();
    },
    stop() {
      spinner.stop();
    },
  };
}

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
 * Width assumed for a terminal that reports none (0 columns: `script` without a size, a serial
 * console, some CI and container ptys): the classic 80 of a VT100 and of `COLUMNS`' usual default.
 */
export const DEFAULT_COLUMNS = 80;

/** The width of `stream` in columns: its own, or {@link DEFAULT_COLUMNS} when it reports 0 or none. */
export function terminalColumns(stream: NodeJS.WritableStream): number {
  const columns = (stream as { columns?: number }).columns;
  return typeof columns === 'number' && columns > 0 ? columns : DEFAULT_COLUMNS;
}

/**
 * Standard error as ora draws on it, with a width: the stream itself when it reports one, else a
 * stand-in that reports {@link DEFAULT_COLUMNS} and hands every write and cursor move to it (ora
 * divides by the width to count the lines to clear: with 0 columns it cleared without end).
 */
function withWidth(stream: NodeJS.WritableStream): NodeJS.WritableStream {
  if (((stream as { columns?: number }).columns ?? 0) > 0) return stream;
  const tty = stream as NodeJS.WriteStream;
  const forward = {
    isTTY: true,
    columns: DEFAULT_COLUMNS,
    rows: tty.rows,
    write: (...args: unknown[]) => (tty.write as (...a: unknown[]) => boolean)(...args),
    cursorTo: (...args: unknown[]) => (tty.cursorTo as (...a: unknown[]) => boolean)(...args),
    moveCursor: (...args: unknown[]) => (tty.moveCursor as (...a: unknown[]) => boolean)(...args),
    clearLine: (...args: unknown[]) => (tty.clearLine as (...a: unknown[]) => boolean)(...args),
    once: (event: string, fn: (...a: unknown[]) => void) => (tty.once(event, fn), forward),
    on: (event: string, fn: (...a: unknown[]) => void) => (tty.on(event, fn), forward),
    removeListener: (event: string, fn: (...a: unknown[]) => void) => (tty.removeListener(event, fn), forward),
  };
  return forward as unknown as NodeJS.WritableStream;
}

/**
 * Whether a spinner may be drawn for `io`: stderr a TTY (of any width: one that reports 0 columns is
 * drawn at {@link DEFAULT_COLUMNS}), not quiet, not CI.
 */
export function progressWanted(io: Io, quiet: boolean): boolean {
  const ci = io.env.CI;
  return io.isTTY && !quiet && !(ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false');
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
  const columns = terminalColumns(io.stderr);
  const spinner = ora({ stream: withWidth(io.stderr), discardStdin: false, text: `${verb} 0/${total}` }).start();
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

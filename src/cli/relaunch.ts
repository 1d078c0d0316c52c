/**
 * Relaunching the CLI for one large input (issue 10: memory). On Linux, glibc gives each thread
 * that allocates a malloc arena of its own and keeps in it what the thread freed. V8's optimizing
 * compiler runs on Node's pool of background threads (4 on any machine), and on a large input it
 * compiles the structure and entity steps' longest functions again and again, each compile taking
 * up to about 36 MB of working memory (`--turbo-stats` on `pageUnits`): every pool thread ends up
 * holding that much in its arena, about 140 MiB on a 10 MB input, 10 MiB on one issue (the thread
 * arenas of /proc/PID/smaps at the peak). With one pool thread (`--v8-pool-size=1`) there is one
 * such arena. Node reads the flag when it starts (`v8.setFlagsFromString` is too late), so `bin/bulletin.js`
 * asks `relaunchTarget` first, before anything else is loaded, and when the command is
 * `bulletin parse` of one file of RELAUNCH_MIN_BYTES or more, runs the same command in a child
 * Node with RELAUNCH_FLAGS (`relaunch`; they also cap the young generation) and exits as it does.
 * The first process stays small meanwhile (about 7 MiB of its own: the Node binary's pages are
 * shared with the child).
 *
 * The child gets the same arguments, working directory, standard input, output and error (its
 * output goes straight to the caller's pipe or terminal), and an environment with RELAUNCH_GUARD
 * set, which stops it from relaunching again; set that variable to keep a run in one process.
 * The child runs in the same process group: Ctrl-C at a terminal reaches both, and the first process
 * waits for the child's exit instead of passing it on (twice is "stopped at once" to `parse`);
 * SIGTERM and SIGHUP sent to the first process alone are passed on. The exit code is the child's;
 * a child killed by a signal kills the first process with the same signal.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { parseInvocation } from './invocation.js';

/**
 * Smallest input (bytes) that is parsed in a relaunched process: 2,000,000, the smallest file whose
 * text can reach the windowed parse's WINDOWED_MIN_UNITS (1,000,000 UTF-16 units: GB18030 prints a
 * Chinese character in 2 bytes, UTF-8 in 3), ten times the largest issue of the field (20–200 kB).
 * Below it a relaunch's cost (one more Node start, about 50 ms) buys little: one issue's thread
 * arenas hold about 10 MiB.
 */
export const RELAUNCH_MIN_BYTES = 2_000_000;

/**
 * V8's tier-up budget in the relaunched child (v8-flags.ts says what the budget is): 16 times V8's
 * default, where the CLI's own thread takes 4 times (`IN_PROCESS_V8_FLAGS`). A large input runs
 * the same functions for seconds, so they are compiled once they have seen most of its branches:
 * fewer compiles, and less of the compiler's working memory held in the pool thread's arena.
 * Measured on 4 MB files (the bench corpus joined; relaunched, peak of the child, two runs each,
 * load 7-8, outputs cmp-identical): UTF-8 277.6/275.2 MiB and 12.9/13.5 s of CPU at 4 times,
 * 259.9/260.3 MiB and 12.4/11.8 s at 16 times; GB18030 290.5/298.0 MiB at 4 times, 283.1/284.3 at
 * 8 times, 281.8/280.3 at 16 times (CPU 15.5-16.4 s throughout).
 */
export const LARGE_INPUT_BUDGET = '--interrupt-budget=1081344';

/**
 * The child's Node flags: V8's pool of background threads cut to one (module doc), and the young
 * generation's semi-spaces capped at 1 MiB (16 MiB as Node starts), which a process sets only when
 * it starts too. Measured on a 10 MB GB18030 file (`/usr/bin/time`, four runs side by side, load
 * 13): 331 MiB peak and 44.2 s of CPU with the pool flag alone, 302 MiB and 46.5 s with a 4 MiB
 * cap, 297 MiB and 48.0 s with a 1 MiB cap, 299 MiB and 47.7 s with `--optimize-for-size` from the
 * start. Since the tagger's model was made smaller (issue 10), on a 10 MB UTF-8 file (the bundled
 * issue joined 558 times, the child alone, one run each, load 9): 257.3 MiB and 27.1 s with the 4
 * MiB cap, 250.9 MiB and 27.4 s with the 1 MiB cap (the CPU within the noise of such runs); the
 * old generation grown by 10 % a step (`--heap-growing-percent=10`, collected more often) 258.9
 * MiB, a full collection between windows 253.5 MiB: the peak is a window's working set, not garbage.
 * And LARGE_INPUT_BUDGET, which the child's `setInProcessFlags` leaves as given.
 */
export const RELAUNCH_FLAGS: readonly string[] = ['--v8-pool-size=1', '--max-semi-space-size=1', LARGE_INPUT_BUDGET];

/** Environment variable set in the relaunched process (any value stops a relaunch). */
export const RELAUNCH_GUARD = 'BULLETIN_RELAUNCHED';

/**
 * The one input file of `args` (the CLI's arguments, without `node` and the script) when the run
 * is to be relaunched: `parse` with options main.ts knows and exactly one input, a regular file of
 * at least `minBytes`, on Linux (the arenas are glibc's), not already relaunched (`RELAUNCH_GUARD`)
 * and with none of RELAUNCH_FLAGS set by the user (in `execArgv` or NODE_OPTIONS). Anything
 * else (another command, standard input, a folder or glob, an option it does not know, a file it
 * cannot stat) is null: the run stays in this process, which then reports what is wrong.
 */
export function relaunchTarget(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
  platform: NodeJS.Platform = process.platform,
  minBytes = RELAUNCH_MIN_BYTES,
): string | null {
  if (platform !== 'linux' || env[RELAUNCH_GUARD] !== undefined) return null;
  const own = (flag: string) => execArgv.some((a) => a.startsWith(flag)) || (env.NODE_OPTIONS ?? '').includes(flag);
  if (own('--v8-pool-size') || own('--max-semi-space-size')) return null;
  const inputs = parseInvocation(args)?.inputs;
  if (!inputs || inputs.length !== 1 || inputs[0] === '-') return null;
  try {
    const st = statSync(inputs[0]);
    return st.isFile() && st.size >= minBytes ? inputs[0] : null;
  } catch {
    return null;
  }
}

/** Signals the first process passes on to the child (SIGINT reaches the child from the terminal itself: module doc). */
const PASSED_ON: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];

/**
 * Runs this CLI invocation again in a child Node with RELAUNCH_FLAGS (module doc) and settles this
 * process as the child ends: its exit code, or the signal that killed it. Call only when
 * `relaunchTarget` named a file; resolves once the child has ended (the caller does nothing more).
 */
export function relaunch(args: readonly string[]): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, ...RELAUNCH_FLAGS, process.argv[1], ...args], {
    stdio: 'inherit',
    env: { ...process.env, [RELAUNCH_GUARD]: '1' },
  });
  const passOn = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  const waitForChild = () => {};
  for (const s of PASSED_ON) process.on(s, passOn);
  process.on('SIGINT', waitForChild);
  let settled = false;
  return new Promise((resolve) => {
    child.once('error', (err) => {
      // the child could not be started (no memory for a process, Node's binary gone): run here instead
      if (settled) return;
      settled = true;
      for (const s of PASSED_ON) process.removeListener(s, passOn);
      process.removeListener('SIGINT', waitForChild);
      process.stderr.write(`bulletin: could not start the large-input process (${err.message}); parsing in this one\n`);
      void import('./main.js').then((m) => m.run()).then(resolve);
    });
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      for (const s of PASSED_ON) process.removeListener(s, passOn);
      process.removeListener('SIGINT', waitForChild);
      if (signal) {
        // die as the child did (the shell then reports 128 + the signal's number), or exit so
        process.kill(process.pid, signal);
        process.exitCode = 128 + (constants.signals[signal] ?? 0);
      } else process.exitCode = code ?? 70;
      resolve();
    });
  });
}

/**
 * V8 settings of the CLI's threads (issue 12: throughput and start-up), in one place.
 *
 * V8 sends a function to its optimizing compiler (TurboFan) once the function has run about
 * `--interrupt-budget` bytes of bytecode (67,584 by default), and back to it each time a later
 * input takes a branch the optimized code did not expect. The parser's functions are long and
 * branchy: with the default, a `-j 1` batch of the 100 bench-corpus files (18 KB each) spent
 * about 45 % of its CPU compiling on V8's background threads. A larger budget lets a function
 * gather more type feedback before it is compiled, so that fewer compiles are thrown away.
 * Measured on that batch (`bench/bench.js --quick`'s corpus; the budget set at start through
 * `--import` of `v8.setFlagsFromString`, as `setInProcessFlags` does; user + system CPU of the
 * whole process and of its main thread from /proc, load 7-10, so CPU rather than wall time):
 *
 * | budget | `-j 1` CPU, all threads | main thread | `-j 2` CPU |
 * |---|---|---|---|
 * | 67,584 (default) | 6.3-6.7 s | 3.29-3.57 s | 8.0-8.3 s |
 * | 270,336 (×4) | 5.0-5.6 s | 3.38-3.51 s | 6.8 s |
 * | 540,672 (×8) | 4.8-5.1 s | 3.64-3.76 s | 6.4-6.6 s |
 * | 1,081,344 (×16) | 4.7-5.0 s | 3.76-3.84 s | |
 *
 * and on one issue (the bundled 18 KB issue, whole CLI, 5 runs each): 848-878 ms of CPU with the
 * default, 760-804 ms ×4, 774-801 ms ×8; its main thread 320-350, 340-350 and 350-370 ms.
 * The outputs are byte-identical (optimization changes how fast code runs, not what it computes).
 *
 * The thread that parses in-process keeps ×4: its background compiles run beside it on another
 * core, so on an idle machine its wall time is about its main thread's, which a larger budget
 * lengthens (×8: +7 %), while ×4 saves most of the CPU a shared machine has to find. A pool's
 * workers get ×8: each compiles on its own thread (`--no-concurrent-recompilation`, batch.ts),
 * so every compile saved is time the worker parses.
 */
import { setFlagsFromString } from 'node:v8';

/** V8 flags of the CLI's own thread, set before the pipeline's modules load (`setInProcessFlags`). */
export const IN_PROCESS_V8_FLAGS = '--interrupt-budget=270336';

/**
 * V8 flags set just before a pool's workers start (V8 reads them when it makes an isolate, so the
 * CLI's thread keeps its own settings; they stay set for the rest of the process). The budget: the
 * module doc. `--no-concurrent-recompilation`: each worker compiles its optimized code on its own
 * thread instead of V8's shared helper threads, whose glibc arenas keep what the compiler freed
 * (issue 10, a batch's memory). Measured with `--import` setting it before the pool, `-j 2` on the
 * bench corpus (18 kB files), /usr/bin/time -v, one run at a time at load 5-9: 400 files 712/656 ->
 * 667/636 MiB peak, 100 files 614/579 -> 583/576 MiB; user CPU of the 400 files 25.8/32.8 ->
 * 24.7/26.1 s; outputs byte-identical. Given on the command line it also lowers a single file's
 * peak (10 MB 404 -> 372 MiB), but set from here it cannot reach the thread already running.
 */
export const WORKER_V8_FLAGS = '--no-concurrent-recompilation --interrupt-budget=540672';

/**
 * Sets IN_PROCESS_V8_FLAGS; bin/bulletin.js calls it first, before the parser's modules load. Not
 * when Node was started with a budget of its own (`execArgv`): the user's, or the one a child
 * relaunched for a large input gets (relaunch.ts LARGE_INPUT_BUDGET).
 */
export function setInProcessFlags(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((a) => a.startsWith('--interrupt-budget'))) return false;
  setFlagsFromString(IN_PROCESS_V8_FLAGS);
  return true;
}

/**
 * Errors for user mistakes and bad input. The CLI prints `bulletin: <path>: <message>` on one line
 * (never a stack trace) and exits with `exitCode`; in a batch the other files still run.
 */

/** Documented exit codes (see README "Exit codes"). */
export const EXIT = {
  /** Everything parsed (and, for validate, no error diagnostics). */
  OK: 0,
  /**
   * validate: at least one input has error diagnostics (or warnings, with --strict).
   * parse / entities: an input held no recognisable article (its output is still written).
   * A batch exits with the highest code among its inputs.
   */
  INVALID: 1,
  /** Usage error: unknown option, bad option value, no input given. */
  USAGE: 2,
  /** An input could not be read: missing path, permission denied, a directory with no inputs. */
  NO_INPUT: 3,
  /** An input was read but refused: empty, binary (NUL bytes), undecodable, too large. */
  BAD_INPUT: 4,
  /** Output could not be written. */
  OUTPUT: 5,
  /** A bug in bulletin itself (the only case that prints a stack trace, with BULLETIN_DEBUG=1). */
  INTERNAL: 70,
  /** parse: interrupted by SIGINT (Ctrl-C), 128 + 2; outputs finished before it are kept and recorded. */
  INTERRUPTED: 130,
  /** parse: interrupted by SIGTERM, 128 + 15 (as for SIGINT). */
  TERMINATED: 143,
} as const;

/**
 * The exit code of a run over many inputs: the highest code `push`ed, `EXIT.OK` when none. Kept
 * as one number, so that a batch holds nothing per input for it (issue 10) and any number of inputs
 * works: `Math.max(...codes)` over a list throws RangeError from about 150,000 codes (Node 20).
 */
export class ExitCodes {
  private highest: number = EXIT.OK;
  /** Counts one input's (or the run's) code. */
  push(code: number): void {
    if (code > this.highest) this.highest = code;
  }
  /** The highest code pushed so far (`EXIT.OK` before any). */
  get value(): number {
    return this.highest;
  }
}

/** Kinds of refused input, as stable diagnostic codes. */
export type InputErrorCode =
  | 'input/not-found'
  | 'input/unreadable'
  | 'input/is-directory'
  | 'input/empty'
  | 'input/binary'
  | 'input/undecodable'
  | 'input/wrong-encoding'
  | 'input/too-large'
  | 'input/unknown-encoding'
  | 'input/too-deep'
  | 'input/truncated'
  | 'input/json';

/** An input that cannot be parsed. `exitCode` is one of `EXIT`. */
export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly exitCode: number;
  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.exitCode =
      code === 'input/not-found' || code === 'input/unreadable' || code === 'input/is-directory'
        ? EXIT.NO_INPUT
        : EXIT.BAD_INPUT;
  }
}

/** A mistake in the command line (bad option value). */
export class UsageError extends Error {
  readonly exitCode = EXIT.USAGE;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

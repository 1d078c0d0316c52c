/**
 * Refusing an output that would overwrite one of the command's own inputs (`parse x.txt -o x.txt`,
 * `proof a.html -o a.html`, `--out-dir` landing on an input): the atomic write would otherwise
 * replace the source OCR text with the output and exit 0, losing the input.
 *
 * Two paths name the same file when the output exists and has the input's device and inode
 * (so symbolic and hard links to an input are caught too). An output that does not exist yet
 * cannot be an input. Standard input is never compared.
 */
import { statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { FsPath } from './atomic.js';

/** An input as far as this check needs it: what to show and what to `stat`. */
export interface InputFile {
  /** The path as shown to the user. */
  path: string;
  /** The path to open (absolute, or its bytes for a name that is not UTF-8). */
  fsPath: FsPath;
  stdin?: boolean;
}

/** `dev:ino` of an existing file, or null when it cannot be read (missing, no permission). */
function identity(p: FsPath): string | null {
  try {
    const s = statSync(p, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * A lookup of the inputs by file identity; `overwrites(out)` gives the input `out` would replace,
 * or null. Built once per command (one `stat` per input), then one `stat` per output.
 */
export function inputIdentities(inputs: readonly InputFile[]): { overwrites(out: FsPath): InputFile | null } {
  const byId = new Map<string, InputFile>();
  for (const input of inputs) {
    if (input.stdin) continue;
    const id = identity(input.fsPath);
    if (id !== null && !byId.has(id)) byId.set(id, input);
  }
  return {
    overwrites(out: FsPath): InputFile | null {
      if (byId.size === 0) return null;
      const id = identity(out);
      return id === null ? null : (byId.get(id) ?? null);
    },
  };
}

/**
 * Throws a {@link UsageError} (exit 2) when writing `out` (shown as `shown`) would replace one of
 * `inputs`: `refusing to write over the input x.txt (-o x.txt)`.
 */
export function refuseOverwritingInput(out: FsPath, shown: string, inputs: readonly InputFile[]): void {
  const hit = inputIdentities(inputs).overwrites(out);
  if (hit) throw new UsageError(`refusing to write over the input ${hit.path} (-o ${shown})`);
}

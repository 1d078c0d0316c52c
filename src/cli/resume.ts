/**
 * `--resume`: which outputs of an `--out-dir` batch are complete and current.
 *
 * Every `--out-dir` run records, in a manifest `.bulletin-resume.json` in the output directory,
 * for each output written: the sha256 of the input's bytes, the sha256 of the output's bytes, and
 * the options that change the output (format, entities, issue date, encoding). `--resume` skips an
 * input only when its entry matches the input's current sha256 and the run's options, and the
 * output on disk still has the recorded sha256 (so a truncated, emptied or hand-edited output is
 * parsed again); a JSON output must moreover parse, with the current `schemaVersion` and
 * `source.sha256` equal to the input's. Modification times are not used (a copy or checkout
 * changes them both ways). Anything missing or unreadable means "parse again", never "skip".
 *
 * Manifest shape: `{ "version": 1, "outputs": { "<output path relative to the out-dir, / separated>":
 * { "input": sha256, "output": sha256, "format", "entities", "issueDate", "encoding" } } }`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_VERSION } from '../types.js';

/** File name of the manifest, in the output directory. */
export const MANIFEST_NAME = '.bulletin-resume.json';

/** Version of the manifest's own shape. */
const MANIFEST_VERSION = 1;

/**
 * Least time between two writes of the manifest during a batch, in ms (it is always written once
 * more at the end). Writing it after every output would rewrite the whole manifest per file
 * (quadratic in the batch); an entry written late only makes an interrupted batch parse that input
 * again, never skip one wrongly, because each entry also holds its output's sha256.
 */
export const MANIFEST_FLUSH_MS = 1000;

/** The options that change an output; an entry is reused only when all are equal. */
export interface OutputOptions {
  format: string;
  entities: boolean;
  issueDate: string | null;
  encoding: string | null;
}

/** One output recorded in the manifest. */
export interface ResumeEntry extends OutputOptions {
  /** sha256 (hex) of the input's raw bytes. */
  input: string;
  /** sha256 (hex) of the output's bytes as written. */
  output: string;
}

/** sha256 (hex) of bytes or of a string's UTF-8 bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The manifest of one output directory, loaded once and written back with {@link ResumeManifest.flush}. */
export class ResumeManifest {
  private dirty = false;
  private lastFlush = 0;
  private constructor(
    /** Absolute output directory. */
    readonly outDir: string,
    private readonly outputs: Record<string, ResumeEntry>,
  ) {}

  /** Loads the manifest of `outDir` (absolute); a missing or unreadable one is empty. */
  static async load(outDir: string): Promise<ResumeManifest> {
    let outputs: Record<string, ResumeEntry> = {};
    try {
      const data = JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), 'utf8')) as {
        version?: unknown;
        outputs?: unknown;
      };
      if (data.version === MANIFEST_VERSION && data.outputs && typeof data.outputs === 'object') {
        outputs = data.outputs as Record<string, ResumeEntry>;
      }
    } catch {
      // no manifest yet, or a damaged one: nothing counts as done
    }
    return new ResumeManifest(outDir, outputs);
  }

  /** Key of an output file (absolute path inside the out-dir). */
  key(outFile: string): string {
    return path.relative(this.outDir, outFile).split(path.sep).join('/');
  }

  /** The entry for `outFile`, if any. */
  get(outFile: string): ResumeEntry | undefined {
    const e = this.outputs[this.key(outFile)];
    return e && typeof e === 'object' ? e : undefined;
  }

  /** Records that `outFile` now holds `output` made from an input of sha256 `input` with `options`. */
  record(outFile: string, input: string, output: string | Uint8Array, options: OutputOptions): void {
    this.outputs[this.key(outFile)] = {
      input,
      output: sha256(output),
      format: options.format,
      entities: options.entities,
      issueDate: options.issueDate,
      encoding: options.encoding,
    };
    this.dirty = true;
  }

  /** The manifest file's text. */
  toJson(): string {
    return `${JSON.stringify({ version: MANIFEST_VERSION, outputs: this.outputs }, null, 1)}\n`;
  }

  /**
   * Writes the manifest with `write` when it changed and, unless `force`, at least
   * {@link MANIFEST_FLUSH_MS} passed since the last write. Errors from `write` propagate.
   */
  async flush(write: (file: string, text: string) => Promise<void>, force = false): Promise<void> {
    if (!this.dirty) return;
    const now = Date.now();
    if (!force && now - this.lastFlush < MANIFEST_FLUSH_MS) return;
    this.dirty = false;
    this.lastFlush = now;
    await write(path.join(this.outDir, MANIFEST_NAME), this.toJson());
  }
}

/**
 * Whether the output `outFile` of the input at `inputFile` is complete and current (module doc).
 * Never throws: anything unreadable gives false.
 */
export async function outputIsCurrent(
  inputFile: string,
  outFile: string,
  manifest: ResumeManifest,
  options: OutputOptions,
): Promise<boolean> {
  const entry = manifest.get(outFile);
  if (!entry) return false;
  if (
    entry.format !== options.format ||
    entry.entities !== options.entities ||
    entry.issueDate !== options.issueDate ||
    entry.encoding !== options.encoding
  ) {
    return false;
  }
  let input: Buffer;
  let output: Buffer;
  try {
    [input, output] = await Promise.all([readFile(inputFile), readFile(outFile)]);
  } catch {
    return false;
  }
  const inputSha = sha256(input);
  if (entry.input !== inputSha || entry.output !== sha256(output)) return false;
  if (options.format === 'json') {
    try {
      const issue = JSON.parse(output.toString('utf8')) as {
        schemaVersion?: unknown;
        source?: { sha256?: unknown };
      };
      return issue.schemaVersion === SCHEMA_VERSION && issue.source?.sha256 === inputSha;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * `bulletin proof <input> [-o FILE]`: the proof sheet of one issue, a self-contained HTML page
 * (src/output/proof.ts) showing every source line coloured by its role, grouped in a box per
 * article, with joins, jumps and diagnostics marked; on standard output or written atomically to
 * `-o FILE`.
 *
 * Exit code as for `parse` (README "Exit codes"): 0 written; 1 no article recognised (the page is
 * still written, every line unassigned); 3 the input could not be read; 4 it was refused (empty,
 * binary, undecodable, too large); 5 the page could not be written; 70 a bug.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, UsageError } from '../../errors.js';
import { refuseOverwritingInput } from '../same-file.js';
import { proofHtml, proofOf, type ProofInput } from '../../output/proof.js';
import { readAll, reportFailure, write, type Io } from '../io.js';
import { errorFailure, formatBytes, fsFailure, MAX_INPUT_BYTES, type Failure } from '../parse-input.js';
import { OutputError, writeOutputFile, writeStdout } from '../write.js';
import { noArticleMessage } from './parse.js';

/** The options of `proof`. */
export interface ProofCommandOptions {
  output?: string;
  issueDate?: string;
  encoding?: string;
  quiet?: boolean;
}

/** Reads one input (a file, or `-` for standard input); a Failure instead of throwing. */
async function readInput(input: string, io: Io): Promise<Uint8Array | Failure> {
  if (input === '-') return readAll(io.stdin);
  const abs = path.resolve(io.cwd, input);
  try {
    const st = await stat(abs);
    if (st.isDirectory()) return fsFailure(input, Object.assign(new Error(''), { code: 'EISDIR' }));
    if (st.size > MAX_INPUT_BYTES) {
      return {
        path: input,
        code: 'input/too-large',
        message: `too large (${formatBytes(st.size)}; the limit is ${formatBytes(MAX_INPUT_BYTES)})`,
        exitCode: EXIT.BAD_INPUT,
      };
    }
    return await readFile(abs);
  } catch (err) {
    return fsFailure(input, err as NodeJS.ErrnoException);
  }
}

/** Runs `proof`; resolves to the exit code. */
export async function proofCommand(input: string, opts: ProofCommandOptions, io: Io): Promise<number> {
  if (opts.output === '') throw new UsageError('-o needs a file name');
  if (opts.output && input !== '-') {
    refuseOverwritingInput(path.resolve(io.cwd, opts.output), opts.output, [
      { path: input, fsPath: path.resolve(io.cwd, input) },
    ]);
  }
  const fail = async (f: Failure): Promise<number> => {
    await reportFailure(io, f.path, f.message);
    if (f.stack && io.env.BULLETIN_DEBUG) await write(io.stderr, `${f.stack}\n`);
    return f.exitCode;
  };
  const bytes = await readInput(input, io);
  if (!(bytes instanceof Uint8Array)) return fail(bytes);
  if (bytes.length === 0) return fail({ path: input, code: 'input/empty', message: 'empty file (0 bytes)', exitCode: EXIT.BAD_INPUT });
  let proof: ProofInput;
  try {
    proof = proofOf(bytes, { path: input, issueDate: opts.issueDate ?? null, encoding: opts.encoding ?? null });
  } catch (err) {
    return fail(errorFailure(input, err));
  }
  proof.issue.source.path = input;
  const html = proofHtml(proof);
  if (opts.output) {
    try {
      await writeOutputFile(path.resolve(io.cwd, opts.output), html, opts.output, io);
    } catch (err) {
      if (!(err instanceof OutputError)) throw err;
      await reportFailure(io, err.target, `cannot write: ${err.message}`);
      return EXIT.OUTPUT;
    }
  } else {
    await writeStdout(io, html);
  }
  if (proof.issue.articles.length === 0) {
    await reportFailure(io, input, noArticleMessage(proof.issue));
    return EXIT.INVALID;
  }
  return EXIT.OK;
}

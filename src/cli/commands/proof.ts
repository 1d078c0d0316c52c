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
import { existsSync } from 'node:fs';
import path from 'node:path';
import { EXIT } from '../../errors.js';
import { refuseOverwritingInput } from '../same-file.js';
import { proofHtml, proofOf, type ProofInput } from '../../output/proof.js';
import { readAll, reportFailure, write, type Io } from '../io.js';
import { absoluteBytes, hasReplacement, resolveReplaced } from '../byte-paths.js';
import { showPath } from '../escape.js';
import { errorFailure, parseOptionsOf, readInput, type Failure, type InputReadOptions } from '../parse-input.js';
import { checkOutputFileName, OutputError, writeOutputFile, writeStdout } from '../write.js';
import { noArticleMessage } from './parse.js';

/** The options of `proof`. */
export interface ProofCommandOptions extends Omit<InputReadOptions, 'jobs' | 'quiet'> {
  output?: string;
}

/**
 * Reads one input (a file, or `-` for standard input) as `parse` does, also a file whose name is not
 * UTF-8 (Node hands it over with U+FFFD; found again among its directory's entries, ../byte-paths.ts).
 * Returns the bytes and the name to show, or a Failure; never throws.
 */
async function readProofInput(input: string, io: Io): Promise<{ bytes: Uint8Array; shown: string } | Failure> {
  if (input === '-') return { bytes: await readAll(io.stdin), shown: input };
  let file: string | Buffer = path.resolve(io.cwd, input);
  let shown = showPath(input);
  if (hasReplacement(input) && !existsSync(file)) {
    const matches = await resolveReplaced(input, io.cwd);
    if (matches.length > 1) {
      return {
        path: shown,
        code: 'input/ambiguous',
        message: `names ${matches.length} files whose names are not UTF-8 (${matches.map((m) => showPath(m)).join(', ')})`,
        exitCode: EXIT.NO_INPUT,
      };
    }
    if (matches.length === 1) {
      file = absoluteBytes(matches[0], io.cwd);
      shown = showPath(matches[0]);
    }
  }
  const read = await readInput(file, shown);
  return read.ok ? { bytes: read.bytes, shown } : read.failure;
}

/** Runs `proof`; resolves to the exit code. */
export async function proofCommand(input: string, opts: ProofCommandOptions, io: Io): Promise<number> {
  // `-o -` is standard output, as `-` is standard input (a file named - is ./-).
  if (opts.output === '-') opts = { ...opts, output: undefined };
  checkOutputFileName(opts.output, 'proof.html');
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
  const read = await readProofInput(input, io);
  if (!('bytes' in read)) return fail(read);
  const { bytes, shown } = read;
  if (bytes.length === 0) return fail({ path: shown, code: 'input/empty', message: 'empty file (0 bytes)', exitCode: EXIT.BAD_INPUT });
  let proof: ProofInput;
  try {
    proof = proofOf(bytes, { ...parseOptionsOf(opts), path: shown });
  } catch (err) {
    return fail(errorFailure(shown, err));
  }
  proof.issue.source.path = shown;
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
    await reportFailure(io, shown, noArticleMessage(proof.issue));
    return EXIT.INVALID;
  }
  return EXIT.OK;
}

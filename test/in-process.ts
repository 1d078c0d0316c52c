/**
 * Runs the CLI's `main` in this process with a captured standard output and error, standard input
 * closed, not a terminal, no environment: `{code, stdout, stderr}` (UTF-8 text). Shared by the
 * tests that check messages and outputs without spawning a process.
 */
import { PassThrough } from 'node:stream';
import { main } from '../src/cli/main.js';

export async function runInProcess(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough().on('data', (c: Buffer) => out.push(c));
  const stderr = new PassThrough().on('data', (c: Buffer) => err.push(c));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough().end(), isTTY: false, env: {}, cwd });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/**
 * `bulletin validate <inputs...>`: parse, then report the diagnostics, one per line in the
 * compiler style `file:line:col: severity code message` (or `--format json`), and a summary
 * line on standard error.
 *
 * Exit code: the highest of: 0 no error diagnostics; 1 an input has error diagnostics (with
 * `--strict`, warnings too); 3 an input could not be read; 4 an input was refused; 70 a bug.
 */
import { EXIT } from '../../errors.js';
import type { Diagnostic, Issue, ParseOptions } from '../../types.js';
import { runBatch } from '../batch.js';
import { expandInputs } from '../inputs.js';
import { reportFailure, write, type Io } from '../io.js';
import { createProgress } from '../progress.js';
import { writeStdout } from '../write.js';
import { plural } from './parse.js';

/** Output formats of `validate`. */
export const VALIDATE_FORMATS = ['text', 'json'] as const;

/** The options of `validate`. */
export interface ValidateCommandOptions {
  format: (typeof VALIDATE_FORMATS)[number];
  strict?: boolean;
  issueDate?: string;
  encoding?: string;
  jobs?: number;
  quiet?: boolean;
}

/** One input's entry in `validate --format json`. */
export interface ValidateRecord {
  file: string;
  ok: boolean;
  articles: number | null;
  diagnostics: Diagnostic[];
  /** Set when the input could not be read or was refused. */
  error: { code: string; message: string } | null;
}

/** Code of the diagnostic added when no article was recognised and the pipeline said nothing about it. */
export const NO_ARTICLES_CODE = 'segment/no-articles';

/**
 * The diagnostics of `issue` as reported: the pipeline's, plus an error `segment/no-articles` when
 * no article was recognised and no diagnostic already says so.
 */
export function reportedDiagnostics(issue: Issue): Diagnostic[] {
  const diags = [...issue.diagnostics];
  if (issue.articles.length === 0 && !diags.some((d) => d.code.includes('no-article'))) {
    diags.push({
      severity: 'error',
      code: NO_ARTICLES_CODE,
      message: `no article recognised; all text kept in unassigned (${plural(issue.unassigned.length, 'block')})`,
      line: null,
      column: null,
    });
  }
  return diags;
}

/** One diagnostic as `file:line:col: severity code message` (`file:line:` or `file:` when unknown). */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.line == null ? file : d.column == null ? `${file}:${d.line}` : `${file}:${d.line}:${d.column}`;
  return `${where}: ${d.severity} ${d.code} ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** Runs `validate`; resolves to the exit code. */
export async function validateCommand(args: string[], opts: ValidateCommandOptions, io: Io): Promise<number> {
  const codes: number[] = [];
  const records: ValidateRecord[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  const { inputs, failures } = await expandInputs(args, io.cwd);
  for (const f of failures) {
    await reportFailure(io, f.path, f.message);
    codes.push(f.exitCode);
    records.push({ file: f.path, ok: false, articles: null, diagnostics: [], error: { code: f.code, message: f.message } });
  }
  const parseOptions: ParseOptions = { issueDate: opts.issueDate ?? null, encoding: opts.encoding ?? null };
  const progress = await createProgress(io, inputs.length, opts.quiet ?? false, 'validating');

  await runBatch(inputs, io, { jobs: opts.jobs, parse: parseOptions, progress }, async (input, outcome) => {
    if (!outcome.ok) {
      const f = outcome.failure;
      await reportFailure(io, f.path, f.message);
      if (f.stack && io.env.BULLETIN_DEBUG) await write(io.stderr, `${f.stack}\n`);
      codes.push(f.exitCode);
      records.push({ file: f.path, ok: false, articles: null, diagnostics: [], error: { code: f.code, message: f.message } });
      return;
    }
    const diags = reportedDiagnostics(outcome.issue);
    for (const d of diags) count[d.severity] += 1;
    const bad = diags.some((d) => d.severity === 'error' || (opts.strict && d.severity === 'warning'));
    if (bad) codes.push(EXIT.INVALID);
    records.push({ file: input.path, ok: !bad, articles: outcome.issue.articles.length, diagnostics: diags, error: null });
    if (opts.format === 'text') {
      await writeStdout(io, diags.map((d) => `${formatDiagnostic(input.path, d)}\n`).join(''));
    }
  });
  progress.stop();

  if (opts.format === 'json') await writeStdout(io, `${JSON.stringify(records, null, 2)}\n`);
  if (!opts.quiet) {
    const invalid = records.filter((r) => !r.ok).length;
    await write(
      io.stderr,
      `${plural(records.length, 'input')} checked, ${invalid} not valid: ` +
        `${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(count.info, 'info')}\n`,
    );
  }
  return Math.max(EXIT.OK, ...codes);
}

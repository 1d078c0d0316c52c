/**
 * `bulletin validate <inputs...>`: parse, check the result against the validation rules
 * (src/validate.ts), then report the pipeline's diagnostics and the rules' findings, one per line
 * in the compiler style `file:line:col: severity code message`, as GitHub Actions workflow
 * commands (`--format github`: `::error file=…,line=…,col=…,title=CODE::message`), or as JSON; and a
 * summary line on standard error.
 *
 * Exit code: the highest of: 0 valid; 1 an input has error diagnostics (with `--strict`, warnings
 * too), or more warnings in all than `--max-warnings N`; 3 an input could not be read; 4 an input
 * was refused; 70 a bug.
 */
import { parseOptionsOf, type InputReadOptions } from '../parse-input.js';
import { EXIT, ExitCodes } from '../../errors.js';
import type { Diagnostic, Issue, ParseOptions } from '../../types.js';
import { runBatch } from '../batch.js';
import { expandInputs, failuresInOrder } from '../inputs.js';
import { reportFailure, write, type Io } from '../io.js';
import { createProgress } from '../progress.js';
import { writeStdout } from '../write.js';
import { escapeControls } from '../escape.js';
import { validateIssue } from '../../validate.js';
import { plural } from './parse.js';

/** Output formats of `validate`. */
export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;

/** The options of `validate`. */
export interface ValidateCommandOptions extends InputReadOptions {
  format: (typeof VALIDATE_FORMATS)[number];
  strict?: boolean;
  /** Exit 1 when the inputs hold more warnings than this in all. */
  maxWarnings?: number;
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

/**
 * The diagnostics of `issue` as reported: the pipeline's and the validation rules' findings
 * (`validate/…`, README "Validation rules"), by line (whole-file findings first), stable otherwise.
 * An issue parsed with `ParseOptions.validate` (as this command parses) carries the rules' findings
 * already, with the lines only the pipeline knows; for another, they are found here.
 */
export function reportedDiagnostics(issue: Issue): Diagnostic[] {
  const checked = issue.diagnostics.some((d) => d.code.startsWith('validate/'));
  return [...issue.diagnostics, ...(checked ? [] : validateIssue(issue))].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * A diagnostic's message as `validate --format text` prints it (github's keeps line breaks as `%0A`,
 * {@link formatGithub}): on one line, its control characters escaped (escape.ts `escapeControls`: `\x1b`, `\x07`), since it quotes titles and
 * lines of the input, whose stray ESC or BEL would reach the terminal or CI log raw (`\x1b[2J` clears the
 * screen, `\x1b]0;…\x07` sets the window title; GitHub renders ANSI escapes in its logs).
 */
export function shownMessage(message: string): string {
  return escapeControls(message.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** One diagnostic as `file:line:col: severity code message` (`file:line:` or `file:` when unknown). */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.line == null ? file : d.column == null ? `${file}:${d.line}` : `${file}:${d.line}:${d.column}`;
  return `${where}: ${d.severity} ${d.code} ${shownMessage(d.message)}`;
}

/**
 * Escapes the message of a GitHub Actions workflow command (actions/toolkit `escapeData`):
 * `%` → `%25`, CR → `%0D`, LF → `%0A`.
 */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`escapeProperty`): as data, plus `:` → `%3A`, `,` → `%2C`. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub's annotation command for each severity. */
const GITHUB_COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * One diagnostic as a GitHub Actions annotation, `::error file=F,line=L,col=C,title=CODE::message`
 * (`line` and `col` left out when unknown; info diagnostics become `::notice`). The message's line
 * breaks are `%0A` (a multi-line annotation), its other control characters escaped as in the text
 * format ({@link shownMessage}).
 */
export function formatGithub(file: string, d: Pick<Diagnostic, 'severity' | 'code' | 'message' | 'line' | 'column'>): string {
  const props = [`file=${escapeGithubProperty(file)}`];
  if (d.line != null) props.push(`line=${d.line}`);
  if (d.line != null && d.column != null) props.push(`col=${d.column}`);
  props.push(`title=${escapeGithubProperty(d.code)}`);
  return `::${GITHUB_COMMAND[d.severity]} ${props.join(',')}::${escapeControls(escapeGithubData(d.message))}`;
}

/** Runs `validate`; resolves to the exit code. */
export async function validateCommand(args: string[], opts: ValidateCommandOptions, io: Io): Promise<number> {
  const codes = new ExitCodes();
  const records: ValidateRecord[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  const expansion = await expandInputs(args, io.cwd);
  const { inputs } = expansion;
  /** In `--format github`, an input that could not be read or was refused is an error annotation too. */
  const annotateFailure = async (f: { path: string; code: string; message: string }): Promise<void> => {
    if (opts.format === 'github') {
      await writeStdout(io, `${formatGithub(f.path, { severity: 'error', code: f.code, message: f.message, line: null, column: null })}\n`);
    }
  };
  const failures = failuresInOrder(expansion, async (f) => {
    await reportFailure(io, f.path, f.message);
    await annotateFailure(f);
    codes.push(f.exitCode);
    records.push({ file: f.path, ok: false, articles: null, diagnostics: [], error: { code: f.code, message: f.message } });
  });
  const parseOptions: ParseOptions = { ...parseOptionsOf(opts), validate: true };
  const progress = await createProgress(io, inputs.length, opts.quiet ?? false, 'validating');

  await runBatch(inputs, io, { jobs: opts.jobs, parse: parseOptions, progress }, async (input, outcome) => {
    await failures.before(input);
    if (!outcome.ok) {
      const f = outcome.failure;
      await reportFailure(io, f.path, f.message);
      await annotateFailure(f);
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
    } else if (opts.format === 'github') {
      await writeStdout(io, diags.map((d) => `${formatGithub(input.path, d)}\n`).join(''));
    }
  });
  await failures.rest();
  progress.stop();
  const tooManyWarnings = opts.maxWarnings !== undefined && count.warning > opts.maxWarnings;
  if (tooManyWarnings) codes.push(EXIT.INVALID);

  if (opts.format === 'json') await writeStdout(io, `${JSON.stringify(records, null, 2)}\n`);
  if (!opts.quiet) {
    const refused = records.filter((r) => r.error).length;
    const invalid = records.filter((r) => !r.ok && !r.error).length;
    await write(
      io.stderr,
      `${plural(records.length, 'input')} checked, ` +
        (refused ? `${refused} could not be read or refused, ` : '') +
        `${invalid} not valid: ` +
        `${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(count.info, 'info')}` +
        (tooManyWarnings ? ` (more than --max-warnings ${opts.maxWarnings})` : '') +
        '\n',
    );
  }
  return codes.value;
}

/**
 * The command line: `bulletin parse | validate | entities | proof | schema`, with commander.
 *
 * `main(argv, io)` runs one invocation in-process and resolves to the exit code (README
 * "Exit codes", `EXIT` in errors.ts); `run()` is what `bin/bulletin.js` calls. Usage errors
 * (unknown command or option, bad option value) exit 2 with commander's message on one line; an
 * output that cannot be written (a full disk, `> /dev/full`) prints one line and exits 5; a closed
 * standard output (`| head`) ends the run quietly; a bug prints one line and exits 70 (the stack only with BULLETIN_DEBUG=1). Heavy modules (the segmenter, piscina,
 * ora, write-file-atomic) are imported only when a command needs them.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { EXIT, InputError, UsageError } from '../errors.js';
import { escapeControls } from './escape.js';
import { write, type Io } from './io.js';
import { parseCount, parseEncoding, parseIssueDate, parseInputFormat, parseJobs } from './options.js';
import { collect, loadUserDict } from './config.js';
import { BrokenPipe, OutputError } from './write.js';

export type { Io } from './io.js';

const DEBUG_HINT = 're-run with BULLETIN_DEBUG=1 for details';

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

/** How a command reads its inputs (parse, validate, entities, proof): date, encoding, format, config and user dictionaries. */
function addReadOptions(cmd: Command): Command {
  return cmd
    .option('--issue-date <YYYY-MM-DD>', "the issue's date (year of datelines such as 5月25日)", parseIssueDate)
    .option('--encoding <name>', 'decode as this encoding (gb18030, big5, utf-16le, …) instead of detecting', parseEncoding)
    .option('--force', 'with --encoding: read the input in that encoding even when the text it gives is implausible (exit 4 without it)')
    .option('--input-format <format>', 'read inputs as text, html, hocr or alto instead of detecting', parseInputFormat)
    .option('--config <file>', 'read this config instead of the nearest bulletin.config.json upward from the working directory')
    .option('--user-dict <file>', 'a user dictionary (jieba format: word [freq] [tag]; nr person, ns place, nt organization); repeatable', collect);
}

/** The options of the batch commands (parse, validate, entities): how inputs are read, and -j, -q. */
function addCommonOptions(cmd: Command): Command {
  return addReadOptions(cmd)
    .option('-j, --jobs <n>', 'worker threads for a batch (default: 1 below 32 files, else min(cores, files); at most files and 4 per core)', parseJobs)
    .option('-q, --quiet', 'no progress and no summary on standard error (failures are still reported)');
}

/** Builds the commander program; command actions store their exit code in `result.code`. */
function buildProgram(io: Io, result: { code: number }): Command {
  const program = new Command('bulletin')
    .description('Turn OCR text of Chinese district newspapers into structured articles (JSON, NDJSON, CSV, xlsx), proof sheets and validation reports.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // one line: commander's message (and its "Did you mean" suggestion) with the help hint
      outputError: (s, out) => out(`bulletin: ${s.trim().replace(/\s*\n\s*/g, ' ')} (see bulletin --help)\n`),
    })
    .showSuggestionAfterError(true);
  // The config and user dictionaries, read once before a command runs (parse, validate, entities, proof).
  program.hook('preAction', async (_program, action) => {
    const opts = action.opts<{ config?: string; userDict?: string[] }>();
    if (action.name() === 'schema') return;
    action.setOptionValue('userDictEntries', await loadUserDict(io, opts));
  });

  addCommonOptions(
    program
      .command('parse')
      .description('parse issues into articles')
      .argument('[inputs...]', 'files, directories (walked for *.txt, *.html, *.htm, *.xml, *.hocr), globs, or - for standard input')
      .addOption(
        new Option('-f, --format <format>', 'output format (xlsx: a workbook, with -o or --out-dir)').choices(['json', 'ndjson', 'csv', 'xlsx']).default('json'),
      )
      .option('--bom', 'csv: start standard output with the UTF-8 byte-order mark too (files always get it)')
      .option('--records', 'read NDJSON records {id, path?, text | base64} on standard input, write one NDJSON result line each, in order')
      .addOption(new Option('-o, --output <file>', 'write to this file (atomically) instead of standard output').conflicts('outDir'))
      .option('--out-dir <dir>', 'write one file per input, named after it, mirroring relative paths')
      .option('--resume', 'with --out-dir: skip inputs whose output is up to date')
      .option('--overwrite', 'with --out-dir: replace outputs an earlier run made from other inputs (refused otherwise)')
      .option('--no-entities', 'skip entity extraction (leaders, people, places, organizations, keywords)'),
  ).action(async (inputs: string[], opts, _cmd) => {
    const { parseCommand } = await import('./commands/parse.js');
    // The dictionary loading in the background (bin/bulletin.js started it: this thread parses):
    // entity extraction reads its data and the structure step compiles its cues meanwhile, instead of after it.
    if ((await import('../nlp/jieba.js')).segmenterPreloading()) {
      if (opts.entities !== false) (await import('../extract/entities.js')).prepareEntities();
      (await import('../stages/structure/features.js')).prepareStructure();
    }
    result.code = await parseCommand(inputs, opts, io);
  });

  addCommonOptions(
    program
      .command('validate')
      .description('parse, check the validation rules and report diagnostics as file:line:col: severity code message')
      .argument('<inputs...>', 'files, directories, globs, or -')
      .addOption(
        new Option('-f, --format <format>', 'report format (github: GitHub Actions annotations)').choices(['text', 'json', 'github']).default('text'),
      )
      .option('--strict', 'warnings make an input invalid too')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings in all', parseCount),
  ).action(async (inputs: string[], opts) => {
    const { validateCommand } = await import('./commands/validate.js');
    result.code = await validateCommand(inputs, opts, io);
  });

  addCommonOptions(
    program
      .command('entities')
      .description('list leaders, people, places and organizations, one row per entity per article')
      .argument('<inputs...>', 'files, directories, globs, or -')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'json']).default('csv'))
      .option('-o, --output <file>', 'write to this file instead of standard output'),
  ).action(async (inputs: string[], opts) => {
    const { entitiesCommand } = await import('./commands/entities.js');
    result.code = await entitiesCommand(inputs, opts, io);
  });

  // proof reads its input exactly as parse does (the same read options, config and user dictionaries),
  // so that the sheet shows the parse being reviewed
  addReadOptions(
    program
      .command('proof')
      .description('draw one issue as a self-contained HTML proof sheet: every line coloured by its role, a box per article')
      .argument('<input>', 'a file (text, HTML, hOCR, ALTO), or - for standard input')
      .option('-o, --output <file>', 'write the page to this file (atomically) instead of standard output'),
  ).action(async (input: string, opts) => {
    const { proofCommand } = await import('./commands/proof.js');
    result.code = await proofCommand(input, opts, io);
  });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the JSON output, as in schema/issue.schema.json')
    .action(async () => {
      const { issueSchemaText } = await import('../output/schema.js');
      const { writeStdout } = await import('./write.js');
      await writeStdout(io, issueSchemaText());
    });

  return program;
}

/** Listener that keeps a stream's 'error' event from being thrown (the write callback reports it). */
function ignoreError(): void {}

/**
 * Runs one invocation. `argv` are the user's arguments (without `node` and the script).
 * Resolves to the exit code; never rejects.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const result = { code: EXIT.OK as number };
  const program = buildProgram(io, result);
  // a failed write to standard output is reported through the write's callback (writeStdout); the
  // stream's 'error' event that follows (possibly after main returned) must not crash the process
  if (!io.stdout.listeners('error').includes(ignoreError)) io.stdout.on('error', ignoreError);
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (err instanceof UsageError) {
      await write(io.stderr, `bulletin: ${escapeControls(err.message)} (see bulletin --help)\n`);
      return EXIT.USAGE;
    }
    if (err instanceof InputError) {
      await write(io.stderr, `bulletin: ${escapeControls(err.message)}\n`);
      return err.exitCode;
    }
    if (err instanceof BrokenPipe) return result.code; // `| head`: the reader has what it wanted
    if (err instanceof OutputError) {
      await write(io.stderr, `bulletin: ${escapeControls(err.target)}: ${escapeControls(err.message)}\n`);
      return EXIT.OUTPUT;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    await write(io.stderr, `bulletin: internal error: ${e.message.split('\n')[0]} (${DEBUG_HINT})\n`);
    if (io.env.BULLETIN_DEBUG) await write(io.stderr, `${e.stack ?? e.message}\n`);
    return EXIT.INTERNAL;
  }
}

/** Entry point of `bin/bulletin.js`: runs `main` on the process and sets `process.exitCode`. */
export async function run(): Promise<void> {
  // a closed pipe (`bulletin parse … | head`) ends the output quietly instead of crashing: the
  // write's callback rejects with BrokenPipe, the command stops starting inputs, lets the ones in
  // flight finish and returns its code. Not process.exit here: exiting while a worker thread is
  // inside the segmenter's native code aborts the process (`terminate called after throwing an
  // instance of 'Napi::Error'`, exit 134; found by tester4 with `parse dir -j 2 | head -1`). Any
  // other write error (ENOSPC on `> /dev/full`) is reported by main as one line, exit 5.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') return;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  });
}

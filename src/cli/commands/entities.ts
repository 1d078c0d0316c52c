/**
 * `bulletin entities <inputs...>`: the named entities of every article as a long table, one row
 * per entity per article: file, article, title, type (leader, person, place, organization), name,
 * titles (a leader's titles, a person's roles, joined with `；`), mentions. CSV (default; BOM only
 * when written to a file) or JSON (an array of row objects). Exit codes as for `parse`.
 */
import { parseOptionsOf, type InputReadOptions } from '../parse-input.js';
import path from 'node:path';
import { EXIT, ExitCodes } from '../../errors.js';
import { MULTI_SEPARATOR, tableToCsv } from '../../output/csv.js';
import type { Issue, ParseOptions } from '../../types.js';
import { runBatch } from '../batch.js';
import { expandInputs, failuresInOrder } from '../inputs.js';
import { reportFailure, write, type Io } from '../io.js';
import { createProgress } from '../progress.js';
import { checkOutputFileName, OutputError, writeOutputFile, writeStdout } from '../write.js';
import { noArticleMessage } from './parse.js';

/** Output formats of `entities`. */
export const ENTITY_FORMATS = ['csv', 'json'] as const;

/** Entity types, in the order rows are written for one article. */
export type EntityType = 'leader' | 'person' | 'place' | 'organization';

/** One row of the entity table. */
export interface EntityRow {
  file: string | null;
  article: string;
  title: string;
  type: EntityType;
  name: string;
  /** A leader's titles or a person's roles (empty for places and organizations). */
  titles: string[];
  mentions: number;
}

/** Columns of the entity table (CSV header). */
export const ENTITY_COLUMNS = ['file', 'article', 'title', 'type', 'name', 'titles', 'mentions'] as const;

/** The entity rows of one issue: per article, leaders, people, places, organizations, each in the article's order. */
export function entityRows(issue: Issue): EntityRow[] {
  const rows: EntityRow[] = [];
  const file = issue.source.path;
  for (const a of issue.articles) {
    const base = { file, article: a.id, title: a.title };
    for (const l of a.leaders) rows.push({ ...base, type: 'leader', name: l.name, titles: l.titles, mentions: l.mentions });
    for (const p of a.people) rows.push({ ...base, type: 'person', name: p.name, titles: p.roles, mentions: p.mentions });
    for (const p of a.places) rows.push({ ...base, type: 'place', name: p.name, titles: [], mentions: p.mentions });
    for (const o of a.organizations) {
      rows.push({ ...base, type: 'organization', name: o.name, titles: [], mentions: o.mentions });
    }
  }
  return rows;
}

/** Entity rows as CSV cells, in `ENTITY_COLUMNS` order. */
export function entityCells(row: EntityRow): string[] {
  return [row.file ?? '', row.article, row.title, row.type, row.name, row.titles.join(MULTI_SEPARATOR), String(row.mentions)];
}

/** The options of `entities`. */
export interface EntitiesCommandOptions extends InputReadOptions {
  format: (typeof ENTITY_FORMATS)[number];
  output?: string;
}

/** Runs `entities`; resolves to the exit code. */
export async function entitiesCommand(args: string[], opts: EntitiesCommandOptions, io: Io): Promise<number> {
  // `-o -` is standard output, as `-` is standard input (a file named - is ./-).
  if (opts.output === '-') opts = { ...opts, output: undefined };
  checkOutputFileName(opts.output, `entities.${opts.format}`);
  const codes = new ExitCodes();
  const expansion = await expandInputs(args, io.cwd);
  const { inputs } = expansion;
  const failures = failuresInOrder(expansion, async (f) => {
    await reportFailure(io, f.path, f.message);
    codes.push(f.exitCode);
  });
  const parseOptions: ParseOptions = { ...parseOptionsOf(opts), entities: true };
  const progress = await createProgress(io, inputs.length, opts.quiet ?? false);
  const rows: EntityRow[] = [];
  let parsed = 0;
  await runBatch(inputs, io, { jobs: opts.jobs, parse: parseOptions, progress }, async (input, outcome) => {
    await failures.before(input);
    if (!outcome.ok) {
      await reportFailure(io, outcome.failure.path, outcome.failure.message);
      if (outcome.failure.stack && io.env.BULLETIN_DEBUG) await write(io.stderr, `${outcome.failure.stack}\n`);
      codes.push(outcome.failure.exitCode);
      return;
    }
    parsed += 1;
    if (outcome.issue.articles.length === 0) {
      await reportFailure(io, input.path, noArticleMessage(outcome.issue));
      codes.push(EXIT.INVALID);
    }
    rows.push(...entityRows(outcome.issue));
  });
  await failures.rest();
  progress.stop();

  if (parsed > 0) {
    const toFile = Boolean(opts.output);
    const text =
      opts.format === 'json'
        ? `${JSON.stringify(rows, null, 2)}\n`
        : tableToCsv(ENTITY_COLUMNS, rows.map(entityCells), { bom: toFile });
    if (toFile) {
      try {
        await writeOutputFile(path.resolve(io.cwd, opts.output!), text, opts.output!, io);
      } catch (err) {
        if (!(err instanceof OutputError)) throw err;
        await reportFailure(io, err.target, `cannot write: ${err.message}`);
        codes.push(EXIT.OUTPUT);
      }
    } else {
      await writeStdout(io, text);
    }
  }
  return codes.value;
}

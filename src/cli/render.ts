/**
 * Turning one parsed issue into the bytes of its output, where it was parsed (in a worker thread
 * for `--jobs N`, so serialization runs in parallel too and only a string crosses threads).
 *
 * Modes: `file` is a file of its own (`--out-dir`: JSON object, NDJSON lines, CSV with BOM and
 * header); `single` is the one issue of a single-input run on standard output or `-o` (JSON object,
 * NDJSON lines, CSV rows without header: the writer adds BOM and header); `element` is one issue of
 * a several-input stream (a JSON array element indented as `issuesToJson` prints it, NDJSON lines,
 * CSV rows). Streaming the pieces of a run gives exactly the bytes the whole-array serializers give.
 *
 * Rendered in-process (`lazy`), JSON and NDJSON are not made into one string: the output is a
 * {@link RenderedPieces}, serialized article by article as the writer takes the pieces, so that a
 * large issue (a 40 MB input gives about 150 MB of JSON) is never held whole as text. In a worker
 * the text is one string (it crosses the thread as one message).
 */
import { createHash } from 'node:crypto';
import { cellCutMessage, cellCuts, CSV_COLUMNS, issueCsvPieces, issuesToCsv, tableToCsv, unassignedRowsMessage, type CellCut } from '../output/csv.js';
import { issueJsonPieces, issueToJson } from '../output/json.js';
import { issueNdjsonPieces, issueToNdjson } from '../output/ndjson.js';
import type { Issue, StreamedIssue } from '../types.js';
import type { StreamState } from '../windowed.js';
import { sha256 } from './resume.js';

/** Output formats of `parse`. */
export const PARSE_FORMATS = ['json', 'ndjson', 'csv', 'xlsx'] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

/** What to render one issue as. */
export interface RenderSpec {
  format: ParseFormat;
  mode: 'file' | 'single' | 'element';
}

/**
 * Output text made piece by piece while it is written (iterate it once), hashing what it yields:
 * `sha256` is the sha256 of the UTF-8 bytes of all the pieces, known once they were all taken.
 */
export class RenderedPieces implements Iterable<string> {
  private digest: string | null = null;
  constructor(private readonly make: () => Iterable<string>) {}

  *[Symbol.iterator](): Iterator<string> {
    const hash = createHash('sha256');
    for (const piece of this.make()) {
      hash.update(piece, 'utf8');
      yield piece;
    }
    this.digest = hash.digest('hex');
  }

  /** sha256 (hex) of the text. @throws Error when read before every piece was taken. */
  get sha256(): string {
    if (this.digest === null) throw new Error('the sha256 of rendered pieces is known once they are written');
    return this.digest;
  }
}

/** One rendered issue, with the facts the writer needs about it. */
export interface Rendered {
  /** The output: one string, the bytes of a workbook, or pieces made as they are written (`lazy`). */
  text: string | Uint8Array | RenderedPieces;
  /** Warnings about the output (CSV/xlsx cells cut to what a spreadsheet holds), without the `bulletin: <file>: ` prefix. */
  warnings: string[];
  /**
   * sha256 of the text's UTF-8 bytes (mode `file`, for the resume journal), else ''. For
   * {@link RenderedPieces}, read it after the text was written.
   */
  readonly textSha256: string;
  /** sha256 of the input's bytes. */
  inputSha256: string;
  articles: number;
  unassigned: number;
  /** Furniture lines of the issue (for the no-article message). */
  furniture: number;
  /**
   * True for a streamed issue (src/windowed.ts): the issue is parsed while `text` is written, so
   * `warnings`, `articles`, `unassigned` and `furniture` are known only once it was written.
   */
  streamed?: boolean;
}

/** Serializes one issue for a file of its own (`--out-dir`). CSV gets a BOM for Excel. */
export async function serializeOne(issue: Issue, format: ParseFormat): Promise<string | Uint8Array> {
  if (format === 'json') return issueToJson(issue);
  if (format === 'ndjson') return issueToNdjson(issue);
  if (format === 'xlsx') return (await import('../output/xlsx.js')).issuesToXlsx([issue]);
  return issuesToCsv([issue], { bom: true });
}

/**
 * The warnings of a table output (CSV when `csv`, else xlsx) of `issue`: each cell cut to a
 * spreadsheet's limit, and the unassigned text no row holds (src/output/csv.ts).
 */
export function tableWarnings(issue: Issue, csv: boolean): string[] {
  const lost = unassignedRowsMessage(issue.articles.length, issue.unassigned);
  return [...cellCuts(issue, csv).map(cellCutMessage), ...(lost ? [lost] : [])];
}

/** The pieces of `issue` rendered as `spec` says, for JSON and NDJSON; null for the other formats. */
function piecesOf(issue: Issue, spec: RenderSpec): (() => Iterable<string>) | null {
  if (spec.format === 'ndjson') return () => issueNdjsonPieces(issue);
  if (spec.format !== 'json') return null;
  return spec.mode === 'element' ? () => issueJsonPieces(issue, '  ') : () => issueJsonPieces(issue);
}

/**
 * Renders `issue` as `spec` says (module doc). An xlsx workbook is rendered only as a file of its
 * own (`--out-dir`); several issues in one workbook are written by the CLI from the issues.
 * `lazy`: JSON and NDJSON as {@link RenderedPieces} (made while written) instead of one string.
 */
export async function renderIssue(issue: Issue, spec: RenderSpec, lazy = false): Promise<Rendered> {
  const warnings = spec.format === 'csv' || spec.format === 'xlsx' ? tableWarnings(issue, spec.format === 'csv') : [];
  const facts = {
    warnings,
    inputSha256: issue.source.sha256,
    articles: issue.articles.length,
    unassigned: issue.unassigned.length,
    furniture: issue.furniture.length,
  };
  const make = piecesOf(issue, spec);
  if (make && lazy) {
    const pieces = new RenderedPieces(make);
    const file = spec.mode === 'file';
    return {
      text: pieces,
      get textSha256() {
        return file ? pieces.sha256 : '';
      },
      ...facts,
    };
  }
  let text: string | Uint8Array;
  if (make) text = [...make()].join('');
  else if (spec.mode === 'file') text = await serializeOne(issue, spec.format);
  else text = issuesToCsv([issue], { header: false });
  return { text, textSha256: spec.mode === 'file' ? sha256(text) : '', ...facts };
}

/** The CSV header line (with BOM when asked), written once before the rows of a stream. */
export function csvHeader(bom: boolean): string {
  return tableToCsv(CSV_COLUMNS, [], { bom });
}

/**
 * Renders a streamed issue (a large plain-text input parsed window by window, src/windowed.ts) as
 * `spec` says, in pieces made while they are written: JSON, NDJSON or CSV (not xlsx). Its facts
 * (`warnings`, counts, the text's sha256) are read after the text was written.
 */
export function renderStreamed(issue: StreamedIssue, state: StreamState, spec: RenderSpec): Rendered {
  const cuts: CellCut[] = [];
  const make = (): Iterable<string> => {
    if (spec.format === 'ndjson') return issueNdjsonPieces(issue);
    if (spec.format === 'csv') return issueCsvPieces(issue, { header: spec.mode === 'file', bom: spec.mode === 'file' }, cuts);
    if (spec.format === 'json') return spec.mode === 'element' ? issueJsonPieces(issue, '  ') : issueJsonPieces(issue);
    throw new Error(`a streamed issue cannot be rendered as ${spec.format}`);
  };
  const pieces = new RenderedPieces(make);
  const file = spec.mode === 'file';
  return {
    text: pieces,
    get textSha256() {
      return file ? pieces.sha256 : '';
    },
    get warnings() {
      const lost = spec.format === 'csv' ? unassignedRowsMessage(state.articles, issue.unassigned) : null;
      return [...cuts.map(cellCutMessage), ...(lost ? [lost] : [])];
    },
    inputSha256: issue.source.sha256,
    get articles() {
      return state.articles;
    },
    get unassigned() {
      return issue.unassigned.length;
    },
    get furniture() {
      return issue.furniture.length;
    },
    streamed: true,
  };
}

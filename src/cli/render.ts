/**
 * Turning one parsed issue into the bytes of its output, where it was parsed (in a worker thread
 * for `--jobs N`, so serialization runs in parallel too and only a string crosses threads).
 *
 * Modes: `file` is a file of its own (`--out-dir`: JSON object, NDJSON lines, CSV with BOM and
 * header); `single` is the one issue of a single-input run on standard output or `-o` (JSON object,
 * NDJSON lines, CSV rows without header: the writer adds BOM and header); `element` is one issue of
 * a several-input stream (a JSON array element indented as `issuesToJson` prints it, NDJSON lines,
 * CSV rows). Streaming the pieces of a run gives exactly the bytes the whole-array serializers give.
 */
import { cellCutMessage, cellCuts, CSV_COLUMNS, issuesToCsv, tableToCsv } from '../output/csv.js';
import { issueToJson } from '../output/json.js';
import { issueToNdjson } from '../output/ndjson.js';
import type { Issue } from '../types.js';
import { sha256 } from './resume.js';

/** Output formats of `parse`. */
export const PARSE_FORMATS = ['json', 'ndjson', 'csv', 'xlsx'] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

/** What to render one issue as. */
export interface RenderSpec {
  format: ParseFormat;
  mode: 'file' | 'single' | 'element';
}

/** One rendered issue, with the facts the writer needs about it. */
export interface Rendered {
  text: string | Uint8Array;
  /** Warnings about the output (CSV/xlsx cells cut to what a spreadsheet holds), without the `bulletin: <file>: ` prefix. */
  warnings: string[];
  /** sha256 of the text's UTF-8 bytes (mode `file`, for the resume journal), else ''. */
  textSha256: string;
  /** sha256 of the input's bytes. */
  inputSha256: string;
  articles: number;
  unassigned: number;
}

/** Serializes one issue for a file of its own (`--out-dir`). CSV gets a BOM for Excel. */
export async function serializeOne(issue: Issue, format: ParseFormat): Promise<string | Uint8Array> {
  if (format === 'json') return issueToJson(issue);
  if (format === 'ndjson') return issueToNdjson(issue);
  if (format === 'xlsx') return (await import('../output/xlsx.js')).issuesToXlsx([issue]);
  return issuesToCsv([issue], { bom: true });
}

/**
 * Renders `issue` as `spec` says (module doc). An xlsx workbook is rendered only as a file of its
 * own (`--out-dir`); several issues in one workbook are written by the CLI from the issues.
 */
export async function renderIssue(issue: Issue, spec: RenderSpec): Promise<Rendered> {
  let text: string | Uint8Array;
  if (spec.mode === 'file') text = await serializeOne(issue, spec.format);
  else if (spec.format === 'ndjson') text = issueToNdjson(issue);
  else if (spec.format === 'csv') text = issuesToCsv([issue], { header: false });
  else if (spec.mode === 'single') text = issueToJson(issue);
  else text = `  ${issueToJson(issue).trimEnd().replace(/\n/g, '\n  ')}`;
  const warnings =
    spec.format === 'csv' || spec.format === 'xlsx'
      ? cellCuts(issue, spec.format === 'csv').map(cellCutMessage)
      : [];
  return {
    text,
    warnings,
    textSha256: spec.mode === 'file' ? sha256(text) : '',
    inputSha256: issue.source.sha256,
    articles: issue.articles.length,
    unassigned: issue.unassigned.length,
  };
}

/** The CSV header line (with BOM when asked), written once before the rows of a stream. */
export function csvHeader(bom: boolean): string {
  return tableToCsv(CSV_COLUMNS, [], { bom });
}

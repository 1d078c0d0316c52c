/**
 * `bulletin parse --records`: a filter for cluster tools (GNU parallel `--pipe`, Hadoop Streaming,
 * Spark's `RDD.pipe`). Standard input is NDJSON, one record per line:
 *
 *     {"id": "2023-05-30/p2", "path": "nt20230530_2.txt", "text": "…"}    text as UTF-8
 *     {"id": 17, "base64": "…"}                                           raw bytes, any encoding
 *
 * `id` (string or number) is required and echoed exactly as given: a number is echoed as its own
 * token (`12345678901234567891`, `1.0`, `1e400` stay as written; a JavaScript number would change
 * ids above 2^53, database bigints and snowflake ids); `path` (optional) is used as the file name
 * (issue date from it, format from its extension) and written as `source.path`; exactly one of
 * `text` and `base64` holds the issue. Standard output gets one line per record, in input order:
 *
 *     {"id": …, "ok": true, "issue": {…the Issue, as `parse --format json` writes it…}}
 *     {"id": …, "ok": false, "error": {"code": "records/bad-json", "message": "…"}}
 *
 * A bad record gives its error line (and one line on standard error) and the rest go on. Blank
 * lines are skipped. Records are parsed in this process one after the other, so the dictionary is
 * loaded once per process; spread the work by running several processes.
 *
 * Exit code: the highest of: 0; 1 a record gave no article (its issue is still written); 4 a
 * record was bad or refused (not JSON, no id, no text, empty, binary); 5 standard output failed;
 * 70 a bug.
 */
import { createInterface } from 'node:readline';
import { EXIT, ExitCodes, UsageError } from '../errors.js';
import { orderIssue } from '../output/json.js';
import { noArticleText } from '../validate.js';
import type { ParseOptions } from '../types.js';
import type { ParseCommandOptions } from './commands/parse.js';
import { reportFailure, write, type Io } from './io.js';
import { MAX_INPUT_BYTES, parseBytes, parseOptionsOf } from './parse-input.js';
import { writeStdout } from './write.js';

/** One input record as read (after checking). */
export interface InputRecord {
  id: string | number;
  /** The id as the result line echoes it: a number's token as given, a string as JSON. */
  idJson: string;
  path: string | null;
  bytes: Uint8Array;
}

/** A record that could not be read: its id when known, a stable `records/…` code and a message. */
export interface RecordError {
  id: string | number | null;
  /** The id as echoed (see InputRecord), or `null` when there is none. */
  idJson?: string;
  code: string;
  message: string;
}

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Index just past the JSON string that starts (with its quote) at `i` of valid JSON `text`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; ; ) {
    const q = text.indexOf('"', j);
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** Index just past the JSON value that starts at `i` (no leading space) of valid JSON `text`. */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c !== '{' && c !== '[') {
    const m = /[^\s,\]}]+/y;
    m.lastIndex = i;
    m.test(text);
    return m.lastIndex;
  }
  let depth = 0;
  for (let j = i; j < text.length; j += 1) {
    const d = text[j];
    if (d === '"') j = stringEnd(text, j) - 1;
    else if (d === '{' || d === '[') depth += 1;
    else if (d === '}' || d === ']') {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}

/**
 * The source text of the value of the top-level member `key` of the JSON object `text` (already
 * checked by JSON.parse), the last one when it is given twice (as JSON.parse takes); undefined when absent.
 * Reads a number's token as written: JSON.parse turns 12345678901234567891 into 12345678901234567000.
 */
export function rawMember(text: string, key: string): string | undefined {
  const space = /\s*/y;
  const skip = (i: number): number => {
    space.lastIndex = i;
    space.test(text);
    return space.lastIndex;
  };
  let found: string | undefined;
  let i = skip(0) + 1; // past {
  for (;;) {
    i = skip(i);
    if (text[i] !== '"') return found;
    const keyEnd = stringEnd(text, i);
    const name = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skip(skip(keyEnd) + 1); // past :
    const end = valueEnd(text, i);
    if (name === key) found = text.slice(i, end);
    i = skip(end);
    if (text[i] !== ',') return found;
    i += 1;
  }
}

/** Checks one NDJSON line and returns the record or why it is bad. Never throws. */
export function readRecord(line: string): InputRecord | RecordError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: null, code: 'records/bad-json', message: `not a JSON record: ${(err as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, code: 'records/bad-json', message: 'a record is a JSON object {id, path?, text | base64}' };
  }
  const r = value as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
  if (id === null) return { id: null, code: 'records/no-id', message: 'the record has no id (a string or number)' };
  // a number is echoed as its token: a double would alter ids above 2^53
  const idJson = typeof id === 'number' ? (rawMember(line, 'id') ?? JSON.stringify(id)) : JSON.stringify(id);
  return checkRecord(r, id, idJson);
}

/** The rest of {@link readRecord}: path, text or base64, size. */
function checkRecord(r: Record<string, unknown>, id: string | number, idJson: string): InputRecord | RecordError {
  if (r.path !== undefined && r.path !== null && typeof r.path !== 'string') {
    return { id, idJson, code: 'records/bad-path', message: 'path must be a string' };
  }
  const hasText = typeof r.text === 'string';
  const hasBase64 = typeof r.base64 === 'string';
  if (hasText === hasBase64) {
    return { id, idJson, code: 'records/no-content', message: 'a record holds exactly one of text (a string) and base64' };
  }
  let bytes: Uint8Array;
  if (hasText) bytes = Buffer.from(r.text as string, 'utf8');
  else {
    const b64 = (r.base64 as string).replace(/\s+/g, '');
    if (!BASE64_RE.test(b64) || b64.length % 4 === 1) return { id, idJson, code: 'records/bad-base64', message: 'base64 is not valid base64' };
    bytes = Buffer.from(b64, 'base64');
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    return { id, idJson, code: 'input/too-large', message: `too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})` };
  }
  return { id, idJson, path: typeof r.path === 'string' ? r.path : null, bytes };
}

/** The result line of a record that failed. */
function errorLine(e: RecordError): string {
  return resultLine(e.idJson ?? 'null', { ok: false, error: { code: e.code, message: e.message } });
}

/** A result line: the id echoed as given (`idJson`), then the other members. */
function resultLine(idJson: string, rest: object): string {
  return `{"id":${idJson},${JSON.stringify(rest).slice(1)}\n`;
}

/** `record 3 (id "a")` for messages. */
function label(n: number, idJson: string | undefined): string {
  return idJson === undefined ? `record ${n}` : `record ${n} (id ${idJson})`;
}

/** Runs `parse --records`; resolves to the exit code. */
export async function recordsCommand(args: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  if (args.length > 0) throw new UsageError('--records reads records from standard input; give no inputs');
  if (opts.output || opts.outDir) throw new UsageError('--records writes its result lines to standard output; -o and --out-dir do not apply');
  if (opts.format !== 'json') throw new UsageError('--records writes NDJSON result lines; --format does not apply');
  // The same parse options as a file batch (commands/parse.ts): --input-format and --user-dict apply to every record.
  const options: ParseOptions = { ...parseOptionsOf(opts), entities: opts.entities };
  const codes = new ExitCodes();
  let n = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    n += 1;
    const rec = readRecord(line);
    if (!('bytes' in rec)) {
      await reportFailure(io, label(n, rec.idJson), rec.message);
      codes.push(EXIT.BAD_INPUT);
      await writeStdout(io, errorLine(rec));
      continue;
    }
    const outcome = parseBytes(rec.bytes, rec.path ?? '', options);
    if (!outcome.ok) {
      const f = outcome.failure;
      await reportFailure(io, label(n, rec.idJson), f.message);
      if (f.stack && io.env.BULLETIN_DEBUG) await write(io.stderr, `${f.stack}\n`);
      codes.push(f.exitCode);
      await writeStdout(io, errorLine({ id: rec.id, idJson: rec.idJson, code: f.code, message: f.message }));
      continue;
    }
    const issue = outcome.issue;
    issue.source.path = rec.path;
    if (issue.articles.length === 0) {
      await reportFailure(io, label(n, rec.idJson), noArticleText(issue.unassigned.length, issue.furniture.length));
      codes.push(EXIT.INVALID);
    }
    await writeStdout(io, resultLine(rec.idJson, { ok: true, issue: orderIssue(issue) }));
  }
  return codes.value;
}

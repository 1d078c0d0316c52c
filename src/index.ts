/**
 * The library API: `parseIssue(bytes | text, options) → Issue`. (Skeleton; the parse issue fills it.)
 */
import { createHash } from 'node:crypto';
import { decode } from './stages/decode.js';
import { normalize } from './stages/normalize.js';
import { SCHEMA_VERSION, type Issue, type ParseOptions } from './types.js';

export * from './types.js';

/** Parses one issue. Throws `InputError` for input that is not usable text. */
export function parseIssue(input: Uint8Array | string, options: ParseOptions = {}): Issue {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const decoded = typeof input === 'string'
    ? { text: input, encoding: 'utf-8', confidence: 1, diagnostics: [] }
    : decode(bytes, { encoding: options.encoding });
  const norm = normalize(decoded.text);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? null,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: decoded.encoding,
      encodingConfidence: decoded.confidence,
      format: 'text',
    },
    issue: { date: options.issueDate ?? null, year: null, yearSource: null },
    articles: [],
    furniture: [],
    unassigned: norm.lines.filter((l) => l.text.trim()).map((l) => ({ text: l.text, lines: [l.line, l.line] })),
    diagnostics: [...decoded.diagnostics, ...norm.diagnostics],
  };
}

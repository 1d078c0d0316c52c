/**
 * The output contract (schema version 1, README "Output fields") as a JSON Schema (draft 2020-12).
 *
 * This module is the single source of the schema: `npm run build` writes it to
 * `schema/issue.schema.json` (scripts/build-schema.mjs, shipped in the package), `bulletin schema`
 * prints it, and the tests validate real output against it with ajv's 2020-12 build. Objects are
 * closed (`additionalProperties: false`): a new field is a contract change and is added here first.
 */

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const strList = { type: 'array', items: str } as const;
const count = { type: 'integer', minimum: 0 } as const;
const lineNo = { type: 'integer', minimum: 1 } as const;
const lineRange = { type: 'array', items: lineNo, minItems: 2, maxItems: 2 } as const;
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

function closed(properties: Record<string, unknown>, required: string[] = Object.keys(properties)) {
  return { type: 'object', properties, required, additionalProperties: false } as const;
}

const namedEntity = closed({ name: str, mentions: count });

const articleFields = {
  id: str,
  kind: { enum: ['article', 'photo', 'brief'] },
  kicker: strOrNull,
  title: str,
  subtitles: strList,
  crossheads: { type: 'array', items: closed({ text: str, paragraph: { type: 'integer', minimum: 0 } }) },
  dateline: strOrNull,
  bylines: strList,
  credits: { type: 'array', items: closed({ name: str, role: str }) },
  creditLines: strList,
  date: {
    oneOf: [
      { type: 'null' },
      closed({
        text: str,
        iso: { oneOf: [{ type: 'null' }, isoDay] },
        end: { oneOf: [{ type: 'null' }, isoDay] },
        precision: { enum: ['day', 'week', 'xun', 'month', 'quarter', 'season', 'year'] },
        inferred: strList,
      }),
    ],
  },
  leaders: { type: 'array', items: closed({ name: str, titles: strList, mentions: count }) },
  people: { type: 'array', items: closed({ name: str, roles: strList, mentions: count }) },
  places: { type: 'array', items: namedEntity },
  organizations: { type: 'array', items: namedEntity },
  keywords: strList,
  paragraphs: strList,
  body: str,
  lines: lineRange,
  spans: { type: 'array', items: lineRange },
  joins: {
    type: 'array',
    items: closed({ line: lineNo, kind: { enum: ['word', 'wrap', 'page', 'jump', 'continuation'] } }),
  },
};

/** `[x0, y0, x1, y1]` in pixels of the page image. */
const bbox = { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 } as const;

/** JSON Schema of one article. `paragraphLayout` and `ocrConfidence` are present only for hOCR/ALTO with coordinates. */
export const articleSchema = closed(
  {
    ...articleFields,
    paragraphLayout: { type: 'array', items: { oneOf: [{ type: 'null' }, closed({ page: { type: 'integer', minimum: 1 }, bbox })] } },
    ocrConfidence: { type: 'number', minimum: 0, maximum: 1 },
  },
  Object.keys(articleFields),
);

/** JSON Schema of one issue (what `bulletin parse --format json` writes per input). */
export const issueSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://bulletin.invalid/schema/issue.schema.json',
  title: 'bulletin issue, schema version 1',
  ...closed({
    schemaVersion: { const: 1 },
    source: closed({
      path: strOrNull,
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      bytes: count,
      encoding: str,
      encodingConfidence: { type: 'number', minimum: 0, maximum: 1 },
      format: { enum: ['text', 'html', 'hocr', 'alto'] },
    }),
    issue: closed({
      date: { oneOf: [{ type: 'null' }, isoDay] },
      year: { type: ['integer', 'null'] },
      yearSource: { enum: ['option', 'filename', 'masthead', 'text', null] },
    }),
    articles: { type: 'array', items: articleSchema },
    furniture: {
      type: 'array',
      items: closed({ text: str, line: lineNo, kind: { enum: ['running-head', 'folio', 'editor', 'jump', 'section', 'masthead', 'colophon', 'noise'] } }),
    },
    unassigned: { type: 'array', items: closed({ text: str, lines: lineRange }) },
    diagnostics: {
      type: 'array',
      items: closed({
        severity: { enum: ['error', 'warning', 'info'] },
        code: { type: 'string', pattern: '^[a-z0-9-]+/[a-z0-9-]+$' },
        message: str,
        line: { oneOf: [{ type: 'null' }, lineNo] },
        column: { oneOf: [{ type: 'null' }, lineNo] },
      }),
    },
  }),
};

/** Where the generated schema file lives, relative to the package root. */
export const SCHEMA_FILE = 'schema/issue.schema.json';

/**
 * The issue schema as the text of `schema/issue.schema.json` and of `bulletin schema`: JSON with
 * two-space indentation and a final newline.
 */
export function issueSchemaText(): string {
  return `${JSON.stringify(issueSchema, null, 2)}\n`;
}

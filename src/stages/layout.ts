/**
 * The layout stages before structure: bytes ─decode─▶ text ─markup─▶ text ─normalize─▶ lines
 * ─splitBlocks─▶ blocks ─rejoin─▶ blocks. Shared by `parseIssue` and by fitting (structure/fit.ts).
 */
import { InputError } from '../errors.js';
import { decode } from './decode.js';
import { normalize } from './normalize.js';
import { splitBlocks } from './split-blocks.js';
import { rejoin } from './rejoin.js';
import { layoutMarkup, sniffFormat } from '../input/markup.js';
import type { Segmenter } from '../nlp/jieba.js';
import type { Block, Diagnostic, InputFormat, LineGeometry, ParseOptions, SourceLine } from '../types.js';

/** What the layout stages produce for one input. */
export interface Layout {
  decoded: { text: string; encoding: string; confidence: number; diagnostics: Diagnostic[] };
  format: InputFormat;
  lines: SourceLine[];
  normDiagnostics: Diagnostic[];
  blocks: Block[];
  /** hOCR/ALTO with coordinates: the geometry of each line of the laid-out text (index = line - 1); else empty. */
  geometry: (LineGeometry | null)[];
  /** Diagnostics of the markup layout (`markup/truncated`, `markup/spanning-line`). */
  markupDiagnostics: Diagnostic[];
}

/**
 * An input handed to a parse that may let go of it once decoded (`take`), so that when nothing else
 * holds the raw bytes (the CLI reads a file only to parse it) they are not held through the rest
 * of the parse: a 40 MB file's 40 MB (issue 10).
 */
export class HeldInput {
  private input: Uint8Array | string | null;
  constructor(input: Uint8Array | string) {
    this.input = input;
  }

  /** The input, left held. @throws Error once taken. */
  peek(): Uint8Array | string {
    if (this.input === null) throw new Error('HeldInput: the input was taken');
    return this.input;
  }

  /** The input, no longer held by this holder. @throws Error once taken. */
  take(): Uint8Array | string {
    const input = this.peek();
    this.input = null;
    return input;
  }
}

/**
 * An input already decoded (`decodeInput`), handed to a parse that takes it once (as a
 * {@link HeldInput} is taken), so that the parse's frames do not hold its text past the layout.
 */
export class DecodedInput {
  private decoded: Layout['decoded'] | null;
  constructor(decoded: Layout['decoded']) {
    this.decoded = decoded;
  }

  /** The decoded input, no longer held by this holder. @throws Error once taken. */
  take(): Layout['decoded'] {
    if (this.decoded === null) throw new Error('DecodedInput: the input was taken');
    const d = this.decoded;
    this.decoded = null;
    return d;
  }
}

/**
 * The decoded text of an input (taken out of its holder: no frame of the layout holds the bytes).
 * Throws what `decode` throws (InputError).
 */
export function decodeInput(held: Uint8Array | string | HeldInput | DecodedInput, options: ParseOptions): Layout['decoded'] {
  if (held instanceof DecodedInput) return held.take();
  const input = held instanceof HeldInput ? held.take() : held;
  return typeof input === 'string'
    ? { text: input.replace(/^\uFEFF/u, ''), encoding: 'utf-8', confidence: 1, diagnostics: [] as Diagnostic[] }
    : decode(input, { encoding: options.encoding, force: options.forceEncoding });
}

/**
 * Runs decode, markup, normalize, splitBlocks and rejoin. Throws what `decode` throws
 * (InputError). A {@link HeldInput} is taken (emptied) once decoded. `firstLine`: the number of the
 * input's first line (a window of a larger text, numbered as in the whole; plain text only).
 */
export function layoutBlocks(input: Uint8Array | string | HeldInput | DecodedInput, options: ParseOptions, seg: Segmenter, firstLine = 1): Layout {
  const decoded = decodeInput(input, options);
  const format = options.format ?? sniffFormat(decoded.text, options.path);
  if (format === 'text' && firstLine === 1) refuseJson(decoded.text);
  const laid = layoutMarkup(decoded.text, format);
  const norm = normalize(laid.text, firstLine);
  if (laid.geometry.length) {
    // Lines of hOCR/ALTO carry where they were printed, and their relative type size.
    for (const l of norm.lines) {
      const g = laid.geometry[l.line - 1];
      if (!g) continue;
      l.geometry = g;
      if (g.size !== null) l.size = g.size;
    }
  }
  const blocks = rejoin(splitBlocks(norm.lines), seg);
  return {
    decoded,
    format,
    lines: norm.lines,
    normDiagnostics: norm.diagnostics,
    blocks,
    geometry: laid.geometry,
    markupDiagnostics: laid.diagnostics,
  };
}

/** How many lines of a text opening with `{` are tried as JSON Lines (`refuseJson`). */
const JSON_LINES_PROBE = 20;

/**
 * Refuses a text that is JSON or JSON Lines as a whole (most often bulletin's own `parse` output,
 * given back to `parse` or `validate` by mistake): no page of a newspaper is one JSON value, and
 * read as OCR text it would come out as hundreds of noise lines. Only a text whose first
 * non-blank character is `{` or `[` is tried. @throws InputError `input/json` (exit 4).
 */
function refuseJson(text: string): void {
  const start = text.search(/\S/u);
  if (start < 0 || (text[start] !== '{' && text[start] !== '[')) return;
  const what = (v: unknown): string =>
    v !== null && typeof v === 'object' && 'schemaVersion' in v && 'articles' in v ? "bulletin's own JSON output" : 'JSON';
  try {
    const v: unknown = JSON.parse(text);
    if (v !== null && typeof v === 'object') throw new InputError('input/json', `is ${what(v)}, not the text of an issue: give the source text it was made from`);
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const probe = lines.slice(0, JSON_LINES_PROBE);
  if (lines.length < 2 || !probe.every((l) => /^\s*\{/u.test(l))) return;
  try {
    for (const l of probe) JSON.parse(l);
  } catch {
    return;
  }
  throw new InputError('input/json', 'is JSON Lines (bulletin\'s NDJSON output?), not the text of an issue: give the source text it was made from');
}

/**
 * The layout stages before structure: bytes ─decode─▶ text ─markup─▶ text ─normalize─▶ lines
 * ─splitBlocks─▶ blocks ─rejoin─▶ blocks. Shared by `parseIssue` and by fitting (structure/fit.ts).
 */
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

/** Runs decode, markup, normalize, splitBlocks and rejoin. Throws what `decode` throws (InputError). */
export function layoutBlocks(input: Uint8Array | string, options: ParseOptions, seg: Segmenter): Layout {
  const decoded =
    typeof input === 'string'
      ? { text: input.replace(/^\uFEFF/u, ''), encoding: 'utf-8', confidence: 1, diagnostics: [] as Diagnostic[] }
      : decode(input, { encoding: options.encoding });
  const format = options.format ?? sniffFormat(decoded.text, options.path);
  const laid = layoutMarkup(decoded.text, format);
  const norm = normalize(laid.text);
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

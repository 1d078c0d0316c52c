/** Stage 2: text → lines. (Placeholder: line ends only; the decoding issue completes it.) */
import type { Diagnostic, SourceLine } from '../types.js';

/** The normalised text split into numbered lines. */
export interface Normalized {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

/** Normalises line ends and splits into 1-based numbered lines. */
export function normalize(text: string): Normalized {
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ line: i + 1, text: t }));
  return { lines, diagnostics: [] };
}

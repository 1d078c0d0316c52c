/** Stage 1: bytes → text. (Placeholder: UTF-8 only; the decoding issue replaces it.) */
import type { Diagnostic } from '../types.js';

/** The decoded text with the encoding used and the detector's confidence (0..1). */
export interface Decoded {
  text: string;
  encoding: string;
  confidence: number;
  diagnostics: Diagnostic[];
}

/** Decodes raw input bytes. Throws `InputError` for input that is not text. */
export function decode(bytes: Uint8Array, _options: { encoding?: string | null } = {}): Decoded {
  let text = Buffer.from(bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: 'utf-8', confidence: 1, diagnostics: [] };
}

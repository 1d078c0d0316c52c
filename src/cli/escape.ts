/**
 * Showing file names and messages safely on a terminal: control characters (C0, DEL, C1, the line
 * and paragraph separators, bidirectional overrides) become visible escapes (`\n`, `\t`, `\x1b`,
 * `\u202e`), and the bytes of a file name that are not UTF-8 (a GBK name from a Chinese Windows
 * archive) become `\xNN`. A name holding a newline or ESC then prints as one harmless line.
 */
import type { FsPath } from './atomic.js';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Characters escaped by {@link escapeControls}. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `s` with every control character replaced by a visible escape (`\n`, `\x1b`, `\u202e`). */
export function escapeControls(s: string): string {
  return s.replace(CONTROL_RE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** Whether `bytes` are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The bytes of a name as text: valid UTF-8 sequences decoded, every other byte as `\xNN`. */
export function bytesToDisplay(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const dec = new TextDecoder('utf-8', { fatal: true });
  while (i < bytes.length) {
    const b = bytes[i];
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      try {
        out += dec.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch {
        // not a valid sequence: fall through to the byte escape
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i += 1;
  }
  return out;
}

/** A path for messages and `source.path`: bytes that are not UTF-8 as `\xNN`, control characters escaped. */
export function showPath(p: FsPath): string {
  return escapeControls(typeof p === 'string' ? p : bytesToDisplay(p));
}

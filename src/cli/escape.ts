/**
 * Showing file names and messages safely on a terminal: control characters (C0, DEL, C1, the line
 * and paragraph separators, bidirectional overrides) become visible escapes (`\n`, `\t`, `\x1b`,
 * `\u202e`), and the bytes of a file name that are not UTF-8 (a GBK name from a Chinese Windows
 * archive) become `\xNN`. A name holding a newline or ESC then prints as one harmless line. In a
 * name the backslash itself is shown as `\\`, so the shown form is never ambiguous (`a<LF>b.txt` is
 * `a\nb.txt`, a name printed `a\nb.txt` is `a\\nb.txt`; a GBK name is `\xb9\xab.txt`, the name
 * `\xb9\xab.txt` typed in ASCII is `\\xb9\\xab.txt`).
 */
import type { FsPath } from './atomic.js';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/** Characters escaped by {@link escapeControls}. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Characters escaped in a name ({@link escapeName}): the control characters and the backslash itself. */
// eslint-disable-next-line no-control-regex
const NAME_RE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The visible escape of one character: `\n`, `\\`, `\x1b`, `\u202e`. */
function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * `s` with every control character replaced by a visible escape (`\n`, `\x1b`, `\u202e`): for
 * message text (a title or line quoted from the input) printed on a terminal or into a CI log.
 * A backslash is left as it is, so a name already shown ({@link showPath}) passes unchanged: the
 * guard may be applied to a whole message line that holds names.
 */
export function escapeControls(s: string): string {
  return s.replace(CONTROL_RE, escapeChar);
}

/**
 * A file name (text) as shown: a backslash as `\\` and every control character escaped, so that each
 * shown form stands for one name (`a<LF>b.txt` is `a\nb.txt`, the name `a\nb.txt` is `a\\nb.txt`).
 */
export function escapeName(s: string): string {
  return s.replace(NAME_RE, escapeChar);
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

/**
 * The bytes of a name as shown: valid UTF-8 sequences decoded (a backslash and control characters
 * escaped as {@link escapeName} does), every other byte as `\xNN`. The one escaper of names: messages,
 * `source.path` and CSV's `file` column all show a name so, and two names never show alike.
 */
export function bytesToDisplay(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const dec = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  while (i < bytes.length) {
    const b = bytes[i];
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 0 && i + len <= bytes.length) {
      try {
        out += escapeName(dec.decode(bytes.subarray(i, i + len)));
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

/**
 * A path for messages, `source.path` and CSV's `file` column: bytes that are not UTF-8 as `\xNN`,
 * control characters escaped, a backslash as `\\` (bytesToDisplay). Apply it once, to the name as
 * read or given.
 */
export function showPath(p: FsPath): string {
  return typeof p === 'string' ? escapeName(p) : bytesToDisplay(p);
}

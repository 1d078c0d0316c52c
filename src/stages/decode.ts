/**
 * Stage 1: bytes → text.
 *
 * Order of decisions (first that applies wins):
 *
 * 1. Empty input (0 bytes) → `InputError('input/empty')`; input opening with the signature of a PDF,
 *    an image, an Office file or an archive (BINARY_SIGNATURES) → `InputError('input/binary')`.
 * 2. `options.encoding` (any name iconv-lite knows; unknown names → `InputError('input/unknown-encoding')`).
 *    GBK, GB2312, CP936 and EUC-CN are decoded as GB18030 (their superset).
 * 3. A byte order mark: EF BB BF → utf-8, FF FE → utf-16le, FE FF → utf-16be; believed when the
 *    bytes after it are text in that encoding (strict UTF-8; for UTF-16, whole code units that pass
 *    the fit test of step 6, `UTF16_MIN_FIT`), else the rest is detected as if there were no BOM,
 *    with a `decode/bom-mismatch` warning (and refused as the rest would be).
 * 4. NUL bytes: UTF-16 without BOM if the length is even, the code units look like text in one
 *    byte order (ASCII in UTF-16 puts NULs on one parity) and there is more evidence than a stray
 *    NUL (see `utf16ByNulPattern`); otherwise `InputError('input/binary')`.
 * 5. Strict UTF-8 (`TextDecoder` with `fatal: true`) → utf-8, unless more than
 *    {@link BINARY_CONTROL_RATIO} of the bytes are control bytes (not tab, LF, VT, FF, CR, ESC, SUB)
 *    → `InputError('input/binary')`.
 * 6. UTF-16 without BOM and without NULs (all-Han text, no ASCII at all): code units that look like
 *    text in one byte order. Then the control-byte check of step 5 (UTF-16 Han code units contain
 *    such bytes, so it must come after this step).
 * 7. Lines in two encodings (an issue put together from a UTF-8 and a GB18030 or Big5 source): when
 *    the lines that are not UTF-8 fit as GB18030 or Big5 and some valid UTF-8 lines read as more
 *    plausible Chinese in UTF-8 than in that encoding, by a character-frequency model over the full
 *    CJK range (see {@link decodeMixedLines}), each line is decoded in its own encoding, encoding
 *    `utf-8+gb18030` (or `utf-8+big5`), with a `decode/mixed-encoding` warning naming the lines.
 *    Checked before the lenient UTF-8 reading below, so such a file loses no line to U+FFFD.
 * 8. On a sample of the bytes (first 64 KiB plus four 16 KiB windows, so the cost stays linear on a
 *    50 MB file): a UTF-8 file with a few invalid bytes (short or long, see
 *    {@link UTF8_LENIENT_MIN_FIT}) is decoded as UTF-8 with U+FFFD and a warning; otherwise GB18030 versus Big5 by *fit* — the share of non-ASCII characters of each
 *    decoding that are level-1 Hanzi (GB 2312 level 1: 3,755 commonest simplified characters; Big5
 *    level 1: 5,401 commonest traditional characters; GB18030, which encodes both scripts, counts
 *    both, Big5 its own) or common CJK punctuation.
 *    Big5 bytes decode as GBK without error, but as kana, Greek, private-use and rare characters; GB
 *    bytes decode as Big5 largely into level-2 (rare) characters, so the right decoding fits far
 *    better (real issue as GB18030: 0.997 vs 0.45; handed Big5 case: 1.0 vs 0.24). jschardet breaks
 *    close calls and names a likely encoding in the error when nothing fits
 *    (`InputError('input/undecodable')`).
 * 9. Decoded text that is empty or only whitespace → `InputError('input/empty')`.
 *
 * Diagnostics (warnings, one per affected line, at most {@link MAX_LINE_DIAGNOSTICS} per kind plus
 * one summary): `decode/replacement-chars` for U+FFFD, `decode/private-use` for U+E000–U+F8FF.
 * Line numbers count LF, CRLF and lone CR as one break each, as `normalize` does.
 */
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../types.js';
import { textCoster } from '../input/char-cost.js';
import { NATIONAL_SCRIPT_RE } from '../text.js';

/** The decoded text with the encoding used and the detector's confidence (0..1). */
export interface Decoded {
  /** The text, without a byte order mark; line ends as in the input. */
  text: string;
  /**
   * utf-8, gb18030, big5, utf-16le or utf-16be, `utf-8+gb18030` / `utf-8+big5` for a file whose
   * lines are in two encodings, or the lower-cased name given in `options.encoding`.
   */
  encoding: string;
  /**
   * 1 for a BOM, strict UTF-8, or `options.encoding`; otherwise (UTF-16 or GB18030/Big5 found by
   * detection, UTF-8 with invalid bytes) the detector's score, 0..{@link MAX_DETECTED_CONFIDENCE}.
   */
  confidence: number;
  /**
   * Warnings about the decoded text (`decode/replacement-chars`, `decode/private-use`,
   * `decode/invalid-utf8`, `decode/mixed-encoding`).
   */
  diagnostics: Diagnostic[];
}

/** Options for {@link decode}. */
export interface DecodeOptions {
  /** Force this decoding (an iconv-lite name, case-insensitive), skipping detection. */
  encoding?: string | null;
  /**
   * Decode with `encoding` even when the text it gives is implausible (see
   * {@link forcedImplausibility}): a `decode/implausible-encoding` warning instead of
   * `InputError('input/wrong-encoding')`. The CLI's `--force`.
   */
  force?: boolean;
}

// ---- Heuristic thresholds -------------------------------------------------------------------------

/** Bytes decoded whole for detection when the input is at most this big; larger inputs are sampled. */
const SAMPLE_WHOLE_MAX = 256 * 1024;
/** Size of the head window of the detection sample. */
const SAMPLE_HEAD = 64 * 1024;
/** Size of each of the further windows (at 1/4, 1/2, 3/4 and the end of the input). */
const SAMPLE_WINDOW = 16 * 1024;
/** A sample with fewer non-ASCII bytes than this gets a window at the first non-ASCII byte. */
const SAMPLE_MIN_NON_ASCII = 64;
/** How far a window start may move to reach a line break (a safe character boundary in GB and Big5). */
const SAMPLE_ALIGN_MAX = 4 * 1024;

/**
 * Share of code units of a UTF-16 reading that must look like text (ASCII, CJK, CJK punctuation,
 * full-width forms, …). Tuned on: UTF-16 of the real issue (1.00) against its GB18030 and Big5 bytes
 * read as UTF-16 (0.2–0.35), and random bytes (about 0.3).
 */
const UTF16_MIN_FIT = 0.9;
/**
 * UTF-16 without BOM whose sample holds no line break (unit 0x000A) needs at least this share of
 * NUL bytes per code unit (that is, of ASCII characters), so that 8-bit text with a stray NUL is not
 * read as UTF-16. Tuned on: UTF-16 of the real issue (about 0.06 NULs per unit from digits and
 * line ends, always with line breaks) against short ASCII strings with one NUL.
 */
const UTF16_MIN_NUL_SHARE = 0.2;
/**
 * …or fewer than this share of its non-NUL bytes may be printable ASCII: Han code units have bytes
 * all over 0x00–0xFF (about 0.5 printable for text of the real issue), ASCII text is all printable.
 */
const UTF16_MAX_PRINTABLE_SHARE = 0.9;
/**
 * …and that share must be at least this many ASCII code units (NULs on the high-byte parity): in a
 * file of a few bytes one stray NUL is a quarter of the units, evidence of nothing (`abcd\0fg`);
 * `a\0b\0c\0` (abc in UTF-16LE) has three.
 */
const UTF16_MIN_ASCII_UNITS = 2;
/**
 * Share of control bytes (other than tab, LF, VT, FF, CR, ESC, SUB) above which a file without NULs
 * is binary. Random bytes have about 0.11; text has none or a stray few.
 */
const BINARY_CONTROL_RATIO = 0.05;
/**
 * Least fit (see module doc) the chosen of GB18030 and Big5 must reach. Tuned on: GB18030 of the real
 * issue (GB fit 0.98, Big5 fit 0.45), Big5 of traditional news text (Big5 fit 0.97, GB fit 0.25),
 * random high bytes (both under 0.35).
 */
const LEGACY_MIN_FIT = 0.6;
/**
 * Text with at most this many non-ASCII characters may fall below {@link LEGACY_MIN_FIT} and still be
 * decoded, if the decoding has no U+FFFD or private-use code points (a short title or name).
 */
const SHORT_TEXT_MAX_CHARS = 16;
/** Fits closer than this are a close call: jschardet's pick breaks the tie. */
const LEGACY_CLOSE_MARGIN = 0.1;
/** A fit margin of this size or more gives full confidence (confidence = fit × min(1, margin / this)). */
const LEGACY_CONFIDENT_MARGIN = 0.3;
/**
 * A file that is not strict UTF-8 is still read as UTF-8 (with U+FFFD and a warning) — a few damaged
 * bytes in a UTF-8 file — when it has at least {@link UTF8_LENIENT_MIN_VALID} validly decoded
 * non-ASCII characters, at least {@link UTF8_LENIENT_FLOOR_FIT} of its non-ASCII characters decode
 * validly, and either at least this share do or at most {@link UTF8_LENIENT_FEW_BAD} do not (so a
 * 60-character file with 4 bad bytes, fit 0.93, is read like a long file with the same 4 bad bytes).
 */
const UTF8_LENIENT_MIN_FIT = 0.97;
/**
 * Least share of validly decoded non-ASCII characters for any lenient UTF-8 reading. Tuned on
 * GB18030 and Big5 bytes read as UTF-8 (windows of the real issue and of traditional news text):
 * at most 0.48 for 20 characters, 0.32 for 60, 0.28 for 200, so 0.8 leaves a wide margin.
 */
const UTF8_LENIENT_FLOOR_FIT = 0.8;
/** Bad sequences (U+FFFD) a lenient UTF-8 reading may have whatever its fit (see {@link UTF8_LENIENT_MIN_FIT}). */
const UTF8_LENIENT_FEW_BAD = 8;
/** See {@link UTF8_LENIENT_MIN_FIT}. */
const UTF8_LENIENT_MIN_VALID = 16;
/**
 * A valid UTF-8 line of a file that is not all UTF-8 is read as UTF-8 when its UTF-8 text costs at
 * least this many nats less than its text in the file's legacy encoding (see src/input/char-cost.ts:
 * a likelihood ratio of e^3, 20 to 1). UTF-8 Han text read as GB18030 costs far more (今日岚溪 35
 * against 浠婃棩宀氭邯 71); GB18030 bytes that happen to be valid UTF-8 read as rare characters or
 * symbols, costlier than their GB18030 text.
 */
const MIXED_LINE_MIN_GAIN = 3;
/**
 * …and the file is read as lines in two encodings when its UTF-8 lines together gain at least this
 * many nats (one short masthead line in UTF-8, 今日岚溪, gains 36; a stray two-character sequence, a
 * few): e^12, about 160,000 to 1, against one encoding throughout.
 */
const MIXED_FILE_MIN_GAIN = 12;
/**
 * Characters that count as fitting in a forced decoding's plausibility (`forcedImplausibility`):
 * full-width forms (０７３６, ＡＢ, －), geometric shapes and dingbats that papers print before a
 * byline or item (□林望舒, ■, ◎, ★), enclosed and Roman numerals (①, Ⅱ), CJK and general punctuation
 * and vertical forms. They are outside the fit sets (tester3's literary page, Dec 2026).
 */
const NEUTRAL_SYMBOL_RE = /[\u2010-\u205e\u2160-\u217f\u2460-\u24ff\u2500-\u27bf\u3000-\u303f\ufe30-\ufe4f\uff01-\uff5e\uffe0-\uffe6]/u;

/**
 * Highest confidence a *detected* encoding reports (UTF-16 or GB18030/Big5 without BOM, UTF-8 with
 * invalid bytes): 1 is kept for a BOM, strict UTF-8 and `--encoding`, which are certain.
 */
export const MAX_DETECTED_CONFIDENCE = 0.99;
/** Per diagnostic kind, at most this many per-line diagnostics, then one summary diagnostic. */
export const MAX_LINE_DIAGNOSTICS = 20;

// ---- Public API -------------------------------------------------------------------------------------

/**
 * Decodes raw input bytes into text (see the module doc for the order of decisions).
 *
 * @param bytes the raw input.
 * @param options `encoding` forces a decoding.
 * @returns `{text, encoding, confidence, diagnostics}`; `text` has no BOM and keeps its line ends.
 * @throws InputError `input/empty`, `input/binary`, `input/undecodable`, `input/unknown-encoding`, or
 *   `input/wrong-encoding` (a given encoding whose text is implausible, unless `options.force`).
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError('input/empty', 'empty file');
  const format = binarySignature(bytes);
  if (format) throw new InputError('input/binary', `binary file: ${format} (its first bytes are that format's signature), not text`);
  const picked = options.encoding ? decodeForced(bytes, options.encoding) : detectAndDecode(bytes);
  if (isBlank(picked.text)) throw new InputError('input/empty', 'file holds only whitespace');
  if (options.encoding) {
    const wrong = forcedImplausibility(bytes, picked);
    if (wrong && !options.force) throw new InputError('input/wrong-encoding', `${wrong}: leave --encoding out or name the right one (--force reads it as ${picked.encoding} anyway)`);
    if (wrong) picked.diagnostics.push(diag('warning', 'decode/implausible-encoding', wrong, null, null));
  }
  return { ...picked, diagnostics: [...picked.diagnostics, ...scanDecodedText(picked.text)] };
}

/**
 * Signatures ("magic numbers") of the file formats an archive holds beside its OCR text and that a
 * misnamed or mis-saved file brings in as `.txt`: the scan (PDF, TIFF, JPEG, PNG, GIF, DjVu, JPEG
 * 2000, WebP), the word processor's or spreadsheet's file (ZIP: .docx, .xlsx, .odt, .epub; OLE2:
 * .doc, .xls, .wps) and the compressed archive (gzip, bzip2, xz, zstd, 7z, RAR). A file starting
 * with one is no text, whatever its bytes decode to: a PDF whose first kilobytes hold no NUL (the
 * header `%PDF-1.4` and its binary-comment line `%âãÏÓ`) decoded as GB18030 into a photo item titled
 * `%忏嫌` (tester28, Dec 2026). Each signature is its format's own opening bytes as its specification
 * gives them (ISO 32000 §7.5.2, the PNG, GIF, TIFF 6.0, JFIF, ZIP APPNOTE 4.3.7, OLE2 [MS-CFB], RFC
 * 1952, xz, zstd RFC 8878 and 7z/RAR headers), at least four bytes, none of which plain text opens
 * with (JPEG's FF D8 FF is no UTF-8, GB18030 or Big5 lead). Not a library: file-type 22 (measured
 * on the 247 fixture inputs, Dec 2026) called the UTF-16 fixture utf16-spaced.txt MPEG audio (`mp1`)
 * and hOCR/ALTO `xml`, and names a text opening with `BM`, `MZ` or `ID3` a bitmap, a program or MP3.
 */
const BINARY_SIGNATURES: readonly { name: string; bytes: readonly (number | null)[] }[] = [
  { name: 'a PDF document', bytes: [...'%PDF-'].map((c) => c.charCodeAt(0)) },
  { name: 'a ZIP archive (.docx, .xlsx, .odt, .epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an OLE2 compound file (.doc, .xls, .wps)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38, null, 0x61] },
  { name: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a DjVu document', bytes: [...'AT&TFORM'].map((c) => c.charCodeAt(0)) },
  { name: 'a JPEG 2000 image', bytes: [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20] },
  { name: 'a WebP image', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b, 0x08] },
  { name: 'a bzip2 archive', bytes: [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'a zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'a 7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
];

/**
 * The format whose signature `bytes` open with (BINARY_SIGNATURES: `a PDF document`, `a ZIP archive …`),
 * or null for none.
 */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (bytes.length < sig.bytes.length) continue;
    if (sig.bytes.every((b, k) => b === null || bytes[k] === b)) return sig.name;
  }
  return null;
}

/**
 * The canonical name bulletin reports for an iconv-lite encoding name: utf-8, gb18030 (also for
 * GBK, GB2312, CP936, EUC-CN), big5 (also CP950, Big5-HKSCS), utf-16le, utf-16be; other names
 * lower-cased. Returns null for a name iconv-lite does not know.
 */
export function canonicalEncoding(name: string): string | null {
  if (!iconv.encodingExists(name)) return null;
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === 'utf8') return 'utf-8';
  if (['gb18030', 'gbk', 'gb2312', 'cp936', 'euccn', 'windows936', 'ms936', 'xgbk', 'chinese'].includes(key)) return 'gb18030';
  if (['big5', 'cp950', 'big5hkscs', 'windows950', 'ms950', 'cnbig5', 'csbig5', 'xxbig5'].includes(key)) return 'big5';
  if (['utf16le', 'ucs2', 'ucs2le', 'utf16'].includes(key)) return 'utf-16le';
  if (['utf16be', 'ucs2be'].includes(key)) return 'utf-16be';
  return name.toLowerCase();
}


/**
 * Least share of the non-ASCII characters of a text decoded with a *given* encoding (`--encoding`)
 * that must be common Chinese characters or punctuation (the fit sets: GB 2312 level 1 for a GB
 * decoding, Big5 level 1 for Big5, either for UTF-8/UTF-16), U+FFFD counting against it, for the
 * decoding to be believed. Measured on tester7's pages (Dec 2026): right decodings fit 0.96–1.0;
 * GB18030 bytes read as Big5 0.27 (2 U+FFFD in 60 lines: the replacement check alone saw nothing),
 * Big5 read as GB18030 0.15, UTF-8 read as Big5 0.13. A text of mostly rare characters printed on
 * purpose (a 古籍 page in level-2 characters) fits above 0.5 in its own encoding.
 */
const FORCED_MIN_FIT = 0.5;
/** A forced decoding with at most this many non-ASCII characters is not judged (a name, a title). */
const FORCED_MIN_CHARS = 40;
/**
 * A UTF-16 byte-order mark's text is judged by FORCED_MIN_FIT (`commonShare`) from this many
 * non-ASCII characters: a BOM says the encoding as `--encoding` does, but a file may be short (a
 * title, a line). Four: FF FE before 12 bytes of garbage gave 能₁牢歯湥 and a Hangul syllable, two of
 * the five common (tester15, Dec 2026); random UTF-16 units outside the national scripts are common
 * Chinese about one time in eight, a headline of four characters nearly always.
 */
const BOM_MIN_JUDGED = 4;

/**
 * Of the non-ASCII characters of `text` (whitespace and the letters of a national script of China
 * aside: text.ts NATIONAL_SCRIPT_RE, a bilingual page's Tibetan, Uyghur or Korean, which these sets
 * do not judge), how many and what share are common Chinese characters (GB 2312 or Big5 level 1)
 * or neutral symbols and punctuation (NEUTRAL_SYMBOL_RE). U+FFFD counts against.
 */
function commonShare(text: string): { nonAscii: number; share: number } {
  const sets = fitSets();
  let nonAscii = 0;
  let hits = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || /\s/u.test(ch) || NATIONAL_SCRIPT_RE.test(ch)) continue;
    nonAscii++;
    if (ch !== '\ufffd' && (sets.gb.has(ch) || sets.big5.has(ch) || NEUTRAL_SYMBOL_RE.test(ch))) hits++;
  }
  return { nonAscii, share: nonAscii ? hits / nonAscii : 1 };
}

/**
 * Why the decoding `--encoding` gave is implausible, as one sentence, or null when it is plausible:
 * the share of its non-ASCII characters that are common Chinese ones (U+FFFD and private-use code
 * points count as uncommon) is under {@link FORCED_MIN_FIT}; the sentence names the share, the
 * characters that did not decode, and what detection reads the bytes as (GB18030/Big5 fit, strict
 * UTF-8, jschardet's guess) when that fits better. Linear in the input (the fit of a decoding of a
 * sample: see `sampleBytes`).
 */
export function forcedImplausibility(bytes: Uint8Array, picked: { text: string; encoding: string }): string | null {
  if (picked.encoding.startsWith('utf-16') && picked.text.length < FORCED_MIN_CHARS) return null;
  const sets = fitSets();
  const sample = picked.text.length > SAMPLE_WHOLE_MAX ? picked.text.slice(0, SAMPLE_WHOLE_MAX) : picked.text;
  const set = picked.encoding === 'gb18030' ? sets.gb : picked.encoding === 'big5' ? sets.big5 : null;
  let nonAscii = 0;
  let hits = 0;
  let bad = 0;
  for (const ch of sample) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ch === '\ufffd') bad++;
    else if ((set ? set.has(ch) : sets.gb.has(ch) || sets.big5.has(ch)) || NEUTRAL_SYMBOL_RE.test(ch)) hits++;
  }
  if (nonAscii < FORCED_MIN_CHARS) return null;
  const share = hits / nonAscii;
  if (share >= FORCED_MIN_FIT) return null;
  let better = '';
  try {
    const detected = detectAndDecode(bytes.length > SAMPLE_WHOLE_MAX ? bytes.subarray(0, SAMPLE_WHOLE_MAX) : bytes);
    if (detected.encoding !== picked.encoding) better = `; detection reads the bytes as ${detected.encoding}`;
  } catch {
    const guess = jschardetGuess(bytes.length > SAMPLE_WHOLE_MAX ? bytes.subarray(0, SAMPLE_WHOLE_MAX) : bytes);
    if (guess && guess.confidence >= 0.5) better = `; jschardet reads the bytes as ${guess.encoding}`;
  }
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const undecoded = bad ? `, ${bad} (${pct(bad / nonAscii)}) did not decode (U+FFFD)` : '';
  return `--encoding ${picked.encoding} gives implausible text: ${pct(share)} of its ${nonAscii} non-ASCII characters are common Chinese characters or punctuation${undecoded}${better}`;
}

// ---- Forced and BOM decodings ----------------------------------------------------------------------

type Picked = Omit<Decoded, 'diagnostics'> & { diagnostics: Diagnostic[] };

function decodeForced(bytes: Uint8Array, name: string): Picked {
  const encoding = canonicalEncoding(name);
  if (encoding === null) {
    throw new InputError('input/unknown-encoding', `unknown encoding '${name}' (give a name such as utf-8, gb18030, big5, utf-16le)`);
  }
  if (!encoding.startsWith('utf-16') && indexOfByte(bytes, 0) >= 0) {
    throw new InputError('input/binary', `binary file: NUL byte at offset ${indexOfByte(bytes, 0)} (not ${encoding} text)`);
  }
  // 'utf16' (no endianness) lets iconv-lite sniff a BOM; report what it found.
  const useName = name.toLowerCase().replace(/[^a-z0-9]/g, '') === 'utf16' ? 'utf16' : encoding;
  const reported = useName === 'utf16' && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : encoding;
  return { text: iconvDecode(bytes, useName), encoding: reported, confidence: 1, diagnostics: [] };
}

/** Decodes with iconv-lite, which drops one leading BOM (U+FEFF) of any encoding. */
function iconvDecode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// ---- Detection ---------------------------------------------------------------------------------------

function detectAndDecode(bytes: Uint8Array): Picked {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-8') {
    const rest = bytes.subarray(3);
    const strictRest = tryStrictUtf8(rest);
    if (strictRest !== null) return { text: strictRest, encoding: 'utf-8', confidence: 1, diagnostics: [] };
    // A UTF-8 BOM over bytes that are not UTF-8 (an editor or tool put it before GB18030 text): the
    // BOM is not believed; the rest is detected like a file without one, and a warning says so.
    const picked = detectAndDecode(rest);
    if (picked.encoding === 'utf-8') return picked;
    const d = diag('warning', 'decode/bom-mismatch', `UTF-8 byte-order mark, but the text after it is ${picked.encoding.toUpperCase()}: read as ${picked.encoding.toUpperCase()}`, null, null);
    return { ...picked, diagnostics: [d, ...picked.diagnostics] };
  }
  if (bom) {
    // A UTF-16 byte-order mark is believed when the code units after it read as text by the test
    // UTF-16 without one must pass (utf16Fit at least UTF16_MIN_FIT; a script of China's
    // national languages counts too: a bilingual page), and the bytes after it are whole code units.
    // Bytes FF FE before anything else (garbage, a binary file) are not believed: the rest is
    // detected as if it had none (refused when undecodable), with a warning when it decodes.
    const rest = bytes.subarray(2);
    const le = bom === 'utf-16le';
    const fit = utf16Fit(sampleBytes(rest, 2), le, true);
    const text = iconvDecode(bytes, bom);
    const common = commonShare(text.length > SAMPLE_WHOLE_MAX ? text.slice(0, SAMPLE_WHOLE_MAX) : text);
    const commonOk = common.nonAscii < BOM_MIN_JUDGED || common.share >= FORCED_MIN_FIT;
    if (rest.length % 2 === 0 && fit >= UTF16_MIN_FIT && commonOk) return { text, encoding: bom, confidence: 1, diagnostics: [] };
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    const why =
      rest.length % 2
        ? `an odd number of bytes (${rest.length}) after it`
        : fit < UTF16_MIN_FIT
          ? `${pct(fit)} of its code units are plausible text`
          : `${pct(common.share)} of its ${common.nonAscii} non-ASCII characters are common Chinese characters or punctuation`;
    // blank after the mark: nothing, white space in the mark's own encoding, or single-byte white
    // space (a mark over a bare line end); control bytes such as 00 03 (U+0300 alone) are no blank
    const blankAfter = rest.length === 0 || isBlank(text.replace(/^\uFEFF/u, '')) || /^[\t\n\v\f\r ]*$/u.test(iconvDecode(rest, 'latin1'));
    if (blankAfter) throw new InputError('input/empty', 'file holds only a byte-order mark');
    const mismatch = `${bom.toUpperCase()} byte-order mark, but the text after it is not ${bom.toUpperCase()} (${why})`;
    let picked: Picked;
    try {
      picked = detectAndDecode(rest);
    } catch (e) {
      if (e instanceof InputError) throw new InputError(e.code, `${mismatch}; ${e.message}`);
      throw e;
    }
    const d = diag('warning', 'decode/bom-mismatch', `${mismatch}: read as ${picked.encoding.toUpperCase()}`, null, null);
    return { ...picked, confidence: Math.min(picked.confidence, MAX_DETECTED_CONFIDENCE), diagnostics: [d, ...picked.diagnostics] };
  }

  const stats = byteStats(bytes);
  if (stats.nulEven + stats.nulOdd > 0) {
    const utf16 = utf16ByNulPattern(bytes, stats);
    if (utf16) return utf16;
    throw new InputError('input/binary', `binary file: NUL byte at offset ${stats.firstNul}`);
  }
  const tooManyControls = stats.control / bytes.length > BINARY_CONTROL_RATIO;
  const binaryError = () => new InputError('input/binary', `binary file: ${stats.control} control bytes in ${bytes.length}`);

  const strict = tryStrictUtf8(bytes);
  if (strict !== null) {
    if (tooManyControls) throw binaryError();
    return { text: strict, encoding: 'utf-8', confidence: 1, diagnostics: [] };
  }

  // All-Han UTF-16 has no NULs. Its bytes read as GB18030 or Big5 fit badly; short GB18030 or Big5
  // text can look like UTF-16, so UTF-16 must fit better than both.
  const sample = withNonAsciiWindow(bytes, sampleBytes(bytes, 0));
  const fits = legacyFits(sample);
  if (bytes.length % 2 === 0) {
    const sample16 = sampleBytes(bytes, 2);
    const le = utf16Fit(sample16, true);
    const be = utf16Fit(sample16, false);
    const best = le >= be ? 'utf-16le' : 'utf-16be';
    const fit16 = Math.max(le, be);
    if (fit16 >= UTF16_MIN_FIT && fit16 > Math.max(fits.gb18030, fits.big5)) {
      return { text: iconvDecode(bytes, best), encoding: best, confidence: detectedConfidence(fit16), diagnostics: [] };
    }
  }

  // UTF-16 of Han text has control bytes, so this check comes after the UTF-16 one.
  if (tooManyControls) throw binaryError();

  const mixed = decodeMixedLines(bytes);
  if (mixed) return mixed;

  const utf8Lenient = lenientUtf8Fit(sample);
  if (
    utf8Lenient.valid >= UTF8_LENIENT_MIN_VALID &&
    utf8Lenient.fit >= UTF8_LENIENT_FLOOR_FIT &&
    (utf8Lenient.fit >= UTF8_LENIENT_MIN_FIT || utf8Lenient.bad <= UTF8_LENIENT_FEW_BAD)
  ) {
    const text = new TextDecoder('utf-8').decode(bytes);
    const d = diag('warning', 'decode/invalid-utf8', 'invalid UTF-8 bytes replaced by U+FFFD (file is otherwise UTF-8)', null, null);
    return { text, encoding: 'utf-8', confidence: detectedConfidence(utf8Lenient.fit), diagnostics: [d] };
  }

  const choice = chooseLegacy(sample, fits);
  if (choice === null) {
    const guess = jschardetGuess(sample);
    const firstBad = firstInvalidUtf8(bytes);
    throw new InputError(
      'input/undecodable',
      `undecodable: not UTF-8 (invalid byte 0x${bytes[firstBad].toString(16).padStart(2, '0')} at line ` +
        `${lineAtOffset(bytes, firstBad)}), GB18030, Big5 or UTF-16` +
        (guess ? ` (looks like ${guess.encoding}, confidence ${round2(guess.confidence)})` : '') +
        '; give the encoding with --encoding',
    );
  }
  return { text: iconvDecode(bytes, choice.encoding), encoding: choice.encoding, confidence: choice.confidence, diagnostics: [] };
}

/**
 * Reads a file whose lines are in two encodings. Each line (split at LF, its line end kept) that is
 * not valid UTF-8 is in the legacy encoding, GB18030 or Big5, whichever those lines fit better (see
 * {@link legacyFits}); a valid UTF-8 line holding non-ASCII bytes is UTF-8 when its UTF-8 text is
 * more plausible Chinese than its text in the legacy encoding by {@link MIXED_LINE_MIN_GAIN} (a
 * character-frequency model over the full CJK range: src/input/char-cost.ts), else legacy too.
 * Applies when the legacy lines fit by {@link LEGACY_MIN_FIT} and the UTF-8 lines gain
 * {@link MIXED_FILE_MIN_GAIN} in all; otherwise null (the file is one encoding, or undecodable).
 * Linear: one pass over the bytes to find the invalid lines, one to weigh the valid ones.
 *
 * @returns the decoding with one `decode/mixed-encoding` warning (line counts and the first line
 *   ranges of the legacy encoding), or null.
 */
function decodeMixedLines(bytes: Uint8Array): Picked | null {
  const sets = fitSets();
  const textCost = textCoster((ch) => sets.gb.has(ch) || sets.big5.has(ch));
  const utf8 = new TextDecoder('utf-8');
  const lineEnd = (start: number) => {
    const nl = bytes.indexOf(0x0a, start);
    return nl < 0 ? bytes.length : nl + 1;
  };
  // Pass 1: the lines that are not UTF-8 and their encoding.
  let legacyBytes = 0;
  for (let start = 0; start < bytes.length; ) {
    const end = lineEnd(start);
    if (hasHighByte(bytes, start, end) && !isValidUtf8(bytes, start, end)) legacyBytes += end - start;
    start = end;
  }
  if (legacyBytes === 0) return null;
  const legacy = new Uint8Array(legacyBytes);
  let at = 0;
  for (let start = 0; start < bytes.length; ) {
    const end = lineEnd(start);
    if (hasHighByte(bytes, start, end) && !isValidUtf8(bytes, start, end)) {
      legacy.set(bytes.subarray(start, end), at);
      at += end - start;
    }
    start = end;
  }
  const fits = legacyFits(legacy);
  const encoding: 'gb18030' | 'big5' = fits.gb18030 >= fits.big5 ? 'gb18030' : 'big5';
  const legacyFit = Math.max(fits.gb18030, fits.big5);
  if (legacyFit < LEGACY_MIN_FIT) return null;

  // Pass 2: each valid line with non-ASCII bytes, weighed in both encodings.
  const isUtf8: boolean[] = [];
  let gain = 0;
  for (let start = 0; start < bytes.length; ) {
    const end = lineEnd(start);
    let isUtf8Line = false;
    if (hasHighByte(bytes, start, end) && isValidUtf8(bytes, start, end)) {
      const chunk = bytes.subarray(start, end);
      const lineGain = textCost(iconvDecode(chunk, encoding)) - textCost(utf8.decode(chunk));
      if (lineGain >= MIXED_LINE_MIN_GAIN) {
        isUtf8Line = true;
        gain += lineGain;
      }
    }
    isUtf8.push(isUtf8Line);
    start = end;
  }
  if (gain < MIXED_FILE_MIN_GAIN) return null;

  const parts: string[] = [];
  const ranges: string[] = [];
  let utf8Lines = 0;
  let legacyLines = 0;
  let rangeStart = 0;
  let lastLegacy = 0;
  let line = 0;
  const closeRange = (last: number) => {
    if (rangeStart) ranges.push(rangeStart === last ? `${rangeStart}` : `${rangeStart}–${last}`);
    rangeStart = 0;
  };
  for (let start = 0; start < bytes.length; ) {
    const end = lineEnd(start);
    const chunk = bytes.subarray(start, end);
    line++;
    if (isUtf8[line - 1]) {
      parts.push(utf8.decode(chunk));
      utf8Lines++;
      closeRange(lastLegacy);
    } else {
      parts.push(iconvDecode(chunk, encoding));
      // ASCII lines (blank lines, `--`) read the same in both: they neither open nor close a range.
      if (hasHighByte(bytes, start, end)) {
        legacyLines++;
        if (!rangeStart) rangeStart = line;
        lastLegacy = line;
      }
    }
    start = end;
  }
  closeRange(lastLegacy);
  const shown = ranges.slice(0, MAX_LINE_DIAGNOSTICS).join(', ') + (ranges.length > MAX_LINE_DIAGNOSTICS ? ', …' : '');
  const d = diag(
    'warning',
    'decode/mixed-encoding',
    `lines in two encodings: ${utf8Lines} read as UTF-8, ${legacyLines} as ${encoding.toUpperCase()} (lines ${shown})`,
    null,
    null,
  );
  // As sure as the legacy lines' fit, and as the UTF-8 lines' evidence (1 at 12 nats and more).
  const confidence = detectedConfidence(Math.min(legacyFit, gain / MIXED_FILE_MIN_GAIN));
  return { text: parts.join(''), encoding: `utf-8+${encoding}`, confidence, diagnostics: [d] };
}

/** Whether bytes[start, end) holds a byte of 0x80 or more. */
function hasHighByte(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * Whether bytes[start, end) is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at
 * most U+10FFFF), checked byte by byte without decoding or exceptions. Linear.
 */
function isValidUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    if (i + n >= end) return false; // the sequence is cut by the end of the line
    const second = bytes[i + 1];
    if (second < lo || second > hi) return false;
    for (let k = 2; k <= n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += n + 1;
  }
  return true;
}

interface ByteStats {
  nulEven: number;
  nulOdd: number;
  firstNul: number;
  control: number;
}

/** One linear pass: NULs by parity and control bytes. */
function byteStats(bytes: Uint8Array): ByteStats {
  let nulEven = 0;
  let nulOdd = 0;
  let firstNul = -1;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0) {
      if (firstNul < 0) firstNul = i;
      if (i & 1) nulOdd++;
      else nulEven++;
    } else if (b === 0x7f || !(b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1a || b === 0x1b)) {
      control++;
    }
  }
  return { nulEven, nulOdd, firstNul, control };
}

function utf16ByNulPattern(bytes: Uint8Array, stats: ByteStats): Picked | null {
  if (bytes.length % 2 !== 0) return null;
  const sample = sampleBytes(bytes, 2);
  // ASCII in UTF-16LE is XX 00 (NULs at odd offsets), but Han code units such as U+8A00 put NULs on
  // the other side, so let the fit choose the byte order; the NUL majority breaks a tie.
  const leFit = utf16Fit(sample, true);
  const beFit = utf16Fit(sample, false);
  const le = leFit !== beFit ? leFit > beFit : stats.nulOdd >= stats.nulEven;
  const fit = le ? leFit : beFit;
  if (fit < UTF16_MIN_FIT) return null;
  // ASCII letters read as UTF-16 look like CJK, so ASCII text with a stray NUL can pass the fit: ask
  // for more evidence — a line break unit, enough ASCII, or bytes that are not all printable ASCII.
  const units = bytes.length >> 1;
  // ASCII's NULs are its high bytes: odd offsets in UTF-16LE, even in UTF-16BE. A stray NUL on
  // the other parity (abc\0def) is the low byte of a code unit, evidence of nothing.
  const asciiUnits = le ? stats.nulOdd : stats.nulEven;
  const evidence =
    hasUtf16Newline(sample, le) ||
    (asciiUnits >= UTF16_MIN_ASCII_UNITS && asciiUnits / units >= UTF16_MIN_NUL_SHARE) ||
    printableAsciiShare(sample) < UTF16_MAX_PRINTABLE_SHARE;
  if (!evidence) return null;
  const encoding = le ? 'utf-16le' : 'utf-16be';
  return { text: iconvDecode(bytes, encoding), encoding, confidence: detectedConfidence(fit), diagnostics: [] };
}

/** Share of the non-NUL bytes of the sample that are printable ASCII (or tab, LF, CR). */
function printableAsciiShare(sample: Uint8Array): number {
  let nonNul = 0;
  let printable = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) continue;
    nonNul++;
    if ((b >= 0x20 && b <= 0x7e) || b === 0x09 || b === 0x0a || b === 0x0d) printable++;
  }
  return nonNul ? printable / nonNul : 1;
}

function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the one byte-order mark of the input is dropped by the caller (bomEncoding); a
    // U+FEFF after it is text, kept (a UTF-8 BOM'd file that opens with a zero-width no-break space)
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A sample of the input for detection: the whole input when small, else the head window and four
 * windows at 1/4, 1/2, 3/4 and the end. `align` 0 aligns windows to just after a LF (a character
 * boundary in UTF-8, GB18030 and Big5); `align` 2 aligns them to even offsets (UTF-16).
 */
function sampleBytes(bytes: Uint8Array, align: 0 | 2): Uint8Array {
  if (bytes.length <= SAMPLE_WHOLE_MAX) return bytes;
  const starts = [0, bytes.length / 4, bytes.length / 2, (bytes.length * 3) / 4, bytes.length - SAMPLE_WINDOW].map(Math.floor);
  const parts: Uint8Array[] = [];
  starts.forEach((s, i) => {
    let start = s;
    let end = Math.min(bytes.length, s + (i === 0 ? SAMPLE_HEAD : SAMPLE_WINDOW));
    if (align === 2) {
      start -= start & 1;
      end -= (end - start) & 1;
    } else {
      if (start > 0) {
        const lf = indexOfByte(bytes, 0x0a, start, Math.min(end, start + SAMPLE_ALIGN_MAX));
        if (lf >= 0) start = lf + 1;
      }
      if (end < bytes.length) {
        const lf = bytes.subarray(start, end).lastIndexOf(0x0a);
        if (lf >= 0) end = start + lf + 1;
      }
    }
    parts.push(bytes.subarray(start, end));
  });
  return Buffer.concat(parts);
}

/**
 * When the sample holds fewer than {@link SAMPLE_MIN_NON_ASCII} non-ASCII bytes (an English header
 * before the Chinese text), adds a head-sized window starting at the line of the first non-ASCII
 * byte after the head window, so that detection sees the text it is about.
 */
function withNonAsciiWindow(bytes: Uint8Array, sample: Uint8Array): Uint8Array {
  if (sample.length === bytes.length) return sample;
  let nonAscii = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] >= 0x80) nonAscii++;
  if (nonAscii >= SAMPLE_MIN_NON_ASCII) return sample;
  let first = SAMPLE_HEAD;
  while (first < bytes.length && bytes[first] < 0x80) first++;
  if (first >= bytes.length) return sample;
  const lf = bytes.subarray(Math.max(0, first - SAMPLE_ALIGN_MAX), first).lastIndexOf(0x0a);
  const start = lf >= 0 ? Math.max(0, first - SAMPLE_ALIGN_MAX) + lf + 1 : first;
  return Buffer.concat([sample, Buffer.from([0x0a]), bytes.subarray(start, Math.min(bytes.length, start + SAMPLE_HEAD))]);
}

/** Share of UTF-16 code units in the sample that look like text in a Chinese newspaper. */
function utf16Fit(sample: Uint8Array, littleEndian: boolean, nationalScripts = false): number {
  const n = sample.length >> 1;
  if (n === 0) return 0;
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const u = littleEndian ? sample[2 * i] | (sample[2 * i + 1] << 8) : (sample[2 * i] << 8) | sample[2 * i + 1];
    if (isPlausibleUnit(u) || (nationalScripts && NATIONAL_SCRIPT_RE.test(String.fromCharCode(u)))) ok++;
  }
  return ok / n;
}

function isPlausibleUnit(u: number): boolean {
  return (
    u === 0x09 || u === 0x0a || u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x24f) || // Latin-1, Latin Extended (pinyin with tones)
    (u >= 0x2000 && u <= 0x27bf) || // punctuation, symbols, ①…
    (u >= 0x3000 && u <= 0x30ff) || // CJK punctuation, kana
    (u >= 0x3400 && u <= 0x4dbf) || // CJK Extension A (䶮)
    (u >= 0x4e00 && u <= 0x9fff) || // CJK Unified Ideographs
    (u >= 0xd800 && u <= 0xdfff) || // surrogates (Extension B and later)
    (u >= 0xfe30 && u <= 0xfe4f) || // CJK compatibility forms
    (u >= 0xff00 && u <= 0xffef) // full-width forms
  );
}

/** True when the sample holds a UTF-16 line feed unit in the given byte order. */
function hasUtf16Newline(sample: Uint8Array, littleEndian: boolean): boolean {
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (littleEndian ? sample[i] === 0x0a && sample[i + 1] === 0 : sample[i] === 0 && sample[i + 1] === 0x0a) return true;
  }
  return false;
}

/**
 * The sample read as (non-strict) UTF-8: `fit` the share of its non-ASCII characters that decode
 * validly, `valid` their number, `bad` the number of U+FFFD (one per maximal invalid sequence).
 */
function lenientUtf8Fit(sample: Uint8Array): { fit: number; valid: number; bad: number } {
  const text = new TextDecoder('utf-8').decode(sample);
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  return { fit: nonAscii ? (nonAscii - bad) / nonAscii : 0, valid: nonAscii - bad, bad };
}

/** CJK punctuation common in news text, counted as a fit in both GB18030 and Big5 decodings. */
const COMMON_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉「」『』【】…—·－～　';

let gbLevel1: Set<string> | null = null;
let big5Level1: Set<string> | null = null;
let gb2312Level1: Set<string> | null = null;

/**
 * The character sets that define fit, built once by decoding byte ranges with iconv-lite, each
 * plus {@link COMMON_PUNCTUATION}. Big5's: its level-1 Hanzi (0xA440–0xC67E, 5,401 characters, the
 * commonest traditional characters; source: Big5 / CNS 11643 level 1). GB18030's: GB 2312 level-1
 * Hanzi (rows 0xB0–0xD7, 3,755 characters, the commonest simplified characters; source: GB 2312-80)
 * and the same Big5 level-1 characters, since GB18030 encodes both scripts and papers in traditional
 * script are saved in it too (overseas Chinese papers, Hong Kong and Taiwan items of mainland
 * papers): an all-traditional page saved as GB18030 fitted 0.5–0.7 with the simplified set alone
 * (fixtures/traditional-gb18030: 0.51, now 1.0) and could be refused (tester13, issue 10). Big5
 * bytes read as GB18030 stay far below (kana, Greek, rare GBK/4 characters: the handed Big5 case
 * fits 0.21 → 0.24, that fixture's Big5 copy 0.27 → 0.32, their Big5 decodings 1.0).
 */
function fitSets(): { gb: Set<string>; big5: Set<string>; gb2312: Set<string> } {
  if (!gbLevel1 || !big5Level1 || !gb2312Level1) {
    const gbBytes: number[] = [];
    for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) gbBytes.push(lead, trail);
    const big5Bytes: number[] = [];
    for (let lead = 0xa4; lead <= 0xc6; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if ((trail > 0x7e && trail < 0xa1) || (lead === 0xc6 && trail > 0x7e)) continue;
        big5Bytes.push(lead, trail);
      }
    }
    const make = (chars: string) => {
      const set = new Set<string>();
      for (const ch of chars) if (ch !== '\ufffd' && /\p{Script=Han}/u.test(ch)) set.add(ch);
      for (const ch of COMMON_PUNCTUATION) set.add(ch);
      return set;
    };
    const big5Chars = iconv.decode(Buffer.from(big5Bytes), 'big5');
    const gbChars = iconv.decode(Buffer.from(gbBytes), 'gb18030');
    gbLevel1 = make(gbChars + big5Chars);
    big5Level1 = make(big5Chars);
    gb2312Level1 = make(gbChars);
  }
  return { gb: gbLevel1, big5: big5Level1, gb2312: gb2312Level1 };
}

/** Per fit set, 1 for each UTF-16 unit that is a member (`fit`: a table read instead of a string and a hash per character). */
const fitTables = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** The members of `set` that are one UTF-16 unit, as a table over the units (`fitTables`). */
function fitTable(set: ReadonlySet<string>): Uint8Array {
  let table = fitTables.get(set);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const ch of set) if (ch.length === 1) table[ch.charCodeAt(0)] = 1;
    fitTables.set(set, table);
  }
  return table;
}

/**
 * Share of non-ASCII characters (code points; a lone surrogate is one) of `text` that are in
 * `set`. By UTF-16 unit through `fitTable`, no string per character (issue 12); a surrogate pair
 * is looked up in the set itself.
 */
function fit(text: string, set: ReadonlySet<string>): number {
  const table = fitTable(set);
  let nonAscii = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (set.has(text.slice(i, i + 2))) hits++;
        i++;
        continue;
      }
    }
    if (table[c]) hits++;
  }
  return nonAscii ? hits / nonAscii : 0;
}

/** Fit of the sample as GB18030 and as Big5 (exported for tests and for tuning). */
export function legacyFits(sample: Uint8Array): { gb18030: number; big5: number } {
  const sets = fitSets();
  const buf = Buffer.from(sample.buffer, sample.byteOffset, sample.length);
  return { gb18030: fit(iconv.decode(buf, 'gb18030'), sets.gb), big5: fit(iconv.decode(buf, 'big5'), sets.big5) };
}

function chooseLegacy(sample: Uint8Array, fits: { gb18030: number; big5: number }): { encoding: 'gb18030' | 'big5'; confidence: number } | null {
  let encoding: 'gb18030' | 'big5' = fits.gb18030 >= fits.big5 ? 'gb18030' : 'big5';
  const win = Math.max(fits.gb18030, fits.big5);
  const lose = Math.min(fits.gb18030, fits.big5);
  if (win - lose < LEGACY_CLOSE_MARGIN) {
    const guess = jschardetGuess(sample);
    const name = guess?.encoding?.toLowerCase() ?? '';
    if (name === 'big5') encoding = 'big5';
    else if (name.startsWith('gb') || name === 'euc-cn') encoding = 'gb18030';
  }
  const winFit = encoding === 'gb18030' ? fits.gb18030 : fits.big5;
  if (winFit < LEGACY_MIN_FIT) {
    // A few characters (a name with a rare character: 王䶮) cannot reach the fit; take a clean
    // decoding that holds one common character of its standard's own script. For GB18030 that is
    // GB 2312 level 1 alone: broken UTF-8 read as GB18030 gives rare characters, some of them
    // traditional level 1 (中 followed by 80 81 FE reads 涓瓈侢, 涓 in Big5 level 1), and is refused.
    const text = iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.length), encoding);
    const ownFit = encoding === 'gb18030' ? fit(text, fitSets().gb2312) : winFit;
    if (ownFit === 0 || nonAsciiCount(text) > SHORT_TEXT_MAX_CHARS || /[\uFFFD\uE000-\uF8FF]/.test(text)) return null;
  }
  return { encoding, confidence: detectedConfidence(winFit * Math.min(1, Math.abs(fits.gb18030 - fits.big5) / LEGACY_CONFIDENT_MARGIN)) };
}

function nonAsciiCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

/** jschardet, loaded the first time a close call needs it (most inputs never do: about 40 modules). */
let jschardet: typeof import('jschardet') | null = null;

function jschardetGuess(sample: Uint8Array): { encoding: string; confidence: number } | null {
  jschardet ??= createRequire(import.meta.url)('jschardet') as typeof import('jschardet');
  const r = jschardet.detect(Buffer.from(sample.buffer, sample.byteOffset, sample.length));
  return r.encoding ? { encoding: r.encoding, confidence: r.confidence } : null;
}

// ---- Diagnostics over the decoded text ---------------------------------------------------------------

/**
 * Warnings for U+FFFD (`decode/replacement-chars`) and private-use code points U+E000–U+F8FF
 * (`decode/private-use`): one per affected line (with the column of the first), at most
 * {@link MAX_LINE_DIAGNOSTICS} per kind, then one summary with `line: null`. Linear in the text.
 */
export function scanDecodedText(text: string): Diagnostic[] {
  const found = { replacement: new LineCollector('decode/replacement-chars', 'replacement character (U+FFFD): bytes that did not decode'),
    privateUse: new LineCollector('decode/private-use', 'private-use code point (U+E000–U+F8FF): a character the encoding could not map') };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      lineStart = i + 1;
    } else if (c === 0xfffd) found.replacement.add(line, i - lineStart + 1);
    else if (c >= 0xe000 && c <= 0xf8ff) found.privateUse.add(line, i - lineStart + 1);
  }
  return [...found.replacement.diagnostics(), ...found.privateUse.diagnostics()];
}

/** Collects per-line findings of one kind, bounded (see {@link MAX_LINE_DIAGNOSTICS}). */
export class LineCollector {
  private readonly lines: { line: number; column: number; count: number }[] = [];
  private extraLines = 0;
  private total = 0;
  private lastLine = 0;
  constructor(
    private readonly code: string,
    private readonly what: string,
    private readonly severity: Diagnostic['severity'] = 'warning',
  ) {}
  /** Records one finding at a 1-based line and column; call in ascending line order. */
  add(line: number, column: number): void {
    this.total++;
    if (line === this.lastLine) {
      if (this.lines.length && this.lines[this.lines.length - 1].line === line) this.lines[this.lines.length - 1].count++;
      return;
    }
    this.lastLine = line;
    if (this.lines.length < MAX_LINE_DIAGNOSTICS) this.lines.push({ line, column, count: 1 });
    else this.extraLines++;
  }
  /** The diagnostics: one per recorded line, plus a summary when lines were left out. */
  diagnostics(): Diagnostic[] {
    const out = this.lines.map((l) => diag(this.severity, this.code, `${l.count} × ${this.what}`, l.line, l.column));
    if (this.extraLines) {
      out.push(diag(this.severity, this.code, `${this.total} × ${this.what} in all; ${this.extraLines} more lines not listed`, null, null));
    }
    return out;
  }
}

function diag(severity: Diagnostic['severity'], code: string, message: string, line: number | null, column: number | null): Diagnostic {
  return { severity, code, message, line, column };
}

// ---- Small helpers ------------------------------------------------------------------------------------

/** True when the text is empty or only whitespace, zero-width characters and BOMs. Linear. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x2060 || c === 0x202f || c === 0x205f || c === 0x1680) continue;
    if ((c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029) continue;
    return false;
  }
  return true;
}

function indexOfByte(bytes: Uint8Array, value: number, from = 0, to = bytes.length): number {
  const i = bytes.subarray(from, to).indexOf(value);
  return i < 0 ? -1 : from + i;
}

/** Offset of the first byte that is not valid UTF-8 (0 if none is found, which callers rule out). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    if (len > 1 && !tryStrictUtf8(bytes.subarray(i, i + len))) return i;
    i += len;
  }
  return 0;
}

/** 1-based line of a byte offset (LF, CRLF and lone CR each end a line). */
function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A detector's score as reported confidence: two decimals, rounded down, at most {@link MAX_DETECTED_CONFIDENCE}. */
function detectedConfidence(score: number): number {
  return Math.min(MAX_DETECTED_CONFIDENCE, Math.floor(score * 100 + 1e-9) / 100);
}

/**
 * Property tests: decode(encode(s)) === s for every supported encoding, and normalize is idempotent
 * and loses no visible character (in particular no Han character).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/stages/decode.js';
import { normalize } from '../src/stages/normalize.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = readFileSync(path.resolve(here, '../fixtures/000_038dc682623388e9/000_038dc682623388e9.txt'), 'utf8');

/** Every distinct non-whitespace character of the real issue: a realistic simplified alphabet. */
const simplifiedAlphabet = [...new Set([...corpus].filter((ch) => /\S/u.test(ch)))];
/** Rare characters that must survive: Extension A (䶮, a name character) and Extension B (𠮷). */
const rare = ['䶮', '𠮷', '㐀'];
/** Traditional characters and punctuation that exist in Big5 (written for these tests). */
const traditionalAlphabet = [
  ...'臺北市政府今日舉行記者會說明颱風過後的災後重建與復原工作進度長表示各區公所已動員人力清理道路並協助受災民眾申請補助縣鄉鎮新聞報導視察農田水利建設強調要確保糧食生產安全求加巡查經濟發展議員學校醫院環境交通',
  ...'，。、；：？！「」（）',
];
const asciiAlphabet = [...'0123456789abcXYZ-/.:'];

/** A line of realistic text: at least `minHan` characters from `alphabet`, sprinkled with ASCII and spaces. */
function lineOf(alphabet: string[], minHan: number) {
  return fc
    .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...alphabet) }, { weight: 1, arbitrary: fc.constantFrom(...asciiAlphabet, ' ', '\u3000') }), {
      minLength: minHan,
      maxLength: 80,
    })
    .filter((chars) => chars.filter((c) => alphabet.includes(c)).length >= minHan)
    .map((chars) => chars.join(''));
}

/** Realistic text: 1–6 lines, joined with one line-end style, at least 20 characters from the alphabet. */
function textOf(alphabet: string[]) {
  return fc
    .tuple(fc.array(lineOf(alphabet, 20), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, final]) => lines.join(eol) + (final ? eol : ''));
}

const withRare = [...simplifiedAlphabet, ...rare];
const encode = (s: string, encoding: string, addBOM = false) => Buffer.from(iconv.encode(s, encoding, { addBOM }));

describe('decode(encode(s)) === s', () => {
  it.each([
    ['utf-8', withRare],
    ['gb18030', withRare],
    ['utf-16le', withRare],
    ['utf-16be', withRare],
  ])('%s without BOM, detected', (encoding, alphabet) => {
    fc.assert(
      fc.property(textOf(alphabet), (s) => {
        const d = decode(encode(s, encoding));
        expect(d.encoding).toBe(encoding);
        expect(d.text).toBe(s);
      }),
      { numRuns: 150 },
    );
  });

  it('big5 without BOM, detected, for characters that exist in Big5', () => {
    fc.assert(
      fc.property(textOf(traditionalAlphabet), (s) => {
        const d = decode(encode(s, 'big5'));
        expect(d.encoding).toBe('big5');
        expect(d.text).toBe(s);
      }),
      { numRuns: 150 },
    );
  });

  // Non-blank: at least one character that is neither whitespace, control nor zero-width.
  const anyString = fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).filter((s) => /[^\s\p{Cc}\u200B-\u200D\u2060\uFEFF]/u.test(s));

  it('utf-8 with BOM over text that opens with U+FEFF: one mark dropped, the other kept (fast-check counterexample, CI 2026-12-05)', () => {
    expect(decode(encode('\ufeff¡', 'utf-8', true)).text).toBe('\ufeff¡');
    expect(decode(encode('\ufeff公告', 'utf-8', false)).text).toBe('公告');
  });
  it('utf-8 with BOM, any well-formed non-blank string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const d = decode(encode(s, 'utf-8', true));
        expect(d.encoding).toBe('utf-8');
        expect(d.text).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it.each([['utf-16le'], ['utf-16be']])('%s with BOM, realistic text', (encoding) => {
    fc.assert(
      fc.property(textOf(withRare), (s) => {
        const d = decode(encode(s, encoding, true));
        expect([d.encoding, d.text, d.confidence, d.diagnostics]).toEqual([encoding, s, 1, []]);
      }),
      { numRuns: 150 },
    );
  });

  // A UTF-16 byte-order mark is believed only over plausible text (tester15's finding 5: FF FE over
  // garbage read at confidence 1): any other string is read exactly, or the mark's mismatch is said,
  // as a warning or in the refusal's message; never read otherwise in silence.
  it.each([['utf-16le'], ['utf-16be']])('%s with BOM, any well-formed non-blank string: read exactly or the mismatch said', (encoding) => {
    fc.assert(
      fc.property(anyString, (s) => {
        let d: ReturnType<typeof decode>;
        try {
          d = decode(encode(s, encoding, true));
        } catch (e) {
          expect((e as Error).message).toMatch(/^UTF-16[LB]E byte-order mark, but the text after it is not UTF-16[LB]E \(/u);
          return;
        }
        if (d.encoding === encoding && d.text === s) return;
        expect(d.diagnostics.some((x) => x.code === 'decode/bom-mismatch')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each([['gb18030'], ['big5']])('%s given with --encoding', (encoding) => {
    const alphabet = encoding === 'big5' ? traditionalAlphabet : withRare;
    fc.assert(
      fc.property(textOf(alphabet), (s) => {
        expect(decode(encode(s, encoding), { encoding }).text).toBe(s);
      }),
      { numRuns: 100 },
    );
  });
});

/** Text with everything normalize acts on: line ends, zero-width characters, odd spaces, spaced-out runs. */
const messyText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...simplifiedAlphabet.slice(0, 200), ...rare) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '  ', '\u3000', '\u00A0', '\u202F', '\t') },
      { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r') },
      { weight: 1, arbitrary: fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF') },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));

/** Spaced-out OCR text: every character followed by one space, some lines. */
const spacedText = fc
  .array(fc.array(fc.constantFrom(...simplifiedAlphabet.slice(0, 300), ...asciiAlphabet), { minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 5 })
  .map((lines) => lines.map((l) => l.join(' ')).join('\r\n'));

const joined = (s: string) => normalize(s).lines.map((l) => l.text).join('\n') + '\n';
const visible = (s: string) => s.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');
const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).join('');

describe('normalize', () => {
  it.each([
    ['messy text', messyText],
    ['spaced-out text', spacedText],
  ])('is idempotent on %s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (s) => {
        const once = normalize(s);
        const twice = normalize(joined(s));
        expect(twice.lines).toEqual(once.lines);
        expect(twice.diagnostics).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['messy text', messyText],
    ['spaced-out text', spacedText],
  ])('never loses a Han (or any visible) character on %s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (s) => {
        const out = joined(s);
        expect(han(out)).toBe(han(s));
        expect(visible(out)).toBe(visible(s));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 1-based line numbers in order', () => {
    fc.assert(
      fc.property(messyText, (s) => {
        const { lines } = normalize(s);
        expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
      }),
    );
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { canonicalEncoding, decode, legacyFits, MAX_DETECTED_CONFIDENCE, MAX_LINE_DIAGNOSTICS } from '../src/stages/decode.js';
import { foldForMatching, normalize } from '../src/stages/normalize.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface HandedCase {
  id: string;
  area: string;
  input: { text?: string; bytesHex?: string; encodeAs?: string; issueDate?: string };
  expect: Record<string, unknown>;
}
const cases: HandedCase[] = JSON.parse(readFileSync(path.resolve(here, '../fixtures/cases/cases.json'), 'utf8'));

/** The bytes of a handed case: hex as given, or its text encoded as `encodeAs` (default UTF-8). */
export function caseBytes(input: HandedCase['input']): Buffer {
  if (input.bytesHex) return Buffer.from(input.bytesHex, 'hex');
  const [encoding, bom] = (input.encodeAs ?? 'utf-8').split('+');
  return Buffer.from(iconv.encode(input.text ?? '', encoding, { addBOM: bom === 'bom' }));
}

/** Checks a handed case's expectations at the level of decode + normalize (later stages have their own tests). */
function checkStageExpectations(c: HandedCase): void {
  const decoded = decode(caseBytes(c.input));
  const lines = normalize(decoded.text).lines.map((l) => l.text);
  const text = lines.join('\n');
  for (const [key, want] of Object.entries(c.expect)) {
    switch (key) {
      case 'text':
        expect(text.replace(/\n+$/, '')).toBe(want);
        break;
      case 'textContains':
        expect(text).toContain(want);
        break;
      case 'encoding':
        expect(decoded.encoding).toBe(want);
        break;
      case 'noReplacementOrPrivateUse':
        expect(decoded.diagnostics.map((d) => d.code)).not.toContain('decode/replacement-chars');
        expect(decoded.diagnostics.map((d) => d.code)).not.toContain('decode/private-use');
        expect(decoded.text).not.toMatch(/[\uFFFD\uE000-\uF8FF]/);
        break;
      case 'title':
        expect(lines).toContain(want);
        break;
      case 'bylines':
        for (const name of want as string[]) expect(foldForMatching(text)).toContain(name);
        break;
      default:
        throw new Error(`case ${c.id}: no decode-level check for expectation '${key}'`);
    }
  }
}

describe('handed cases (area decode)', () => {
  const mine = cases.filter((c) => c.area === 'decode');
  it('there are handed decode cases', () => expect(mine.length).toBeGreaterThan(0));
  it.each(mine.map((c) => [c.id, c] as const))('%s', (_id, c) => checkStageExpectations(c));
});

const corpusText = readFileSync(path.resolve(here, '../fixtures/000_038dc682623388e9/000_038dc682623388e9.txt'), 'utf8');
/** The first paragraphs of the real issue, with CRLF line ends as old Windows tools write them. */
const gbSample = corpusText.split('\n').slice(0, 12).join('\r\n');
/** Traditional-Chinese news text (written for these tests). */
const traditional =
  '臺北市政府今日舉行記者會，說明颱風過後的災後重建與復原工作進度。\r\n' +
  '市長表示，各區公所已動員人力清理道路，並協助受災民眾申請補助。\r\n';
const hanOnly = '区领导调研防汛工作区长杨万平调研防汛工作强调要确保安全';

const enc = (s: string, e: string, addBOM = false) => Buffer.from(iconv.encode(s, e, { addBOM }));

describe('decode: detection', () => {
  it.each<[string, Buffer, string, string]>([
    ['UTF-8', Buffer.from(gbSample, 'utf8'), 'utf-8', gbSample],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(gbSample)]), 'utf-8', gbSample],
    ['GB18030 with CRLF', enc(gbSample, 'gb18030'), 'gb18030', gbSample],
    ['GB18030, short line', enc('区委书记胡拥军调研秋粮收购工作。', 'gb18030'), 'gb18030', '区委书记胡拥军调研秋粮收购工作。'],
    ['GB18030, rare name character', enc('区长王䶮出席。\r\n', 'gb18030'), 'gb18030', '区长王䶮出席。\r\n'],
    ['Big5', enc(traditional, 'big5'), 'big5', traditional],
    ...['王䶮', '新闻', '记者 王峰 摄'].map((s) => [`GB18030, tiny: ${s}`, enc(s, 'gb18030'), 'gb18030', s] as [string, Buffer, string, string]),
    ...['新聞', '縣長', '記者 王峰 攝'].map((s) => [`Big5, tiny: ${s}`, enc(s, 'big5'), 'big5', s] as [string, Buffer, string, string]),
    ['UTF-16LE with BOM', enc(gbSample, 'utf-16le', true), 'utf-16le', gbSample],
    ['UTF-16BE with BOM', enc(gbSample, 'utf-16be', true), 'utf-16be', gbSample],
    ['UTF-16LE without BOM', enc(gbSample, 'utf-16le'), 'utf-16le', gbSample],
    ['UTF-16BE without BOM', enc(gbSample, 'utf-16be'), 'utf-16be', gbSample],
    ['UTF-16LE without BOM, Han only (no NUL bytes)', enc(hanOnly, 'utf-16le'), 'utf-16le', hanOnly],
    ['UTF-16BE without BOM, Han only (no NUL bytes)', enc(hanOnly, 'utf-16be'), 'utf-16be', hanOnly],
  ])('%s → %s', (_name, bytes, encoding, text) => {
    const d = decode(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.diagnostics).toEqual([]);
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['a BOM', enc(gbSample, 'utf-16le', true)],
    ['strict UTF-8', Buffer.from(gbSample)],
  ])('confidence is 1 for %s', (_name, bytes) => expect(decode(bytes).confidence).toBe(1));

  it.each([
    ['GB18030 bytes of the real issue', enc(corpusText, 'gb18030'), 'gb18030'],
    ['Big5 bytes of traditional text', enc(traditional.repeat(3), 'big5'), 'big5'],
  ])('fits of %s favour %s by a wide margin', (_name, bytes, winner) => {
    const fits = legacyFits(bytes);
    const loser = winner === 'big5' ? 'gb18030' : 'big5';
    expect(fits[winner as 'big5' | 'gb18030']).toBeGreaterThan(0.9);
    expect(fits[loser as 'big5' | 'gb18030']).toBeLessThan(0.6);
  });

  // tester13 (issue 10): a page wholly in traditional script saved as GB18030 was refused (its GB18030
  // fit counted simplified characters only: 0.51 here, under LEGACY_MIN_FIT); the same page in Big5 must stay Big5.
  const overseas = (name: string) => readFileSync(path.join(here, '..', 'fixtures', 'traditional-gb18030', name));
  const overseasText = iconv.decode(overseas('overseas-page.big5.txt'), 'big5');
  it.each([
    ['overseas-page.gb18030.txt', 'gb18030', 'big5'],
    ['overseas-page.big5.txt', 'big5', 'gb18030'],
  ])('a traditional-script page, %s, is detected as %s', (file, encoding, other) => {
    const bytes = overseas(file);
    const fits = legacyFits(bytes);
    expect(fits[encoding as 'gb18030' | 'big5']).toBeGreaterThan(0.95);
    expect(fits[other as 'gb18030' | 'big5']).toBeLessThan(0.4); // far under LEGACY_MIN_FIT (0.6)
    const d = decode(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.confidence).toBe(MAX_DETECTED_CONFIDENCE);
    expect(d.text).toBe(overseasText);
    expect(d.text.split('\n')[2]).toBe('僑團聯歡慶祝建會三十週年');
  });

  it('a short name in traditional script saved as GB18030 is read; broken UTF-8 that reads as rare characters is not', () => {
    const name = decode(enc('黃文彬', 'gb18030'));
    expect([name.encoding, name.text]).toEqual(['gb18030', '黃文彬']);
    // 中 in UTF-8, then 80 81 FE: as GB18030 涓瓈侢, one of them (涓) in Big5 level 1, none in GB 2312 level 1
    expect(() => decode(Buffer.from([0xe4, 0xb8, 0xad, 0x80, 0x81, 0xfe, 0x20, 0x74, 0x65, 0x78, 0x74, 0x0a]))).toThrow(/undecodable/);
  });

  it.each([
    ['GB18030', corpusText, 'gb18030'],
    ['Big5', traditional, 'big5'],
    ['UTF-16LE', corpusText, 'utf-16le'],
  ])('a large %s input (sampled detection) still decodes whole', (_name, unit, encoding) => {
    const text = unit.repeat(Math.ceil((400 * 1024) / unit.length));
    const d = decode(enc(text, encoding));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
  });
});

describe('decode: --encoding override', () => {
  it.each([
    ['GBK', enc('王䶮安全', 'gb18030'), 'gb18030', '王䶮安全'],
    ['gb2312', enc('区委书记', 'gb18030'), 'gb18030', '区委书记'],
    ['Big5', enc(traditional, 'big5'), 'big5', traditional],
    ['cp950', enc(traditional, 'big5'), 'big5', traditional],
    ['UTF-8', Buffer.from('区委'), 'utf-8', '区委'],
    ['utf16le', enc('区委', 'utf-16le'), 'utf-16le', '区委'],
    ['UTF-16BE', enc('区委', 'utf-16be'), 'utf-16be', '区委'],
  ])('%s → %s', (name, bytes, encoding, text) => {
    const d = decode(bytes, { encoding: name });
    expect([d.encoding, d.text, d.confidence]).toEqual([encoding, text, 1]);
  });

  it('an override wins over detection (GB18030 bytes forced as Big5, with force)', () => {
    const d = decode(enc(gbSample, 'gb18030'), { encoding: 'big5', force: true });
    expect(d.encoding).toBe('big5');
    expect(d.text).not.toBe(gbSample);
  });

  // tester7 (Dec 2026): GB18030 forced as Big5 decodes with a U+FFFD here and there (2 warnings on a
  // 60-line page) into mojibake; before, nothing said the text was wrong.
  const notices = readFileSync(path.join(here, '..', 'fixtures', 'notices-traditional', 'county-notices.wrapped.gb18030.txt'));
  const daily = readFileSync(path.join(here, '..', 'fixtures', 'notices-traditional', 'hk-daily.blank.txt'));
  it.each([
    ['GB18030 page as Big5', notices, 'big5', /^--encoding big5 gives implausible text: 43 % of its 1196 non-ASCII characters are common Chinese characters or punctuation, 34 \(3 %\) did not decode \(U\+FFFD\); detection reads the bytes as gb18030: leave --encoding out/u],
    ['GB18030 page as UTF-8', notices, 'utf-8', /^--encoding utf-8 gives implausible text: 0 % of its 1908 non-ASCII .* 1547 \(81 %\) did not decode \(U\+FFFD\); detection reads the bytes as gb18030/u],
    ['UTF-8 traditional page as GB18030', daily, 'gb18030', /^--encoding gb18030 gives implausible text: .*detection reads the bytes as utf-8/u],
  ])('%s: refused as implausible (input/wrong-encoding), in one sentence', (_name, bytes, name, message) => {
    let error: unknown;
    try {
      decode(bytes, { encoding: name });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'input/wrong-encoding' });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/u);
  });

  it('with force, an implausible decoding is kept and said in one warning', () => {
    const d = decode(notices, { encoding: 'big5', force: true });
    expect(d.encoding).toBe('big5');
    const implausible = d.diagnostics.filter((x) => x.code === 'decode/implausible-encoding');
    expect(implausible).toHaveLength(1);
    expect(implausible[0]).toMatchObject({ severity: 'warning', line: null });
    expect(implausible[0].message).toMatch(/^--encoding big5 gives implausible text: 43 %/u);
  });

  it('the right encoding given is believed, traditional and simplified alike', () => {
    expect(decode(notices, { encoding: 'gb18030' }).diagnostics.map((x) => x.code)).not.toContain('decode/implausible-encoding');
    expect(decode(daily, { encoding: 'utf-8' }).diagnostics).toEqual([]);
    const big5 = readFileSync(path.join(here, '..', 'fixtures', 'notices-traditional', 'hk-daily.wrapped.big5hkscs.txt'));
    expect(decode(big5, { encoding: 'big5' }).encoding).toBe('big5');
  });

  it.each([['nope'], ['utf-9'], ['gb-18030x']])('unknown name %s → input/unknown-encoding', (name) => {
    expect(() => decode(Buffer.from('区委'), { encoding: name })).toThrow(expect.objectContaining({ code: 'input/unknown-encoding' }));
  });

  it.each([
    ['gbk', 'gb18030'],
    ['EUC-CN', 'gb18030'],
    ['Big5-HKSCS', 'big5'],
    ['utf8', 'utf-8'],
    ['UCS-2', 'utf-16le'],
    ['shift_jis', 'shift_jis'],
    ['nope', null],
  ])('canonicalEncoding(%s) = %s', (name, want) => expect(canonicalEncoding(name)).toBe(want));
});

/** Deterministic pseudo-random bytes (LCG) in [lo, hi]. */
function noise(n: number, lo: number, hi: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = lo + ((x >>> 16) % (hi - lo + 1));
  }
  return b;
}

describe('decode: refused input', () => {
  it.each([
    ['no bytes', Buffer.alloc(0), 'input/empty'],
    ['only whitespace', Buffer.from(' \r\n\t\r\n  '), 'input/empty'],
    ['only ideographic spaces and a zero-width space', Buffer.from('\u3000\u3000\u200b\n'), 'input/empty'],
    ['only a UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf]), 'input/empty'],
    ['UTF-16LE BOM and spaces', enc('  \r\n', 'utf-16le', true), 'input/empty'],
    ['PNG-like binary', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2048, 0, 255)]), 'input/binary'],
    ['text with a NUL byte', Buffer.from('区委书记\u0000调研工作\n第二行\n'), 'input/binary'],
    ['short ASCII with a stray NUL', Buffer.from('hello\u0000world!'), 'input/binary'],
    // tester5: read as UTF-16BE (慢挀摥昊) because its one NUL made a quarter of the code units; that
    // NUL sits where a UTF-16BE code unit keeps its low byte, so it is no ASCII of UTF-16BE
    ['ASCII with a stray NUL at a low-byte offset, even length', Buffer.from('abc\u0000def\n'), 'input/binary'],
    ['a line of ASCII with a stray NUL on the other parity', Buffer.from('abcd\u0000fg\n'), 'input/binary'],
    ['control bytes without NULs', noise(4096, 1, 31), 'input/binary'],
    ['random high bytes', noise(4096, 0x80, 0xff), 'input/undecodable'],
    ['Latin-1 text', Buffer.from('caf\u00e9 cr\u00e8me br\u00fbl\u00e9e', 'latin1'), 'input/undecodable'],
    ['NUL bytes with a forced GB18030', Buffer.from([0xc7, 0xf8, 0, 0, 0xce, 0xaf]), 'input/binary'],
  ])('%s → %s', (name, bytes, code) => {
    const options = name.includes('forced') ? { encoding: 'gb18030' } : {};
    let error: unknown;
    try {
      decode(bytes, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe(code);
    expect((error as InputError).message).not.toContain('\n');
  });
});

describe('decode: diagnostics on the decoded text', () => {
  it('a UTF-8 file with a few bad bytes decodes as UTF-8 with replacement-chars on their lines', () => {
    const good = Buffer.from(gbSample); // lines 1..12, CRLF
    const bad = Buffer.concat([good, Buffer.from('\r\n坏'), Buffer.from([0xff]), Buffer.from('字\r\n好\r\n'), Buffer.from([0xc3])]);
    const d = decode(bad);
    expect(d.encoding).toBe('utf-8');
    const repl = d.diagnostics.filter((x) => x.code === 'decode/replacement-chars');
    expect(repl.map((x) => [x.line, x.column, x.severity])).toEqual([
      [13, 2, 'warning'],
      [15, 1, 'warning'],
    ]);
    expect(d.diagnostics.map((x) => x.code)).toContain('decode/invalid-utf8');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('private-use code points are reported with their lines (%s line ends)', (_n, eol) => {
    const text = ['第一行', '第二行\uE000', '第三行', '\uF8FF第四行\uE001'].join(eol);
    const d = decode(Buffer.from(text));
    expect(d.diagnostics.map((x) => [x.code, x.line, x.column])).toEqual([
      ['decode/private-use', 2, 4],
      ['decode/private-use', 4, 1],
    ]);
    // The lines agree with normalize's numbering.
    expect(normalize(d.text).lines.filter((l) => /[\uE000-\uF8FF]/.test(l.text)).map((l) => l.line)).toEqual([2, 4]);
  });

  it('diagnostics are bounded: one per line up to the cap, then one summary', () => {
    const lines = Array.from({ length: MAX_LINE_DIAGNOSTICS + 15 }, (_, i) => `第${i + 1}行\uFFFD`);
    const d = decode(Buffer.from(lines.join('\n')));
    const repl = d.diagnostics.filter((x) => x.code === 'decode/replacement-chars');
    expect(repl).toHaveLength(MAX_LINE_DIAGNOSTICS + 1);
    expect(repl.slice(0, 3).map((x) => x.line)).toEqual([1, 2, 3]);
    expect(repl[MAX_LINE_DIAGNOSTICS].line).toBeNull();
    expect(repl[MAX_LINE_DIAGNOSTICS].message).toContain(String(MAX_LINE_DIAGNOSTICS + 15));
  });

  it('a 1 MB line with no break decodes whole', () => {
    const line = '区委书记调研防汛工作，'.repeat(100_000);
    const d = decode(enc(line, 'gb18030'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text.length).toBe(line.length);
  });
});

describe('decode: sampling', () => {
  it('an ASCII head longer than the sample does not hide the Chinese text after it', () => {
    // The Chinese text sits between the head window and the window at 1/4: no window sees it.
    const ascii = 'Scanned by OCR tool v1.2, page 1 of 4, archive copy.\r\n';
    const text = ascii.repeat(1900) + traditional.repeat(20) + ascii.repeat(6000);
    const d = decode(enc(text, 'big5'));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(text);
  });
});

describe('decode: confidence of detected encodings', () => {
  /** About 60 characters of the real issue's first article. */
  const short = corpusText.replace(/\s+/g, '').slice(0, 60);
  /** `text` as UTF-8 with an invalid byte (0xFF) after each of `at` character offsets. */
  const damaged = (text: string, at: number[]): Buffer => {
    const chars = [...text];
    const parts: Buffer[] = [];
    chars.forEach((ch, i) => {
      parts.push(Buffer.from(ch));
      if (at.includes(i)) parts.push(Buffer.from([0xff]));
    });
    return Buffer.concat(parts);
  };

  it.each<[string, Buffer, string]>([
    ['GB18030 without BOM', enc(gbSample, 'gb18030'), 'gb18030'],
    ['GB18030 of the whole issue', enc(corpusText, 'gb18030'), 'gb18030'],
    ['Big5 without BOM', enc(traditional, 'big5'), 'big5'],
    ['UTF-16LE without BOM', enc(gbSample, 'utf-16le'), 'utf-16le'],
    ['UTF-16BE without BOM, Han only', enc(hanOnly, 'utf-16be'), 'utf-16be'],
    ['UTF-8 with 4 invalid bytes', damaged(gbSample, [10, 50, 90, 130]), 'utf-8'],
  ])('%s: detected, with confidence below 1', (_name, bytes, encoding) => {
    const d = decode(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
    expect(d.confidence).toBeLessThanOrEqual(MAX_DETECTED_CONFIDENCE);
  });

  it.each<[string, string, number[]]>([
    ['a short file (60 characters) with 4 invalid bytes', short, [5, 20, 35, 50]],
    ['a long file with the same 4 invalid bytes', corpusText, [5, 20, 35, 50]],
    ['a short file with 8 invalid bytes', short, [2, 9, 16, 23, 30, 37, 44, 51]],
  ])('%s decodes as UTF-8 with a decode/invalid-utf8 warning', (_name, text, at) => {
    const d = decode(damaged(text, at));
    expect(d.encoding).toBe('utf-8');
    expect(d.diagnostics.map((x) => x.code)).toContain('decode/invalid-utf8');
    expect(d.confidence).toBeLessThan(1);
    expect(d.text.split('\uFFFD')).toHaveLength(at.length + 1);
    expect(d.text.replace(/\uFFFD/g, '')).toBe(text);
  });

  it.each<[string, Buffer]>([
    ['60 characters of GB18030', enc(short, 'gb18030')],
    ['60 characters of Big5', enc(traditional.slice(0, 60), 'big5')],
  ])('%s is still not read as damaged UTF-8', (_name, bytes) => {
    expect(decode(bytes).encoding).not.toBe('utf-8');
  });

  it('a short file that is half invalid bytes is still refused', () => {
    const bytes = damaged(short.slice(0, 20), Array.from({ length: 20 }, (_, i) => i));
    expect(() => decode(bytes)).toThrow(expect.objectContaining({ code: 'input/undecodable' }));
  });
});

describe('decode: lines in two encodings', () => {
  const utf8Part = '县人大常委会视察城乡供水一体化工程\n6月12日，县人大常委会副主任带队视察了全县供水工程。\n';
  const gbPart = '县人大常委会召开第三十一次主任会议\n会议听取了县人民政府关于财政预算执行情况的报告。\n';
  const big5Part = '縣議會召開第三次定期會議\n會議審議了縣政府提出的預算案，並聽取各局處的報告。\n';

  it('UTF-8 lines and GB18030 lines: each line in its own encoding, the GB18030 lines named', () => {
    const bytes = Buffer.concat([Buffer.from(utf8Part), iconv.encode(gbPart, 'gb18030'), Buffer.from(utf8Part)]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8+gb18030');
    expect(d.text).toBe(utf8Part + gbPart + utf8Part);
    expect(d.diagnostics).toHaveLength(1);
    expect(d.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'decode/mixed-encoding' });
    expect(d.diagnostics[0].message).toBe('lines in two encodings: 4 read as UTF-8, 2 as GB18030 (lines 3–4)');
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.confidence).toBeLessThanOrEqual(MAX_DETECTED_CONFIDENCE);
  });

  it('GB18030 first, CRLF line ends kept, an ASCII line between does not break the range apart', () => {
    const gb = gbPart.replace(/\n/g, '\r\n');
    const bytes = Buffer.concat([iconv.encode(gb, 'gb18030'), Buffer.from('--\r\n'), iconv.encode(gb, 'gb18030'), Buffer.from(utf8Part)]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8+gb18030');
    expect(d.text).toBe(gb + '--\r\n' + gb + utf8Part);
    expect(d.diagnostics[0].message).toBe('lines in two encodings: 2 read as UTF-8, 4 as GB18030 (lines 1–5)');
  });

  it('UTF-8 lines and Big5 lines: utf-8+big5', () => {
    const bytes = Buffer.concat([Buffer.from(utf8Part), iconv.encode(big5Part, 'big5')]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8+big5');
    expect(d.text).toBe(utf8Part + big5Part);
  });

  it('one encoding stays one encoding: the GB18030 and Big5 fixtures, and UTF-8 with a few damaged bytes', () => {
    const gbFile = readFileSync(path.resolve(here, '../fixtures/hardwrap-gb18030/hardwrap-gb18030.txt'));
    expect(decode(gbFile).encoding).toBe('gb18030');
    const big5File = readFileSync(path.resolve(here, '../fixtures/big5-traditional/big5-traditional.txt'));
    expect(decode(big5File).encoding).toBe('big5');
    const damaged = Buffer.from(utf8Part + utf8Part + utf8Part);
    damaged[10] = 0xff;
    const d = decode(damaged);
    expect(d.encoding).toBe('utf-8');
    expect(d.diagnostics.map((x) => x.code)).toEqual(['decode/invalid-utf8', 'decode/replacement-chars']);
  });

  it('GB18030 lines whose bytes happen to be valid UTF-8 stay GB18030 (their UTF-8 text is Latin, Greek, Arabic…)', () => {
    // 学院 is D1 A7 D4 BA in GB18030, valid UTF-8 for ѧԺ: the GB18030 text is the plausible one.
    const line = '农业学院专业学习\n';
    expect(new TextDecoder('utf-8', { fatal: true }).decode(iconv.encode(line, 'gb18030'))).toBe('ũҵѧԺרҵѧϰ\n');
    const alone = decode(iconv.encode(gbPart + line + gbPart, 'gb18030'));
    expect([alone.encoding, alone.text]).toEqual(['gb18030', gbPart + line + gbPart]);
    const mixed = decode(Buffer.concat([Buffer.from(utf8Part), iconv.encode(line + gbPart, 'gb18030')]));
    expect([mixed.encoding, mixed.text]).toEqual(['utf-8+gb18030', utf8Part + line + gbPart]);
  });

  // tester12 (Dec 2026): a short UTF-8 line (the masthead 今日岚溪: 岚 is GB 2312 level 2, so 3 of 4
  // characters "fit") in a GB18030 file was read as GB18030 mojibake, 浠婃棩宀氭邯, with no diagnostic;
  // so were UTF-8 lines of a file whose first 60 lines are UTF-8 (岚溪天气, 明天：晴　19℃～29℃).
  const u = (text: string): [string, Buffer] => [text, Buffer.from(text)];
  const g = (text: string): [string, Buffer] => [text, iconv.encode(text, 'gb18030')];
  it.each([
    ['a three-character line at the end', [g(gbPart + gbPart), u('供水站\n')]],
    ['the masthead, first line', [u('今日岚溪\n'), g(gbPart + gbPart)]],
    ['lines with a level-2 character and ℃', [u('今日岚溪\n' + utf8Part + '岚溪天气\n明天：晴　19℃～29℃　南风1～2级\n'), g(gbPart)]],
    // was refused as undecodable (exit 4): the 岚 lines, read as GB18030, dragged the legacy lines' fit under 0.6
    ['many short lines with a level-2 character', [u('今日岚溪\n岚溪天气\n'.repeat(50)), g(gbPart)]],
  ])('a UTF-8 line among GB18030 ones is read as UTF-8, with a warning: %s', (_name, parts) => {
    const d = decode(Buffer.concat(parts.map(([, b]) => b)));
    expect(d.encoding).toBe('utf-8+gb18030');
    expect(d.text).toBe(parts.map(([t]) => t).join(''));
    expect(d.diagnostics.map((x) => x.code)).toEqual(['decode/mixed-encoding']);
  });

  // tester3's literary page (Dec 2026): UTF-8 lines whose non-Han characters are symbols fell under
  // the UTF-8 fit and were decoded as GB18030 into mojibake, or made the file undecodable.
  it.each([
    ['a byline behind a box (□林望舒)', '□林望舒\n'],
    ['a byline behind other marks (◎沈墨白 ■韩立川)', '◎沈墨白\n■韩立川\n'],
    ['a phone number in full-width digits', '咨询电话：０７３６－８２１２３４５\n'],
    ['a line of symbols only', '□□□\n'],
  ])('a UTF-8 line of %s between GB18030 lines is read as UTF-8', (_name, line) => {
    const bytes = Buffer.concat([iconv.encode(gbPart, 'gb18030'), Buffer.from(line), Buffer.from(utf8Part), iconv.encode(gbPart, 'gb18030')]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8+gb18030');
    expect(d.text).toBe(gbPart + line + utf8Part + gbPart);
  });

  it('a page half GB18030, half UTF-8 with □-name bylines decodes to the UTF-8 page (fixtures/mixed-encoding)', () => {
    const dir = path.resolve(here, '../fixtures/mixed-encoding');
    const d = decode(readFileSync(path.join(dir, 'literary-page.half-gb18030-half-utf8.txt')));
    expect(d.encoding).toBe('utf-8+gb18030');
    expect(d.text).toBe(readFileSync(path.join(dir, 'literary-page.utf8.txt'), 'utf-8'));
    expect(d.diagnostics[0].message).toMatch(/^lines in two encodings: \d+ read as UTF-8, \d+ as GB18030 \(lines 1–61\)$/u);
  });

  it('a UTF-8 byte-order mark over GB18030 text is not believed: read as GB18030 with a warning', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(gbPart + gbPart, 'gb18030')]);
    const d = decode(bytes);
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(gbPart + gbPart);
    expect(d.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'decode/bom-mismatch' });
    expect(d.diagnostics[0].message).toBe('UTF-8 byte-order mark, but the text after it is GB18030: read as GB18030');
  });

  it('a UTF-16 byte-order mark over bytes that are no UTF-16 text is not believed: refused as they are, or read with a warning (tester15 finding 5)', () => {
    // FF FE then 12 bytes of garbage: read as UTF-16LE at confidence 1 before (能₁牢歯湥 and a Hangul syllable).
    const garbage = Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0x20, 0x62, 0x72, 0x6f, 0x6b, 0x65, 0x6e, 0x20, 0xc3]);
    let err: unknown = null;
    try {
      decode(garbage);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('input/undecodable');
    expect((err as InputError).message).toMatch(/^UTF-16LE byte-order mark, but the text after it is not UTF-16LE \(40 % of its 5 non-ASCII characters are common Chinese characters or punctuation\); undecodable: /u);
    // FF FE over GB18030 text (its bytes as UTF-16 units are no text): read as GB18030, with a warning.
    const gb = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('滨江晚报　今日提示\n今日入梅，滨江进入梅雨季节。\n', 'gb18030')]);
    const d = decode(gb);
    expect([d.encoding, d.text, d.confidence]).toEqual(['gb18030', '滨江晚报　今日提示\n今日入梅，滨江进入梅雨季节。\n', MAX_DETECTED_CONFIDENCE]);
    expect(d.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'decode/bom-mismatch' });
    expect(d.diagnostics[0].message).toBe('UTF-16LE byte-order mark, but the text after it is not UTF-16LE (75 % of its code units are plausible text): read as GB18030');
    // Real UTF-16 after the mark, a short line and a Korean line of a bilingual page among them: believed.
    for (const text of ['滨江晚报', '연변일보　延边日报\n조선어 신문입니다\n']) {
      for (const e of ['utf-16le', 'utf-16be']) {
        const ok = decode(enc(text, e, true));
        expect([ok.encoding, ok.text, ok.confidence, ok.diagnostics]).toEqual([e, text, 1, []]);
      }
    }
  });

  it('a UTF-8 byte-order mark over UTF-8 with one damaged byte stays UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8Part + utf8Part + utf8Part), Buffer.from([0xff]), Buffer.from(utf8Part)]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(utf8Part.repeat(3) + '\ufffd' + utf8Part);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/stages/decode.js';
import { collapseSpacedOut, foldForMatching, normalize } from '../src/stages/normalize.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface HandedCase {
  id: string;
  area: string;
  input: { text: string; issueDate?: string };
  expect: Record<string, unknown>;
}
const cases: HandedCase[] = JSON.parse(readFileSync(path.resolve(here, '../fixtures/cases/cases.json'), 'utf8'));

const texts = (s: string) => normalize(s).lines.map((l) => l.text);

/** Checks a handed case's expectations at the level of normalize (later stages have their own tests). */
function checkStageExpectations(c: HandedCase): void {
  // Through decode as a file would go, and straight from the string.
  for (const text of [decode(Buffer.from(c.input.text)).text, c.input.text]) {
    const lines = texts(text);
    const joined = lines.join('\n');
    for (const [key, want] of Object.entries(c.expect)) {
      switch (key) {
        case 'title':
          expect(lines).toContain(want);
          break;
        case 'bylines':
          for (const name of want as string[]) expect(lines.some((l) => l.includes(name))).toBe(true);
          break;
        case 'leaders':
          for (const leader of want as { name: string; titles: string[] }[]) {
            for (const title of leader.titles) expect(joined).toContain(title + leader.name);
          }
          break;
        case 'date': {
          const [, m, d] = (want as string).split('-').map(Number);
          expect(joined).toContain(`${m}月${d}日`);
          break;
        }
        case 'bodyNotContains':
          expect(joined).not.toContain(want);
          break;
        default:
          throw new Error(`case ${c.id}: no normalize-level check for expectation '${key}'`);
      }
    }
  }
}

describe('handed cases (area normalize)', () => {
  const mine = cases.filter((c) => c.area === 'normalize');
  it('there are handed normalize cases', () => expect(mine.length).toBeGreaterThan(0));
  it.each(mine.map((c) => [c.id, c] as const))('%s', (_id, c) => checkStageExpectations(c));
});

describe('normalize: line ends and numbering', () => {
  it.each([
    ['LF', 'a\nb\nc', ['a', 'b', 'c']],
    ['CRLF', 'a\r\nb\r\nc\r\n', ['a', 'b', 'c']],
    ['lone CR', 'a\rb\r\rc', ['a', 'b', '', 'c']],
    ['mixed', 'a\r\n\nb\rc\n', ['a', '', 'b', 'c']],
    ['a final break adds no line', 'a\n\n', ['a', '']],
    ['leading BOM dropped', '\uFEFFa\nb', ['a', 'b']],
    ['U+2028 is not a break', 'a\u2028b', ['a\u2028b']],
  ])('%s', (_name, input, want) => {
    const n = normalize(input);
    expect(n.lines.map((l) => l.text)).toEqual(want);
    expect(n.lines.map((l) => l.line)).toEqual(want.map((_, i) => i + 1));
  });
});

describe('normalize: characters', () => {
  it.each([
    ['zero-width space inside a name', '区委书记李\u200B明', '区委书记李明', [1]],
    ['ZWNJ, ZWJ, word joiner, BOM inside text', 'a\u200Cb\u200Dc\u2060d\uFEFFe', 'abcde', [1]],
    ['no-break spaces become spaces', '记者\u00A0王峰\u202F摄\u2007', '记者 王峰 摄 ', []],
    ['U+3000 indent kept', '\u3000\u3000本报讯（记者 金驰）', '\u3000\u3000本报讯（记者 金驰）', []],
    ['full-width digits kept', '１０月９日，区委', '１０月９日，区委', []],
    ['spaces between Han in an ordinary line kept', '筑牢坚固屏障 保障群众安全', '筑牢坚固屏障 保障群众安全', []],
    ['two names kept apart', '·缪通 陈苏君·', '·缪通 陈苏君·', []],
    ['"2023 年" in ordinary text kept', '2023 年全区经济运行情况', '2023 年全区经济运行情况', []],
    ['padded two-character name kept', '记者 王 峰 通讯员 李 明', '记者 王 峰 通讯员 李 明', []],
  ])('%s', (_name, input, want, zwLines) => {
    const n = normalize(input);
    expect(n.lines[0].text).toBe(want);
    const zw = n.diagnostics.filter((d) => d.code === 'normalize/zero-width-removed');
    expect(zw.map((d) => d.line)).toEqual(zwLines);
    expect(zw.every((d) => d.severity === 'info')).toBe(true);
  });

  it('zero-width diagnostics give the line and column of the first removal', () => {
    const n = normalize('第一行\n第二\u200B行\u200B\n第三行\n\u2060第四行');
    expect(n.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['normalize/zero-width-removed', 2, 3],
      ['normalize/zero-width-removed', 4, 1],
    ]);
  });
});

describe('normalize: spaced-out OCR lines', () => {
  it.each([
    ['the handed example', '1 0 月 9 日 ， 区 委 书 记 胡 拥 军 调 研 秋 粮 收 购 工 作 。', '10月9日，区委书记胡拥军调研秋粮收购工作。'],
    ['a headline', '区 领 导 调 研 秋 粮 收 购', '区领导调研秋粮收购'],
    ['a byline with middle dots', '· 金 驰 ·', '·金驰·'],
    ['indent and trailing spaces kept', '\u3000\u3000区 委 书 记 调 研  ', '\u3000\u3000区委书记调研  '],
    ['double spaces kept as a real space', '· 缪 通  陈 苏 君 ·', '·缪通  陈苏君·'],
    ['a Latin word inside', '新 华 社 COVID-19 疫 情 报 道', '新华社COVID-19疫情报道'],
    ['two long tokens keep their space', '新 华 社 New York 报 道 今 日 消 息', '新华社New York报道今日消息'],
    ['Extension B characters count as one', '𠮷 野 家 的 店', '𠮷野家的店'],
  ])('%s', (_name, input, want) => {
    expect(collapseSpacedOut(input)).toBe(want);
    const n = normalize(`x\n${input}`);
    expect(n.lines[1].text).toBe(want);
    expect(n.diagnostics.map((d) => [d.code, d.line])).toEqual([['normalize/spaced-out-line', 2]]);
  });

  // Found by test/roundtrip.property.test.ts (seed -583430548): every space a run of two, nothing
  // removed, and the line was reported as collapsed on every pass.
  it('reports no spaced-out line whose spaces are all runs of two or more', () => {
    const n = normalize('区  区  区  区');
    expect(n.lines[0].text).toBe('区  区  区  区');
    expect(n.diagnostics).toEqual([]);
  });

  it.each([
    ['three tokens only', '王 峰 摄'],
    ['no Han', 'a b c d e f'],
    ['ordinary sentence', '5月25日上午,区委书记胡拥军督查全区防汛防台工作。'],
    ['running head', '某某日报 2021年11月4日 星期四 第2版 要闻'],
  ])('not spaced out: %s', (_name, input) => {
    expect(collapseSpacedOut(input)).toBeNull();
    expect(normalize(input).lines[0].text).toBe(input);
  });

  it('leaves every line of the real issue as printed', () => {
    const corpus = readFileSync(path.resolve(here, '../fixtures/000_038dc682623388e9/000_038dc682623388e9.txt'), 'utf8');
    const n = normalize(corpus);
    const raw = corpus.split('\n');
    expect(n.lines.map((l) => l.text)).toEqual(raw[raw.length - 1] === '' ? raw.slice(0, -1) : raw);
    expect(n.diagnostics).toEqual([]);
  });

  it('a 1 MB spaced-out line with no break is handled whole', () => {
    const line = '区 委 书 记 调 研 ， '.repeat(80_000);
    const out = normalize(line).lines[0].text;
    expect(out).toBe('区委书记调研，'.repeat(80_000) + ' ');
  });
});

describe('foldForMatching', () => {
  it.each([
    ['１０月９日', '10月9日'],
    ['ＡＢＣ１２３', 'ABC123'],
    ['区委　书记 胡拥军', '区委书记胡拥军'],
    ['李\u200B明', '李明'],
    ['（记者　金驰）', '(记者金驰)'],
    ['2023 年 5 月', '2023年5月'],
  ])('%s → %s', (input, want) => expect(foldForMatching(input)).toBe(want));
});

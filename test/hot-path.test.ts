/**
 * What replaced Maps, sets and repeated scans on the hot path (issue 12) gives the answers of what it
 * replaced: the pair-keyed masks of the gazetteer scans (src/extract/pair-masks.ts), the typed index
 * of a tagging's start offsets (leaders.ts `tokenAt`), the bounded memories of noiseScore and
 * isHeadlineShaped (the same answer before and after a memory is emptied), the encoding fit read
 * through a table (decode.ts `legacyFits`), and the lexical cues compiled ahead (`prepareStructure`).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PairMasks } from '../src/extract/pair-masks.js';
import { tokenAt, type Token } from '../src/extract/leaders.js';
import { noiseScore } from '../src/stages/markers.js';
import { legacyFits } from '../src/stages/decode.js';
import { isHeadlineShaped } from '../src/text.js';
import { prepareStructure } from '../src/stages/structure/features.js';
import { LEXICAL_CUES } from '../src/stages/structure/weights.js';

describe('PairMasks', () => {
  it('answers the mask of each stored pair and 0 for others, as a Map of first × 65536 + second', () => {
    const names = ['南通市', '南通', '崇川区', '狼山镇', '北京', '北京市', '𠀋山', '\uffff\ufffe', 'ab'];
    const masks = new Map<number, number>();
    for (const n of names) {
      const k = PairMasks.key(n.charCodeAt(0), n.charCodeAt(1));
      masks.set(k, (masks.get(k) ?? 0) | (1 << n.length));
    }
    const table = new PairMasks(masks);
    expect(table.get('南'.charCodeAt(0), '通'.charCodeAt(0))).toBe((1 << 3) | (1 << 2));
    expect(table.get('北'.charCodeAt(0), '京'.charCodeAt(0))).toBe((1 << 2) | (1 << 3));
    expect(table.get('崇'.charCodeAt(0), '川'.charCodeAt(0))).toBe(1 << 3);
    // a surrogate pair's two units are a pair like any other (𠀋 is U+2000B)
    expect(table.get('𠀋'.charCodeAt(0), '𠀋'.charCodeAt(1))).toBe(1 << 3); // 𠀋山: three UTF-16 units
    expect(table.get(0xffff, 0xfffe)).toBe(1 << 2);
    expect(table.get(0x61, 0x62)).toBe(1 << 2);
    // absent pairs, the reversed pair, and the pair that marks an empty slot
    expect(table.get('通'.charCodeAt(0), '南'.charCodeAt(0))).toBe(0);
    expect(table.get('上'.charCodeAt(0), '海'.charCodeAt(0))).toBe(0);
    expect(table.get(0xffff, 0xffff)).toBe(0);
    expect(table.get(0, 0)).toBe(0);
  });

  it('agrees with the Map it was made from on every pair of a few thousand units, full or sparse', () => {
    const masks = new Map<number, number>();
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let k = 0; k < 3000; k++) masks.set(PairMasks.key(0x4e00 + (next() % 60), 0x4e00 + (next() % 60)), 1 + (next() % 511));
    const table = new PairMasks(masks);
    for (let a = 0x4e00; a < 0x4e00 + 64; a++)
      for (let b = 0x4e00; b < 0x4e00 + 64; b++) expect(table.get(a, b)).toBe(masks.get(PairMasks.key(a, b)) ?? 0);
    expect(new PairMasks(new Map()).get(0x4e00, 0x4e01)).toBe(0);
  });
});

describe('tokenAt', () => {
  const tok = (word: string, start: number): Token => ({ word, tag: 'n', start, end: start + word.length });

  it('finds the first token starting at an offset, -1 elsewhere, as findIndex does', () => {
    const tokens = [tok('区委', 10), tok('书记', 12), tok('胡', 14), tok('拥军', 15), tok('胡拥军', 14), tok('督查', 17)];
    for (let pos = 0; pos < 25; pos++) expect(tokenAt(tokens, pos)).toBe(tokens.findIndex((t) => t.start === pos));
    expect(tokenAt(tokens, 14)).toBe(2);
    expect(tokenAt(tokens, -1)).toBe(-1);
  });

  it('reads tokens out of order and an empty tagging', () => {
    const tokens = [tok('拥军', 5), tok('胡', 4), tok('书记', 2), tok('区委', 0)];
    expect([0, 1, 2, 3, 4, 5, 6].map((p) => tokenAt(tokens, p))).toEqual([3, -1, 2, -1, 1, 0, -1]);
    expect(tokenAt([], 0)).toBe(-1);
  });
});

describe('remembered line predicates', () => {
  const lines = ['区委书记胡拥军督查防汛工作', '<    66   于 ??', '一 一', '物', '本报讯（记者 王峰）昨日，全区防汛工作会议召开。', '凝心聚力，奋勇争先'];
  // as the functions gave before they remembered anything (main f648d06)
  const noise = [0, 1, 0.7, 0.8, 0, 0];
  const shaped = [true, true, true, true, false, true];

  it('answers as before and after its memory is emptied (more lines than it keeps)', () => {
    expect(lines.map(noiseScore)).toEqual(noise);
    expect(lines.map(isHeadlineShaped)).toEqual(shaped);
    const first = lines.map(noiseScore);
    // 10,000 other short lines: more than NOISE_MEMO_LINES and HEADLINE_MEMO_LINES (8,192)
    for (let k = 0; k < 10_000; k++) {
      const l = `第${k}条　测试`;
      noiseScore(l);
      isHeadlineShaped(l);
    }
    expect(lines.map(noiseScore)).toEqual(first);
    expect(lines.map(isHeadlineShaped)).toEqual(shaped);
    // a line longer than the memory keeps is read each time, the same way
    const long = '全区防汛工作会议召开，'.repeat(30);
    expect(noiseScore(long)).toBe(noiseScore(long.slice(0)));
    expect(isHeadlineShaped(long)).toBe(false);
  });
});

describe('legacyFits', () => {
  it('counts code points in the fit sets: simplified text fits GB18030 whole, its bytes read as Big5 do not', () => {
    const text = '区委书记胡拥军督查防汛工作，要求压实责任。';
    const fits = legacyFits(iconv.encode(text, 'gb18030'));
    expect(fits.gb18030).toBe(1);
    expect(fits.big5).toBeLessThan(0.6);
    // a character outside the BMP (𠀋, four bytes in GB18030) is one non-ASCII character, in no set: 19 of 20
    expect(legacyFits(iconv.encode('𠀋区委书记胡拥军督查防汛工作要求压实责任', 'gb18030')).gb18030).toBeCloseTo(19 / 20, 10);
  });
});

describe('prepareStructure', () => {
  it('leaves the lexical cues finding what they found, their lastIndex as it was', () => {
    const lines = ['本报讯（记者　王峰）', '（通讯员　鄢　青　摄）', '编者按：', '2026年12月3日', '一、决定任命：', '区委书记胡拥军督查防汛工作'];
    const cuesOf = (l: string) => LEXICAL_CUES.filter(([, re]) => re.test(l)).map(([name]) => name);
    const before = lines.map(cuesOf);
    expect(before[0]).toContain('own-lead');
    expect(before[3]).toContain('date-only');
    expect(before[4]).toContain('numbered-label');
    prepareStructure();
    expect(lines.map(cuesOf)).toEqual(before);
    expect(LEXICAL_CUES.every(([, re]) => re.lastIndex === 0)).toBe(true);
  });
});

/**
 * The character-frequency model that weighs two decodings of the same bytes (src/input/char-cost.ts,
 * src/data/char-freq.ts from jieba's dictionary): real text is cheaper than the mojibake its bytes
 * make in the other encoding, whichever standard's level its characters are of.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BROKEN_COST, charCost, FOREIGN_COST, LEVEL1_MAX_COST, SYMBOL_COST, textCoster, UNSEEN_HAN_COST } from '../src/input/char-cost.js';

/** GB 2312 level 1 (lead bytes B0-D7), the cap's set in this test. */
const gbLevel1 = (ch: string) => {
  const b = iconv.encode(ch, 'gb18030');
  return b.length === 2 && b[0] >= 0xb0 && b[0] <= 0xd7;
};

describe('charCost', () => {
  it('gives the dictionary cost, capped for level-1 characters, and a class cost to the rest', () => {
    expect(['的', '今', '岚', '婃'].map((c) => charCost(c, gbLevel1))).toEqual([5.5, 7, 12, 12.5]);
    // 國 costs 16 in simplified text; a level-1 character of the reader's set is capped
    expect([charCost('國', () => false), charCost('國', () => true)]).toEqual([16, LEVEL1_MAX_COST]);
    expect(['，', '℃', '□', '０', '—'].map((c) => charCost(c, gbLevel1))).toEqual(Array(5).fill(SYMBOL_COST));
    expect(['ѧ', 'é', 'ア'].map((c) => charCost(c, gbLevel1))).toEqual(Array(3).fill(FOREIGN_COST));
    expect(['\ufffd', '\ue000', '\u0085'].map((c) => charCost(c, gbLevel1))).toEqual(Array(3).fill(BROKEN_COST));
    expect(charCost('𠀀', gbLevel1)).toBe(UNSEEN_HAN_COST);
  });
});

describe('textCoster', () => {
  const cost = textCoster(gbLevel1);
  it('sums the non-ASCII characters: UTF-8 text against its GB18030 mojibake, and back', () => {
    expect([cost('今日岚溪'), cost('浠婃棩宀氭邯')]).toEqual([35, 71]);
    // GB18030 bytes of 学院 are valid UTF-8 for ѧԺ: the GB18030 reading is the cheap one
    expect([cost('学院'), cost('ѧԺ')]).toEqual([12, 28]);
    expect(cost('abc 123\n')).toBe(0);
    expect(cost('𠀀a𠀀')).toBe(2 * UNSEEN_HAN_COST);
  });
});

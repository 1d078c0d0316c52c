/**
 * findOfficeChains is the linear-time form of CHAIN_RE (whose backtracking is exponential on runs
 * such as 区委区委区委…): on short random strings of office words, separators and other text, both
 * must find the same chains at the same places.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAIN_RE, findOfficeChains } from '../src/extract/leaders.js';
import { OFFICE_CORES, OFFICE_PREFIXES } from '../src/extract/lexicon.js';

const piece = fc.oneof(
  fc.constantFrom(...OFFICE_PREFIXES),
  fc.constantFrom(...OFFICE_CORES),
  fc.constantFrom('、', '，', ',', '。', '副', '常务', '胡拥军', '张明星', '调研', '区', '组织', '部长', '支', '支部', '宋桥村党', '代理', '挂职'),
);

describe('findOfficeChains', () => {
  it('finds what CHAIN_RE finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const want = [...text.matchAll(new RegExp(CHAIN_RE.source, CHAIN_RE.flags))].map((m) => ({
          index: m.index,
          match: m[0],
        }));
        expect(findOfficeChains(text)).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a run that makes the regex backtrack as one chain', () => {
    const text = '区委'.repeat(200) + '书记胡拥军';
    expect(findOfficeChains(text)).toEqual([{ index: 0, match: '区委'.repeat(200) + '书记' }]);
  });
});

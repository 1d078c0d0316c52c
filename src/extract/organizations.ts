/**
 * Organizations named in a story by suffix (有限公司, 公司, 局, 委员会, 工委, 学校, 医院, 商会, …; list in
 * `lexicon.ts`) with the name-like words before the suffix word (南通兴环环境卫生服务有限公司,
 * 狼山镇街道人大工委, 街道综合行政执法局). A bare suffix word (公司, 政府) is no organization.
 */
import type { Token } from './leaders.js';
import { GENERIC_ORG_WORDS, ORG_SUFFIXES } from './lexicon.js';

/** An organization mention with its span (UTF-16 offsets, end exclusive). */
export interface OrgMention {
  name: string;
  start: number;
  end: number;
}

/** Longest stem (characters before the suffix) of an organization name. Tuned on the real issue (南通兴环环境卫生服务: 10). */
export const MAX_ORG_STEM = 14;

const HAN_ONLY = /^\p{Script=Han}+$/u;
const BREAK_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'f', 't', 'd', 'ad', 'vd', 'y', 'e', 'o', 'v']);
/** Modifiers that do not name an organization: 相关部门, 各, 该. */
const NOT_NAME = new Set(['相关', '各', '该', '本', '有关', '各级', '多家', '全区', '全市', '全县', '新', '原', '这家', '一家', '物业']);

/** Words ending in 局 that are no bureau (格局, 大局, 布局, …). From common usage. */
const NOT_BUREAU = ['格局', '布局', '大局', '全局', '结局', '开局', '棋局', '当局', '饭局', '僵局', '时局', '残局', '变局', '终局', '骗局', '赌局'];

function suffixOf(word: string): string | null {
  for (const s of ORG_SUFFIXES) if (word.endsWith(s)) return s;
  return null;
}

/**
 * Finds organizations in `text` from its tagged words with offsets. Overlaps resolve to the
 * longest name. Returns mentions in text order.
 */
export function findOrganizationMentions(text: string, tokens: readonly Token[]): OrgMention[] {
  const cands: OrgMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const last = tokens[k];
    if (!HAN_ONLY.test(last.word)) continue;
    const suffix = suffixOf(last.word);
    if (!suffix) continue;
    // 局 and 党委 end many words (格局, 结局): the suffix must be its own word or end a longer one.
    if (suffix === '局' && (last.word.length === 2 || NOT_BUREAU.some((w) => last.word.endsWith(w)))) continue;
    let start = last.start;
    for (let j = k - 1; j >= 0; j--) {
      const t = tokens[j];
      if (t.end !== start || !HAN_ONLY.test(t.word) || NOT_NAME.has(t.word) || /^[暨与和及在于的到从对向为是把被将给让等或并]$/u.test(t.word)) break;
      if (BREAK_TAGS.has(t.tag) && t.word.length > 1) break;
      if (['p', 'c', 'u', 'uj', 'ul', 'r', 'm', 'f', 'd'].includes(t.tag)) break;
      if (last.end - t.start - suffix.length > MAX_ORG_STEM) break;
      start = t.start;
    }
    const name = text.slice(start, last.end);
    if (name.length - suffix.length < 2 || GENERIC_ORG_WORDS.has(name.replace(/([省市区县镇乡])\1+/gu, '$1'))) continue;
    cands.push({ name, start, end: last.end });
  }
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: OrgMention[] = [];
  for (const c of cands) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

import { OFFICE_CORES, ROLE_WORDS, SURNAMES } from '../../extract/lexicon.js';

/**
 * Names as printed on credit lines and in running text: two-character names padded to the width of
 * three (程　远, 民警李　强说).
 */

/**
 * Closes up two-character names padded to the width of three (程　远 → 程远): two single Han
 * characters standing alone between spaces (or after a colon) are one name.
 */
export function closeUpNames(text: string): string {
  const parts = text.split(/([\s\u3000]+|[：:])/u);
  const out: string[] = [];
  let k = 0;
  const single = (x: string | undefined) => x !== undefined && /^[（(]?\p{Script=Han}[）)]?$/u.test(x);
  const stem = (x: string | undefined) => x !== undefined && /^\p{Script=Han}摄/u.test(x);
  while (k < parts.length) {
    if (single(parts[k]) && /^[\s\u3000]+$/u.test(parts[k + 1] ?? '') && (single(parts[k + 2]) || stem(parts[k + 2]))) {
      out.push(parts[k] + parts[k + 2]);
      k += 3;
      continue;
    }
    out.push(parts[k]);
    k++;
  }
  return out.join('');
}

/** Offices and roles (OFFICE_CORES, ROLE_WORDS) a name follows in running text, at a text's end (民警, 所长). */
const POST_BEFORE_NAME_RE = new RegExp(`(?:${[...new Set([...OFFICE_CORES, ...ROLE_WORDS])].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/**
 * Whether the ideographic space at `at` pads a two-character name in running text (民警李　强说, 所长王　勇介绍,
 * 王　勇提醒): a surname of lexicon.ts right before it, that surname right after an office or role
 * (POST_BEFORE_NAME_RE) or at the line's start, after an opening bracket or quote or a space, and
 * a Han character right after it. Papers pad a two-character name to the width of three in running text
 * as on credit lines (county papers, 公安/法治 papers: tester30's police-weekly, Dec 2026): print
 * convention, no OCR slip (markers.ts closeUpDiagnostics); an ASCII space (OCR's, 胡 拥军) is none.
 */
export function isPaddedNameSpace(text: string, at: number): boolean {
  if (text[at] !== '\u3000' || !SURNAMES.has(text[at - 1] ?? '') || !/\p{Script=Han}/u.test(text[at + 1] ?? '')) return false;
  // after the line's start, an opening bracket or quote, or a space (王　勇提醒, （周　岩）); after a comma the
  // space may as well split a name of three (会上，胡　拥军强调): that still warns
  const before = text[at - 2] ?? '';
  return before === '' || /[\s\u3000（(“「『]/u.test(before) || POST_BEFORE_NAME_RE.test(text.slice(Math.max(0, at - 9), at - 1));
}

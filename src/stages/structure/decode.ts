/**
 * Structure step 3 of 4: the best role sequence for a whole page (Viterbi). The item grammar
 * (furniture* (kicker? title subtitle* lead? body+ credit*)+, photo items title caption credit,
 * briefs, cross-heads inside a body, bylines under the headline or at the end, stories
 * interrupted and continued) lives in the transition weights between roles, fitted with the
 * emissions, plus the hard constraints FORBIDDEN of weights.ts.
 */
import { DECODE_ROLES, FORBIDDEN } from './weights.js';

const R = DECODE_ROLES.length;
const START = R;

/** `allowed[p][r]`: may role r follow role p (p = R for the start of the page)? */
const allowed: boolean[][] = (() => {
  const a = Array.from({ length: R + 1 }, () => new Array<boolean>(R).fill(true));
  for (const [p, r] of FORBIDDEN) a[p === 'start' ? START : DECODE_ROLES.indexOf(p)][DECODE_ROLES.indexOf(r)] = false;
  return a;
})();

/** True when role r may follow role p (p = DECODE_ROLES.length for the page start). */
export function transitionAllowed(p: number, r: number): boolean {
  return allowed[p][r];
}

/**
 * Viterbi over `scores[unit][role]` with transition weights `trans[prev][role]` (row R: start).
 * Returns the best role index per unit; ties go to the lower role index (deterministic). A page
 * with no units gives []. The last unit may not be a kicker's line (a kicker needs its title).
 */
export function viterbi(scores: number[][], trans: number[][]): number[] {
  const n = scores.length;
  if (!n) return [];
  const best: number[][] = [];
  const back: number[][] = [];
  best.push(scores[0].map((s, r) => (allowed[START][r] ? s + trans[START][r] : -Infinity)));
  back.push(new Array<number>(R).fill(-1));
  for (let k = 1; k < n; k++) {
    const row = new Array<number>(R).fill(-Infinity);
    const bk = new Array<number>(R).fill(0);
    for (let r = 0; r < R; r++) {
      for (let p = 0; p < R; p++) {
        if (!allowed[p][r]) continue;
        const v = best[k - 1][p] + trans[p][r];
        if (v > row[r]) {
          row[r] = v;
          bk[r] = p;
        }
      }
      row[r] += scores[k][r];
    }
    best.push(row);
    back.push(bk);
  }
  const kicker = DECODE_ROLES.indexOf('kicker');
  let end = -1;
  for (let r = 0; r < R; r++) if (r !== kicker && (end < 0 || best[n - 1][r] > best[n - 1][end])) end = r;
  const out = new Array<number>(n);
  out[n - 1] = end;
  for (let k = n - 1; k > 0; k--) out[k - 1] = back[k][out[k]];
  return out;
}

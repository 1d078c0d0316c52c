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
export function viterbi(scores: readonly (readonly number[])[], trans: number[][]): number[] {
  const flat = new Float64Array(scores.length * R);
  scores.forEach((row, k) => flat.set(row, k * R));
  return viterbiFlat(flat, trans);
}

/**
 * `viterbi` over scores laid out flat, unit after unit: `scores[k * R + r]` (R =
 * DECODE_ROLES.length; a length that is not a multiple of R ignores the rest). Same arithmetic and
 * tie-breaking as `viterbi` ({@link ViterbiRun} fed row by row).
 */
export function viterbiFlat(scores: Float64Array, trans: number[][]): number[] {
  const n = Math.floor(scores.length / R);
  const run = new ViterbiRun(n, trans);
  for (let k = 0; k < n; k++) run.push(scores, k * R);
  return run.best();
}

/**
 * The Viterbi of `viterbi`, fed one unit's scores at a time (as the structure step scores them), so
 * that no table of all units' scores is held: it keeps two rows of path scores and one byte per
 * unit and role for the way back, R + 8·2R bytes for a page of any length (a whole 40 MB file is
 * one page: issue 10). Same arithmetic and tie-breaking as `viterbi`.
 */
export class ViterbiRun {
  private readonly back: Uint8Array;
  private prev = new Float64Array(R);
  private row = new Float64Array(R);
  private n = 0;

  /** @param maxUnits the most units that will be pushed; `trans` as `viterbi` takes it. */
  constructor(
    maxUnits: number,
    private readonly trans: number[][],
  ) {
    this.back = new Uint8Array(maxUnits * R);
  }

  /**
   * Adds the next unit, its scores read from `scores[at .. at + R)` (roles in DECODE_ROLES order).
   * @throws RangeError past `maxUnits` units.
   */
  push(scores: ArrayLike<number>, at = 0): void {
    const { trans, prev, row, back } = this;
    const k = this.n;
    if ((k + 1) * R > back.length) throw new RangeError(`ViterbiRun: more than ${back.length / R} units`);
    this.n = k + 1;
    if (k === 0) {
      for (let r = 0; r < R; r++) prev[r] = allowed[START][r] ? scores[at + r] + trans[START][r] : -Infinity;
      return;
    }
    const base = k * R;
    for (let r = 0; r < R; r++) {
      let v0 = -Infinity;
      let bk = 0;
      for (let p = 0; p < R; p++) {
        if (!allowed[p][r]) continue;
        const v = prev[p] + trans[p][r];
        if (v > v0) {
          v0 = v;
          bk = p;
        }
      }
      row[r] = v0 + scores[at + r];
      back[base + r] = bk;
    }
    this.prev = row;
    this.row = prev;
  }

  /** The best role index per unit pushed so far ([] for none); the last unit is no kicker's line. */
  best(): number[] {
    const n = this.n;
    if (!n) return [];
    const { prev, back } = this;
    const kicker = DECODE_ROLES.indexOf('kicker');
    let end = -1;
    for (let r = 0; r < R; r++) if (r !== kicker && (end < 0 || prev[r] > prev[end])) end = r;
    const out = new Array<number>(n);
    out[n - 1] = end;
    for (let k = n - 1; k > 0; k--) out[k - 1] = back[k * R + out[k]];
    return out;
  }
}

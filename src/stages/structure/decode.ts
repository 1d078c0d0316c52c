/**
 * Structure step 3 of 4: the best role sequence for a whole page (Viterbi). The item grammar
 * (furniture* (kicker? title subtitle* lead? body+ credit*)+, photo items title caption credit,
 * briefs, cross-heads inside a body, bylines under the headline or at the end, stories
 * interrupted and continued) lives in the transition weights between roles, fitted with the
 * emissions, plus the hard constraints FORBIDDEN of weights.ts.
 */
import { DECODE_ROLES, FORBIDDEN, type DecodeRole } from './weights.js';
import { UNCERTAIN_BOUNDARY_MARGIN } from '../../heuristics.js';

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

/**
 * Max-marginals of the decode: `out[k * R + r]` is the score of the best role sequence of the
 * whole page that gives unit k role r (R = DECODE_ROLES.length; -Infinity where no allowed
 * sequence does). The best entry of a unit's row is the best path's score (its role in `viterbi`'s
 * answer, up to ties); the gap to the runner-up is how much the page's evidence prefers that role,
 * in the model's score units (log-linear weights). `scores` as `viterbiFlat` takes them; the last
 * unit may not be a kicker's line, as in `viterbi`. O(n·R²) time, 3·n·R numbers of memory.
 */
export function maxMarginals(scores: Float64Array, trans: number[][]): Float64Array {
  const n = Math.floor(scores.length / R);
  const alpha = new Float64Array(n * R).fill(-Infinity);
  const beta = new Float64Array(n * R).fill(-Infinity);
  const out = new Float64Array(n * R);
  if (n === 0) return out;
  for (let r = 0; r < R; r++) alpha[r] = allowed[START][r] ? scores[r] + trans[START][r] : -Infinity;
  for (let k = 1; k < n; k++) {
    for (let r = 0; r < R; r++) {
      let v0 = -Infinity;
      for (let p = 0; p < R; p++) if (allowed[p][r]) v0 = Math.max(v0, alpha[(k - 1) * R + p] + trans[p][r]);
      alpha[k * R + r] = v0 + scores[k * R + r];
    }
  }
  const kicker = DECODE_ROLES.indexOf('kicker');
  for (let r = 0; r < R; r++) beta[(n - 1) * R + r] = r === kicker ? -Infinity : 0;
  for (let k = n - 2; k >= 0; k--) {
    for (let p = 0; p < R; p++) {
      let v0 = -Infinity;
      for (let r = 0; r < R; r++) if (allowed[p][r]) v0 = Math.max(v0, trans[p][r] + scores[(k + 1) * R + r] + beta[(k + 1) * R + r]);
      beta[k * R + p] = v0;
    }
  }
  for (let i = 0; i < n * R; i++) out[i] = alpha[i] + beta[i];
  return out;
}

/** Roles that open an item: a unit decoded as one starts a story (or photo item, brief). */
const OPENS_ITEM = new Set<string>(['kicker', 'title']);

/**
 * A unit where the page's evidence barely decides whether an item starts there: the decoded role
 * opens an item (kicker, title) and the best role that does not is within `margin`, or the other
 * way round. `line`: the unit's first source line (1-based; set by the caller, which knows the
 * blocks). `margin`: the max-marginal gap (`maxMarginals`), in model score units, >= 0.
 */
export interface UncertainBoundary {
  unit: number;
  line: number;
  role: DecodeRole;
  alternative: DecodeRole;
  margin: number;
}

/**
 * The units of a decoded page (`best`, as `viterbi` gives it) whose item boundary is uncertain:
 * the best role on the other side of "opens an item" has a max-marginal within
 * UNCERTAIN_BOUNDARY_MARGIN (heuristics.ts) of the decoded one's. `mm` as `maxMarginals` gives it.
 * `line` is 0 (the caller sets it).
 */
export function uncertainBoundaries(mm: Float64Array, best: readonly number[]): UncertainBoundary[] {
  const out: UncertainBoundary[] = [];
  for (let k = 0; k < best.length; k++) {
    const b = best[k];
    const opens = OPENS_ITEM.has(DECODE_ROLES[b]);
    let alt = -1;
    for (let r = 0; r < R; r++) if (OPENS_ITEM.has(DECODE_ROLES[r]) !== opens && (alt < 0 || mm[k * R + r] > mm[k * R + alt])) alt = r;
    if (alt < 0 || !Number.isFinite(mm[k * R + alt])) continue;
    const margin = mm[k * R + b] - mm[k * R + alt];
    if (margin < UNCERTAIN_BOUNDARY_MARGIN) out.push({ unit: k, line: 0, role: DECODE_ROLES[b], alternative: DECODE_ROLES[alt], margin: Math.max(0, margin) });
  }
  return out;
}

/**
 * Every unit's margin over the page (`mm` as `maxMarginals` gives it, `best` as `viterbi` does):
 * the decoded role, the best other role and the gap between their max-marginals (model score
 * units, >= 0; a unit with no allowed other role is left out). A small gap is a near-tie, which a
 * refit of the weights may turn (scripts/margins.mjs lists them). `line` is 0 (the caller sets it).
 */
export function roleMargins(mm: Float64Array, best: readonly number[]): UncertainBoundary[] {
  const out: UncertainBoundary[] = [];
  for (let k = 0; k < best.length; k++) {
    const b = best[k];
    let alt = -1;
    for (let r = 0; r < R; r++) if (r !== b && (alt < 0 || mm[k * R + r] > mm[k * R + alt])) alt = r;
    if (alt < 0 || !Number.isFinite(mm[k * R + alt])) continue;
    out.push({ unit: k, line: 0, role: DECODE_ROLES[b], alternative: DECODE_ROLES[alt], margin: Math.max(0, mm[k * R + b] - mm[k * R + alt]) });
  }
  return out;
}

/**
 * Structure step 2 of 4: evidence → a score per role per unit. The score of role r for a unit is
 * the sum over its features of `weights.emit[feature][r]` (unknown features weigh nothing).
 */
import { COLOPHON, DECODE_ROLES, FURNITURE_SHAPED, PRIOR, PRIOR_SCALE, type StructureWeights } from './weights.js';

/** Scores `[unit][role]` (roles in DECODE_ROLES order) of units given by their feature lists. */
export function scoreUnits(features: string[][], weights: StructureWeights): number[][] {
  return features.map((fs) => scoreUnit(fs, weights));
}

/** The scores (roles in DECODE_ROLES order) of one unit given by its feature list. */
export function scoreUnit(fs: readonly string[], weights: StructureWeights): number[] {
  const R = DECODE_ROLES.length;
  const s = new Array<number>(R).fill(0);
  for (const f of fs) {
    const w = weights.emit[f];
    if (!w) continue;
    for (let r = 0; r < R; r++) s[r] += w[r];
  }
  return gateNoise(s, fs);
}

const NOISE = DECODE_ROLES.indexOf('noise');

/**
 * `scoreUnit` written into `out[at .. at + DECODE_ROLES.length)` (a flat score table, decode.ts
 * `viterbiFlat`) instead of a new array: the same sums in the same order.
 */
export function scoreUnitInto(fs: readonly string[], weights: StructureWeights, out: Float64Array, at: number): void {
  const R = DECODE_ROLES.length;
  out.fill(0, at, at + R);
  for (const f of fs) {
    const w = weights.emit[f];
    if (!w) continue;
    for (let r = 0; r < R; r++) out[at + r] += w[r];
  }
  if (!mayBeNoise(fs)) out[at + NOISE] = -Infinity;
}

/**
 * True when a unit with these features may be read as noise (page furniture): one short printed
 * line (FURNITURE_SHAPED), or a line of a 版记 (COLOPHON), which the model reads as the issue's
 * furniture or as its document's text by the evidence around it.
 */
export function mayBeNoise(features: readonly string[]): boolean {
  return features.includes(FURNITURE_SHAPED) || features.includes(COLOPHON);
}

/**
 * A unit that is not FURNITURE_SHAPED (one printed line of at most NOISE_MAX_LENGTH) nor a line
 * of a 版记 (COLOPHON) may not be noise: its score for noise becomes -Infinity (`mayBeNoise`).
 * Returns `scores`, changed in place.
 */
export function gateNoise(scores: number[], features: readonly string[]): number[] {
  if (!mayBeNoise(features)) scores[NOISE] = -Infinity;
  return scores;
}

/** The hand-set PRIOR of weights.ts (times PRIOR_SCALE) as a model (no transition weights, fitted on nothing). */
export function priorWeights(): StructureWeights {
  const R = DECODE_ROLES.length;
  const emit: Record<string, number[]> = {};
  for (const [f, byRole] of Object.entries(PRIOR)) {
    emit[f] = DECODE_ROLES.map((r) => (byRole[r] ?? 0) * PRIOR_SCALE);
  }
  return {
    roles: [...DECODE_ROLES],
    emit,
    trans: Array.from({ length: R + 1 }, () => new Array<number>(R).fill(0)),
    fittedOn: [],
    iterations: 0,
  };
}

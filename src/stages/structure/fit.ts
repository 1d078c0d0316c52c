/**
 * Fitting the structure weights: a linear-chain CRF (Lafferty et al. 2001) over the unit features
 * of features.ts and the grammar of decode.ts, the way GROBID's CRF models label the lines of
 * scholarly PDFs, with a Gaussian prior centred on the hand-set PRIOR of weights.ts (L2 toward it,
 * FIT_L2). A CRF replaced the averaged perceptron first used here: the perceptron's weights swung
 * with every new feature and generalised worse to held-out papers (16-paper zoo totals held out,
 * found / no extra / subtitles / kind / roles 88/77/84/76/88 → 89/82/86/78/91).
 *
 * The fit is the optimum of that convex objective, found by L-BFGS on all pages at once with the
 * exact gradient (forward-backward) until no gradient component exceeds FIT_TOLERANCE: the
 * weights do not depend on the order of the pages (two orders agree to about 1e-7). It replaced a
 * per-page AdaGrad fit visited in a seeded shuffle and averaged over its later passes, which
 * stopped short of the optimum, so that its seed alone moved held-out zoo totals by up to 2.2
 * points and 36 of 66 zoo rows (scripts/fit-spread.mjs, 5 seeds, main 2b13fa3: bounds 93.3–95.5,
 * bylines 93.4–95.2, kind 94.4–96.2; national-daily no extra 38–76, industry-paper bylines 81–100).
 *
 * Labels are line roles (`LineRole`, as in the zoo's `expected.<layout>.json` `roles`); a unit
 * takes the role of its first printed line. A text unit whose gold role is furniture that
 * furniture.ts did not recognise (a running head, folio, editor line, jump) teaches nothing: its
 * role is summed over. (Teaching such units as `noise` gave 4 points of "no extra" on the zoo
 * but lost wrapped title tails and torn headlines of the OCR fixtures to furniture. Teaching only
 * the units set between page-head furniture, `between-furniture`, as noise moved the fit enough to
 * lose a byline of the clean OCR fixture; that feature's weight is the prior's.)
 */
import type { Block, LineRole } from '../../types.js';
import { pageUnits } from './features.js';
import { mayBeNoise, priorWeights } from './roles.js';
import { transitionAllowed } from './decode.js';
import { DECODE_ROLES, FIT_L2, FIT_MAX_ITERATIONS, FIT_MEMORY, FIT_TOLERANCE, type DecodeRole, type StructureWeights } from './weights.js';

/** A training page: its blocks (from `layoutBlocks`) and the gold role of each source line. */
export interface FitPage {
  /** Names the document in `fittedOn` (e.g. `national-daily.wrap`). */
  name: string;
  blocks: Block[];
  roles: Map<number, LineRole>;
}

/** The decode role a gold line role stands for on a text unit, or null to skip the unit. */
export function decodeRoleOf(role: LineRole): DecodeRole | null {
  switch (role) {
    case 'kicker':
    case 'title':
    case 'subtitle':
    case 'crosshead':
    case 'lead':
    case 'body':
    case 'byline':
    case 'caption':
    case 'section':
    case 'noise':
      return role;
    // A 版记 line of the issue (furniture kind colophon) is what the decoder reads as noise.
    case 'colophon':
      return 'noise';
    default:
      return null;
  }
}

/** Options of `fitPages` (defaults from weights.ts). */
export interface FitOptions {
  /**
   * Seed of a shuffle of the pages before the fit (default: none, pages sorted by name). The
   * optimum does not depend on it; scripts/fit-spread.mjs and the tests use it to show that.
   */
  seed?: number;
  /** Strength of the L2 pull toward the prior (default FIT_L2). */
  l2?: number;
  /** Stop when no gradient component exceeds this (default FIT_TOLERANCE). */
  tolerance?: number;
  /** Most L-BFGS iterations (default FIT_MAX_ITERATIONS). */
  maxIterations?: number;
  /** Round the weights to 1e-4 as shipped (default true; the tests compare unrounded fits). */
  round?: boolean;
}

/**
 * The fit as a smooth convex problem: the weights are one vector `x`, the emission weights first
 * (`x[f * R + r]`, feature f of `names`, role r of DECODE_ROLES), then the transitions
 * (`x[F * R + p * R + r]`, p = R the page start). Per unit k of page d, `ids[d][k]` lists its
 * feature indices, `gold[d][k]` its gold role index (-1: summed over), `noiseOk[d][k]` whether it
 * may be noise (FURNITURE_SHAPED or COLOPHON; roles.ts mayBeNoise, gateNoise).
 */
interface Problem {
  R: number;
  F: number;
  names: string[];
  index: Map<string, number>;
  /** The prior's weights, the centre of the L2 pull (transitions: 0). */
  x0: Float64Array;
  ids: Int32Array[][];
  gold: Int32Array[];
  noiseOk: Uint8Array[];
  l2: number;
  /** Most units of a page (the scratch arrays' size). */
  maxUnits: number;
}

function compile(pages: FitPage[], l2: number): Problem {
  const R = DECODE_ROLES.length;
  const prior = priorWeights();
  const index = new Map<string, number>();
  const names: string[] = [];
  const add = (f: string) => {
    if (!index.has(f)) {
      index.set(f, names.length);
      names.push(f);
    }
  };
  for (const f of Object.keys(prior.emit).sort()) add(f);
  const units = pages.map((p) => {
    const out: { features: string[]; gold: number }[] = [];
    for (const u of pageUnits(p.blocks)) {
      const role = p.roles.get(u.block.rawLines[0]?.line ?? u.block.lines[0]);
      const d = role ? decodeRoleOf(role) : null;
      // A unit with no decodable gold role still sits in the sequence, with gold -1 (any role).
      // Noise the decoder may not choose (a long or multi-line unit) is left to the model.
      out.push({ features: u.features, gold: d && !(d === 'noise' && !mayBeNoise(u.features)) ? DECODE_ROLES.indexOf(d) : -1 });
    }
    return out;
  }).filter((us) => us.length > 0);
  // Feature indices in sorted order of names, so that the vector does not depend on page order.
  for (const f of [...new Set(units.flatMap((us) => us.flatMap((u) => u.features)))].sort()) add(f);
  const F = names.length;
  const x0 = new Float64Array(F * R + (R + 1) * R);
  for (const [f, v] of Object.entries(prior.emit)) for (let r = 0; r < R; r++) x0[index.get(f)! * R + r] = v[r];
  return {
    R,
    F,
    names,
    index,
    x0,
    ids: units.map((us) => us.map((u) => Int32Array.from(u.features, (f) => index.get(f)!))),
    gold: units.map((us) => Int32Array.from(us, (u) => u.gold)),
    noiseOk: units.map((us) => Uint8Array.from(us, (u) => (mayBeNoise(u.features) ? 1 : 0))),
    l2,
    maxUnits: Math.max(1, ...units.map((us) => us.length)),
  };
}

/**
 * The objective at `x`: the negative conditional log-likelihood of the gold roles, summed over the
 * pages, plus (l2 / 2)·‖x − x0‖²; its exact gradient is written into `grad` (forward-backward:
 * expected minus gold-clamped feature counts). Pages are summed in the order of `order`.
 */
function objective(pb: Problem, x: Float64Array, grad: Float64Array, order: readonly number[], scratch: Scratch): number {
  const { R, F, l2, x0 } = pb;
  let value = 0;
  grad.fill(0);
  const T = F * R;
  // exp of the transition weights, 0 where the grammar forbids the step.
  const A = scratch.A;
  for (let p = 0; p <= R; p++) for (let r = 0; r < R; r++) A[p * R + r] = transitionAllowed(p, r) ? Math.exp(x[T + p * R + r]) : 0;
  for (const d of order) {
    const ids = pb.ids[d];
    const n = ids.length;
    const s = scratch.s;
    for (let k = 0; k < n; k++) {
      const row = k * R;
      s.fill(0, row, row + R);
      for (const f of ids[k]) for (let r = 0; r < R; r++) s[row + r] += x[f * R + r];
    }
    const model = forwardBackward(pb, d, s, A, null, scratch.model);
    const gold = forwardBackward(pb, d, s, A, pb.gold[d], scratch.gold);
    if (model === null || gold === null) continue;
    value += model - gold;
    const mu = scratch.model.mu;
    const nu = scratch.gold.mu;
    for (let k = 0; k < n; k++) {
      const row = k * R;
      for (const f of ids[k]) for (let r = 0; r < R; r++) grad[f * R + r] += mu[row + r] - nu[row + r];
    }
    const xm = scratch.model.xi;
    const xg = scratch.gold.xi;
    for (let i = 0; i < (R + 1) * R; i++) grad[T + i] += xm[i] - xg[i];
  }
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - x0[i];
    value += 0.5 * l2 * dx * dx;
    grad[i] += l2 * dx;
  }
  return value;
}

/**
 * The objective `fitPages` minimises on `pages`, as a function of the weight vector (length
 * `size`: emission weights feature by feature in sorted order of names, then the (R + 1) × R
 * transitions; `x0` the prior's, where the fit starts): `evaluate(x, grad)` returns the value and
 * writes the exact gradient into `grad`. For checking the gradient against finite differences.
 */
export function fitObjective(pages: FitPage[], l2 = FIT_L2): { size: number; x0: Float64Array; evaluate(x: Float64Array, grad: Float64Array): number } {
  const pb = compile(pages, l2);
  const order = pb.ids.map((_, d) => d);
  const scratch = scratchFor(pb);
  return { size: pb.x0.length, x0: Float64Array.from(pb.x0), evaluate: (x, grad) => objective(pb, x, grad, order, scratch) };
}

/** Work arrays of one forward-backward pass, sized for the longest page. */
interface Pass {
  alpha: Float64Array;
  beta: Float64Array;
  E: Float64Array;
  c: Float64Array;
  mu: Float64Array;
  xi: Float64Array;
}
interface Scratch {
  A: Float64Array;
  s: Float64Array;
  model: Pass;
  gold: Pass;
}

function scratchFor(pb: Problem): Scratch {
  const { R, maxUnits: n } = pb;
  const pass = (): Pass => ({
    alpha: new Float64Array(n * R),
    beta: new Float64Array(n * R),
    E: new Float64Array(n * R),
    c: new Float64Array(n),
    mu: new Float64Array(n * R),
    xi: new Float64Array((R + 1) * R),
  });
  return { A: new Float64Array((R + 1) * R), s: new Float64Array(n * R), model: pass(), gold: pass() };
}

/**
 * Scaled forward-backward (Rabiner 1989) over page d for emission scores `s` (flat, unit by unit)
 * and exponentiated transitions `A` (row R: the page start), under the grammar of decode.ts
 * (transitionAllowed, no kicker last, gateNoise). `only[k]` ≥ 0 clamps unit k to that role (the
 * gold-constrained pass). Fills `out.mu` (unit marginals) and `out.xi` (transition marginals summed
 * over the page) and returns log Z, or null when no path is allowed.
 */
function forwardBackward(pb: Problem, d: number, s: Float64Array, A: Float64Array, only: Int32Array | null, out: Pass): number | null {
  const R = pb.R;
  const n = pb.ids[d].length;
  const noiseOk = pb.noiseOk[d];
  const { alpha, beta, E, c, mu, xi } = out;
  let logZ = 0;
  // E[k][r] = exp(s[k][r] − max over the roles unit k may take), 0 for a role it may not take.
  for (let k = 0; k < n; k++) {
    const row = k * R;
    let max = -Infinity;
    for (let r = 0; r < R; r++) {
      const ok = (only === null || only[k] < 0 || only[k] === r) && !(k === n - 1 && r === KICKER) && (r !== NOISE || noiseOk[k] === 1);
      E[row + r] = ok ? 1 : 0;
      if (ok && s[row + r] > max) max = s[row + r];
    }
    if (max === -Infinity) return null;
    for (let r = 0; r < R; r++) E[row + r] = E[row + r] ? Math.exp(s[row + r] - max) : 0;
    logZ += max;
  }
  // Forward, each row scaled to sum 1 (c[k] the scale).
  for (let k = 0; k < n; k++) {
    const row = k * R;
    let sum = 0;
    for (let r = 0; r < R; r++) {
      let a = 0;
      if (k === 0) a = A[R * R + r];
      else for (let p = 0; p < R; p++) a += alpha[row - R + p] * A[p * R + r];
      a *= E[row + r];
      alpha[row + r] = a;
      sum += a;
    }
    if (!(sum > 0)) return null;
    c[k] = sum;
    for (let r = 0; r < R; r++) alpha[row + r] /= sum;
    logZ += Math.log(sum);
  }
  // Backward with the same scales.
  beta.fill(1, (n - 1) * R, n * R);
  for (let k = n - 2; k >= 0; k--) {
    const row = k * R;
    for (let p = 0; p < R; p++) {
      let b = 0;
      for (let r = 0; r < R; r++) b += A[p * R + r] * E[row + R + r] * beta[row + R + r];
      beta[row + p] = b / c[k + 1];
    }
  }
  for (let i = 0; i < n * R; i++) mu[i] = alpha[i] * beta[i];
  xi.fill(0);
  for (let r = 0; r < R; r++) xi[R * R + r] = mu[r];
  for (let k = 1; k < n; k++) {
    const row = k * R;
    for (let p = 0; p < R; p++) {
      const a = alpha[row - R + p];
      if (a === 0) continue;
      for (let r = 0; r < R; r++) {
        const e = E[row + r];
        if (e === 0) continue;
        xi[p * R + r] += (a * A[p * R + r] * e * beta[row + r]) / c[k];
      }
    }
  }
  return logZ;
}

const KICKER = DECODE_ROLES.indexOf('kicker');
const NOISE = DECODE_ROLES.indexOf('noise');

/** Result of `lbfgs`: the minimiser found, and how the run ended. */
interface Minimum {
  x: Float64Array;
  value: number;
  iterations: number;
  /** Largest absolute gradient component at `x`. */
  gradient: number;
}

/**
 * Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, 2nd ed., algorithms 7.4–7.5) with
 * a backtracking line search under the Armijo condition: minimises `f` (which returns the value
 * and writes the gradient into its second argument) from `x0` until no gradient component exceeds
 * `tolerance` or after `maxIterations`. Deterministic. For a smooth, strictly convex f (the CRF
 * objective with its L2 term) every curvature pair has sᵀy > 0; a pair that does not is skipped.
 */
function lbfgs(f: (x: Float64Array, g: Float64Array) => number, x0: Float64Array, tolerance: number, maxIterations: number, memory = FIT_MEMORY): Minimum {
  const N = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(N);
  let fx = f(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(N);
  const alphas = new Array<number>(memory).fill(0);
  let xn = new Float64Array(N);
  let gn = new Float64Array(N);
  let it = 0;
  const maxAbs = (v: Float64Array) => v.reduce((m, y) => Math.max(m, Math.abs(y)), 0);
  for (; it < maxIterations && maxAbs(g) > tolerance; it++) {
    // Two-loop recursion: dir = −H·g.
    dir.set(g);
    for (let i = S.length - 1; i >= 0; i--) {
      alphas[i] = rho[i] * dot(S[i], dir);
      axpy(-alphas[i], Y[i], dir);
    }
    const gamma = S.length ? dot(S[S.length - 1], Y[Y.length - 1]) / dot(Y[Y.length - 1], Y[Y.length - 1]) : 1 / Math.max(1e-12, Math.sqrt(dot(g, g)));
    for (let i = 0; i < N; i++) dir[i] *= gamma;
    for (let i = 0; i < S.length; i++) axpy(alphas[i] - rho[i] * dot(Y[i], dir), S[i], dir);
    for (let i = 0; i < N; i++) dir[i] = -dir[i];
    let slope = dot(g, dir);
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < N; i++) dir[i] = -g[i] / Math.max(1e-12, Math.sqrt(dot(g, g)));
      slope = dot(g, dir);
    }
    // Line search along dir from step 1. f is convex along dir, so a step where the slope
    // φ'(t) = ∇f·dir is still ≤ 0 lowers f: it is taken even when f's rounding (about 1e-10 of
    // its value here, sums of large log-partition values) hides the decrease near the optimum; so
    // is a step that meets the Armijo condition. Otherwise the minimum along dir lies before t:
    // the next t is the secant zero of φ' (kept within [0.1 t, 0.9 t]).
    let step = 1;
    let fn = Infinity;
    let accepted = false;
    for (let tries = 0; tries < 60 && !accepted; tries++) {
      for (let i = 0; i < N; i++) xn[i] = x[i] + step * dir[i];
      fn = f(xn, gn);
      const slopeN = dot(gn, dir);
      accepted = slopeN <= 0 || fn <= fx + 1e-4 * step * slope;
      if (!accepted) step *= Math.min(0.9, Math.max(0.1, -slope / (slopeN - slope)));
    }
    if (!accepted) break; // no step along dir helps: stop (fitPages checks the gradient)
    const sv = new Float64Array(N);
    const yv = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      sv[i] = xn[i] - x[i];
      yv[i] = gn[i] - g[i];
    }
    const sy = dot(sv, yv);
    // A pair without positive curvature (rounding, far below the optimum's scale) is not kept.
    if (sy > 1e-10 * Math.sqrt(dot(sv, sv) * dot(yv, yv))) {
      if (S.length === memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(sv);
      Y.push(yv);
      rho.push(1 / sy);
    }
    [x, xn] = [xn, x];
    [g, gn] = [gn, g];
    fx = fn;
  }
  return { x, value: fx, iterations: it, gradient: maxAbs(g) };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** y += a·x */
function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}

/**
 * Fits weights on pages with gold line roles: the maximum a-posteriori linear-chain CRF
 * (conditional log-likelihood of the gold roles given the page, the same grammar as decode.ts,
 * with a Gaussian prior centred on the hand-set PRIOR: what the training papers do not show keeps
 * the prior's value), minimised by L-BFGS on the whole training set at once until no gradient
 * component exceeds FIT_TOLERANCE. Units whose gold role is unknown (-1) are summed over. The
 * objective is strictly convex, so its minimum is one point: the weights do not depend on the
 * order of `pages` (nor on `options.seed`) beyond the tolerance. `fittedOn` lists the page names
 * sorted; `iterations` says how many L-BFGS steps it took. Throws when the optimiser stops short
 * of the tolerance (FIT_MAX_ITERATIONS reached or no descent left).
 */
export function fitPages(pages: FitPage[], options: FitOptions = {}): StructureWeights {
  const sorted = [...pages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const visit = [...sorted];
  if (options.seed !== undefined) shuffle(visit, seededRandom(options.seed));
  const pb = compile(visit, options.l2 ?? FIT_L2);
  const R = pb.R;
  const order = pb.ids.map((_, d) => d);
  const scratch = scratchFor(pb);
  const tolerance = options.tolerance ?? FIT_TOLERANCE;
  const min = lbfgs((x, g) => objective(pb, x, g, order, scratch), pb.x0, tolerance, options.maxIterations ?? FIT_MAX_ITERATIONS);
  if (!(min.gradient <= tolerance)) {
    throw new Error(`fitPages: L-BFGS stopped after ${min.iterations} iterations with a gradient of ${min.gradient} (tolerance ${tolerance})`);
  }
  const fix = options.round === false ? (v: number) => v + 0 : round;
  const emit: Record<string, number[]> = {};
  for (const f of [...pb.names].sort()) {
    const i = pb.index.get(f)!;
    const v = Array.from(min.x.subarray(i * R, i * R + R), fix);
    if (v.some((y) => y !== 0)) emit[f] = v;
  }
  const T = pb.F * R;
  const trans = Array.from({ length: R + 1 }, (_, p) => Array.from(min.x.subarray(T + p * R, T + p * R + R), fix));
  return { roles: [...DECODE_ROLES], emit, trans, fittedOn: sorted.map((p) => p.name), iterations: min.iterations };
}

/** Weights rounded to 1e-4 so that the shipped file is stable and small. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}
/** mulberry32: a small seeded generator of floats in [0, 1) (the fit's page order, deterministic). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Fisher-Yates shuffle of `a` in place with `random`. */
function shuffle<T>(a: T[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

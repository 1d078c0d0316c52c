/**
 * Fitting the structure weights: an averaged structured perceptron (Collins 2002) over the unit
 * features of features.ts, decoding with the same Viterbi as parsing (decode.ts), the way
 * GROBID's CRF models label the lines of scholarly PDFs. Deterministic: documents are visited in
 * the order given (callers sort them), features in their listed order, a fixed FIT_EPOCHS passes,
 * no randomness.
 *
 * Labels are line roles (`LineRole`, as in the zoo's `expected.<layout>.json` `roles`); a unit
 * takes the role of its first printed line. A text unit whose gold role is furniture that
 * furniture.ts did not recognise (a running head, folio, editor line, jump) teaches nothing: the
 * decoder's choice there is taken as right (recognising furniture is furniture.ts' business).
 */
import type { Block, LineRole } from '../../types.js';
import { pageUnits } from './features.js';
import { priorWeights } from './roles.js';
import { viterbi } from './decode.js';
import { DECODE_ROLES, FIT_EPOCHS, type DecodeRole, type StructureWeights } from './weights.js';

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
    default:
      return null;
  }
}

interface Example {
  features: string[][];
  gold: number[];
}

function examples(pages: FitPage[]): Example[] {
  const out: Example[] = [];
  for (const p of pages) {
    const units = pageUnits(p.blocks);
    const features: string[][] = [];
    const gold: number[] = [];
    for (const u of units) {
      const role = p.roles.get(u.block.rawLines[0]?.line ?? u.block.lines[0]);
      const d = role ? decodeRoleOf(role) : null;
      // A unit with no decodable gold role still sits in the sequence, with gold -1 (any role).
      features.push(u.features);
      gold.push(d ? DECODE_ROLES.indexOf(d) : -1);
    }
    if (features.length) out.push({ features, gold });
  }
  return out;
}

/**
 * Fits weights on pages with gold line roles. Returns the averaged weights, starting from the
 * hand-set PRIOR; `fittedOn` lists the page names in the order given.
 */
export function fitPages(pages: FitPage[], epochs = FIT_EPOCHS): StructureWeights {
  const R = DECODE_ROLES.length;
  const w = priorWeights();
  // Averaging by the usual trick: avg = w - u / c, u accumulating c * delta.
  const u: Record<string, number[]> = {};
  const ut = Array.from({ length: R + 1 }, () => new Array<number>(R).fill(0));
  let c = 1;
  const bump = (f: string, r: number, d: number) => {
    (w.emit[f] ??= new Array<number>(R).fill(0))[r] += d;
    (u[f] ??= new Array<number>(R).fill(0))[r] += c * d;
  };
  const data = examples(pages);
  for (let e = 0; e < epochs; e++) {
    for (const ex of data) {
      const scores = ex.features.map((fs) => {
        const s = new Array<number>(R).fill(0);
        for (const f of fs) {
          const x = w.emit[f];
          if (x) for (let r = 0; r < R; r++) s[r] += x[r];
        }
        return s;
      });
      const pred = viterbi(scores, w.trans);
      const gold = ex.gold.map((g, k) => (g < 0 ? pred[k] : g));
      for (let k = 0; k < pred.length; k++) {
        const g = gold[k];
        const p = pred[k];
        if (g !== p) {
          for (const f of ex.features[k]) {
            bump(f, g, 1);
            bump(f, p, -1);
          }
        }
        const gp = k === 0 ? R : gold[k - 1];
        const pp = k === 0 ? R : pred[k - 1];
        if (gp !== pp || g !== p) {
          w.trans[gp][g] += 1;
          ut[gp][g] += c;
          w.trans[pp][p] -= 1;
          ut[pp][p] -= c;
        }
      }
      c++;
    }
  }
  const emit: Record<string, number[]> = {};
  for (const f of Object.keys(w.emit).sort()) {
    const avg = w.emit[f].map((x, r) => round(x - (u[f]?.[r] ?? 0) / c));
    if (avg.some((x) => x !== 0)) emit[f] = avg;
  }
  const trans = w.trans.map((row, p) => row.map((x, r) => round(x - ut[p][r] / c)));
  return { roles: [...DECODE_ROLES], emit, trans, fittedOn: pages.map((p) => p.name), epochs };
}

/** Weights rounded to 1e-4 so that the shipped file is stable and small. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4 + 0;
}

/**
 * `fitWeights(docs)`: fits the structure weights on whole documents with gold line roles (the
 * zoo's `expected.<layout>.json` `roles`, or roles derived for other fixtures). The evaluation
 * lays every training document out once (`trainingPages`), fits on every paper but the held-out
 * one (`fitPages`) and parses it with `parseIssue(bytes, options, { weights })`.
 */
import type { LineRole, ParseOptions } from '../../types.js';
import { segmenter as defaultSegmenter, type Segmenter } from '../../nlp/jieba.js';
import { layoutBlocks } from '../layout.js';
import { fitPages, type FitOptions, type FitPage } from './fit.js';
import type { StructureWeights } from './weights.js';

export { fitPages, type FitOptions, type FitPage } from './fit.js';

/** A training document: its input as read by `parseIssue`, and the gold role of each source line. */
export interface TrainingDoc {
  /** Names the document in `fittedOn`, e.g. `county-paper.wrap`. */
  name: string;
  input: Uint8Array | string;
  options?: ParseOptions;
  /** `[line, role]` pairs (1-based lines of the decoded text); lines left out are skipped. */
  roles: Array<[number, LineRole]>;
}

/**
 * The training pages of `docs` (each laid out by `layoutBlocks` as `parseIssue` would, with its
 * gold roles), in the order given: what `fitPages` fits on. Throws what `parseIssue` throws for an
 * unreadable input.
 */
export function trainingPages(docs: TrainingDoc[], segmenter: Segmenter = defaultSegmenter): FitPage[] {
  return docs.map((d) => ({
    name: d.name,
    blocks: layoutBlocks(d.input, d.options ?? {}, segmenter).blocks,
    roles: new Map(d.roles),
  }));
}

/**
 * Fits weights (the optimum of a linear-chain CRF pulled toward the prior; fit.ts) on `docs`: the
 * same weights whatever order they are listed in. Throws what `parseIssue` throws for an
 * unreadable input, and when the optimiser stops short of its tolerance.
 */
export function fitWeights(docs: TrainingDoc[], segmenter: Segmenter = defaultSegmenter, options: FitOptions = {}): StructureWeights {
  return fitPages(trainingPages(docs, segmenter), options);
}

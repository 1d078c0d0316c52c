/**
 * `fitWeights(docs)`: fits the structure weights on whole documents with gold line roles (the
 * zoo's `expected.<layout>.json` `roles`, or roles derived for other fixtures). The evaluation
 * fits on every paper but the held-out one and parses it with
 * `parseIssue(bytes, options, { structure: 'roles', weights })`.
 */
import type { LineRole, ParseOptions } from '../../types.js';
import { segmenter as defaultSegmenter, type Segmenter } from '../../nlp/jieba.js';
import { layoutBlocks } from '../layout.js';
import { fitPages, type FitPage } from './fit.js';
import type { StructureWeights } from './weights.js';

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
 * Fits weights (a linear-chain CRF pulled toward the prior, deterministic; fit.ts) on `docs` in the order given.
 * Throws what `parseIssue` throws for an unreadable input.
 */
export function fitWeights(docs: TrainingDoc[], segmenter: Segmenter = defaultSegmenter): StructureWeights {
  const pages: FitPage[] = docs.map((d) => ({
    name: d.name,
    blocks: layoutBlocks(d.input, d.options ?? {}, segmenter).blocks,
    roles: new Map(d.roles),
  }));
  return fitPages(pages);
}

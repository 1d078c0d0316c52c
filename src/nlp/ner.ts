/**
 * A character-level named-entity tagger: each character gets one of `NER_LABELS` (BIO for person,
 * place, organization) from an averaged-perceptron linear model over features of the character's
 * neighbourhood and of the jieba tagging the caller already has (one tagging per article, issue 12),
 * decoded with first-order Viterbi. Linear in the text length.
 *
 * The weights (data/ner/model.json.gz) are fitted by `npm run train:ner` (scripts/train-ner.mjs) on
 * the train/dev splits of public NER corpora only (People's Daily 1998 `example.dev`, CLUENER2020
 * `train.json`; sentences also in a test split are left out); data/LICENSES.md records the sources.
 * The model is read on first use (about 0.3 s), once per process or worker.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { givenCharCount, isTransliteration } from '../data/world-sets.js';
import { worldPlaceNames } from '../data/world-sets.js';
import { COMPOUND_SURNAMES, SURNAMES } from '../extract/lexicon.js';
import { isPlaceStem } from '../extract/places.js';
import { HMM_EMIT } from '../data/hmm.js';

let hmmByChar: Map<string, string[]> | null = null;
/**
 * The HMM features of a character: `h` + state + digit for each name state of jieba's
 * part-of-speech HMM that emits it (src/data/hmm.ts), e.g. hB-nr2. Built once, on first use.
 */
function hmmFeatures(c: string): readonly string[] {
  if (!hmmByChar) {
    hmmByChar = new Map();
    for (const [state, pairs] of Object.entries(HMM_EMIT)) {
      for (let k = 0; k + 1 < pairs.length; k += 2) {
        const list = hmmByChar.get(pairs[k]) ?? [];
        list.push(`h${state}${pairs[k + 1]}`);
        hmmByChar.set(pairs[k], list);
      }
    }
  }
  return hmmByChar.get(c) ?? [];
}

/** Longest place name looked up at each offset for the gazetteer feature. */
const MAX_PLACE_FEATURE = 8;

/**
 * For each offset of `text`, the position (B, M, E, S) in the longest known place name covering it
 * (gazetteer divisions with or without their level, countries, world cities, rivers, mountains:
 * isPlaceStem, worldPlaceNames), or '' when none. Two or more characters; leftmost-longest.
 */
function placeLexiconPositions(text: string): string[] {
  const n = text.length;
  const out: string[] = new Array(n).fill('');
  const world = worldPlaceNames();
  let i = 0;
  while (i < n) {
    let len = 0;
    for (let l = Math.min(MAX_PLACE_FEATURE, n - i); l >= 2; l--) {
      const s = text.slice(i, i + l);
      if (world.has(s) || isPlaceStem(s)) {
        len = l;
        break;
      }
    }
    if (!len) {
      i++;
      continue;
    }
    for (let k = 0; k < len; k++)
      out[i + k] = (k === 0 ? 'B' : k === len - 1 ? 'E' : 'M') + (len > 2 ? 'L' : 's');
    i += len;
  }
  return out;
}

/** A word of the tagging with its offsets in the text (UTF-16 units). */
export interface NerToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** The labels, in the order of the model's weight vectors. */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
const L = NER_LABELS.length;

/** An entity span found by the tagger. */
export interface NerSpan {
  kind: 'per' | 'loc' | 'org';
  start: number;
  end: number;
  text: string;
}

/** Characters that end place names (省, 河 …) and organization names (局, 委 …), used as feature classes. */
const PLACE_END = new Set([...'省市县区镇乡村州河江山湖海岛洲国路街湾峰港']);
const ORG_END = new Set([...'局委会部院厅所校社团队厂行司处办署庭军']);

/** A class of a character for features: surname, given-name frequency bucket, transliteration, place/organization end, digit, Latin. */
const classCache = new Map<string, string>();
function charClass(c: string): string {
  let k = classCache.get(c);
  if (k === undefined) {
    k = computeClass(c);
    classCache.set(c, k);
  }
  return k;
}
function computeClass(c: string): string {
  if (!c) return '#';
  if (/\p{Script=Han}/u.test(c)) {
    let k = '';
    if (SURNAMES.has(c)) k += 's';
    const g = givenCharCount(c);
    k += g >= 40 ? 'G' : g >= 10 ? 'g' : g >= 3 ? 'h' : '-';
    if (isTransliteration(c)) k += 't';
    if (PLACE_END.has(c)) k += 'p';
    if (ORG_END.has(c)) k += 'o';
    return k;
  }
  if (/[0-9０-９]/u.test(c)) return 'D';
  if (/[A-Za-zＡ-Ｚａ-ｚ]/u.test(c)) return 'A';
  return 'P';
}

/**
 * The feature strings of every character of `text` (the text's UTF-16 units; characters outside
 * the BMP are two positions, as in the tagging's offsets). `tokens` cover the text in order.
 * With `each`, every position's features are handed to it instead of kept (the result is then
 * empty), so that memory does not grow with the features of a whole long line.
 */
export function nerFeatures(
  text: string,
  tokens: readonly NerToken[],
  each?: (i: number, features: string[]) => void,
): string[][] {
  const n = text.length;
  const cls: string[] = new Array(n);
  for (let i = 0; i < n; i++) cls[i] = charClass(text[i]);
  const tagAt: string[] = new Array(n).fill('x');
  const posAt: string[] = new Array(n).fill('S');
  const wordAt: string[] = new Array(n).fill('');
  const prevTag: string[] = new Array(n).fill('^');
  const nextTag: string[] = new Array(n).fill('$');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const pt = k > 0 && tokens[k - 1].end === t.start ? tokens[k - 1].tag : '^';
    const nt = k + 1 < tokens.length && tokens[k + 1].start === t.end ? tokens[k + 1].tag : '$';
    for (let i = t.start; i < t.end && i < n; i++) {
      tagAt[i] = t.tag;
      posAt[i] = t.end - t.start === 1 ? 'S' : i === t.start ? 'B' : i === t.end - 1 ? 'E' : 'M';
      wordAt[i] = t.word.length <= 4 ? t.word : '';
      prevTag[i] = pt;
      nextTag[i] = nt;
    }
  }
  const place = placeLexiconPositions(text);
  const ch = (i: number) => (i < 0 ? '^' : i >= n ? '$' : text[i]);
  const cl = (i: number) => (i < 0 || i >= n ? '#' : cls[i]);
  const out: string[][] = each ? [] : new Array<string[]>(n);
  for (let i = 0; i < n; i++) {
    const c0 = ch(i);
    const cm1 = ch(i - 1);
    const cp1 = ch(i + 1);
    const f = [
      'b',
      'u0' + c0,
      'u-' + cm1,
      'u+' + cp1,
      'u--' + ch(i - 2),
      'u++' + ch(i + 2),
      'b-' + cm1 + c0,
      'b+' + c0 + cp1,
      'b--' + ch(i - 2) + cm1,
      'b++' + cp1 + ch(i + 2),
      'j' + tagAt[i] + posAt[i],
      'jp' + prevTag[i] + posAt[i] + tagAt[i],
      'jn' + nextTag[i] + posAt[i] + tagAt[i],
      'k' + cl(i - 1) + '|' + cls[i] + '|' + cl(i + 1),
      'k0' + cls[i] + posAt[i] + tagAt[i],
      'k-' + cl(i - 2) + '|' + cl(i - 1) + '|' + cls[i],
      'k+' + cls[i] + '|' + cl(i + 1) + '|' + cl(i + 2),
    ];
    if (wordAt[i]) f.push('w' + wordAt[i] + posAt[i]);
    if (place[i]) f.push('g' + place[i], 'gj' + place[i] + tagAt[i]);
    for (const h of hmmFeatures(c0)) f.push(h);
    const two = text.slice(i, i + 2);
    if (COMPOUND_SURNAMES.has(two)) f.push('cs');
    if (each) each(i, f);
    else out[i] = f;
  }
  return out;
}

/** A fitted model: transition weights (from label × to label, plus a start row) and feature weights. */
export interface NerModel {
  /** (L + 1) × L: row L is the start of a line. */
  trans: Float64Array;
  /** Feature → offset of its L weights in `weights`. */
  index: Map<string, number>;
  weights: Float32Array | Float64Array;
}

/** Whether label `to` may follow label `from` (an I- label only after its B- or I-; -1 is the start). */
export function allowed(from: number, to: number): boolean {
  const name = NER_LABELS[to];
  if (!name.startsWith('I-')) return true;
  if (from < 0) return false;
  const kind = name.slice(2);
  return NER_LABELS[from] === 'B-' + kind || NER_LABELS[from] === 'I-' + kind;
}

/** `allowed(from, to)` as a table: row L is the start. */
const ALLOWED: readonly boolean[] = Array.from({ length: (L + 1) * L }, (_, k) =>
  allowed(Math.floor(k / L) === L ? -1 : Math.floor(k / L), k % L),
);

/** Adds the weights of `features` under `model` to `emissions[at .. at + L)`. */
function addEmissions(
  model: NerModel,
  features: readonly string[],
  emissions: Float64Array,
  at: number,
): void {
  for (const f of features) {
    const o = model.index.get(f);
    if (o !== undefined) for (let y = 0; y < L; y++) emissions[at + y] += model.weights[o + y];
  }
}

/** The best label sequence for `feats` under `model` (first-order Viterbi with the BIO constraint). */
export function viterbi(model: NerModel, feats: readonly (readonly string[])[]): number[] {
  const n = feats.length;
  const emissions = new Float64Array(n * L);
  for (let i = 0; i < n; i++) addEmissions(model, feats[i], emissions, i * L);
  return decode(model, emissions, n);
}

/** Viterbi over `n` positions whose label scores are `emissions` (n × L). */
function decode(model: NerModel, emissions: Float64Array, n: number): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let i = 0; i < n; i++) {
    const emit = emissions.subarray(i * L, i * L + L);
    for (let y = 0; y < L; y++) {
      if (i === 0) {
        score[y] = ALLOWED[L * L + y] ? emit[y] + model.trans[L * L + y] : -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const s = score[(i - 1) * L + p] + model.trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emit[y];
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k] > score[(n - 1) * L + y]) y = k;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y];
  }
  return out;
}

/** The entity spans of a label sequence over `text` (offsets in `text`, shifted by `base`). */
export function spansOf(text: string, labels: readonly number[], base = 0): NerSpan[] {
  const out: NerSpan[] = [];
  let kind: NerSpan['kind'] | null = null;
  let start = 0;
  const close = (end: number) => {
    if (kind) out.push({ kind, start: start + base, end: end + base, text: text.slice(start, end) });
    kind = null;
  };
  for (let i = 0; i < labels.length; i++) {
    const name = NER_LABELS[labels[i]];
    if (name === 'O') close(i);
    else if (name.startsWith('B-')) {
      close(i);
      kind = name.slice(2).toLowerCase() as NerSpan['kind'];
      start = i;
    }
  }
  close(labels.length);
  return out;
}

const MODEL_FILE = fileURLToPath(new URL('../../data/ner/model.json.gz', import.meta.url));
let loaded: NerModel | null | undefined;

/**
 * The shipped model, read on first call; null when data/ner/model.json.gz is absent (then no
 * spans are found). File format (gzipped JSON): `{ scale, labels, trans: int[(L+1)·L],
 * features: string (feature names joined by \n), weights: int[features·L] }`; weight = int / scale.
 */
export function nerModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = readNerModel(MODEL_FILE);
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Reads a model file written by scripts/train-ner.mjs (gzipped JSON). Throws when it cannot be read or parsed. */
export function readNerModel(file: string): NerModel {
  const j = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    scale: number;
    trans: number[];
    features: string;
    weights: number[];
  };
  const index = new Map<string, number>();
  let o = 0;
  for (const f of j.features.split('\n')) {
    index.set(f, o);
    o += L;
  }
  const weights = new Float32Array(j.weights.length);
  for (let k = 0; k < weights.length; k++) weights[k] = j.weights[k] / j.scale;
  return { trans: Float64Array.from(j.trans, (x) => x / j.scale), index, weights };
}

/**
 * Entity spans of `text` by the shipped model, line by line, using `tokens` (the one tagging of
 * `text`, offsets in `text`). Empty when the model file is missing.
 */
export function findNerSpans(
  text: string,
  tokens: readonly NerToken[],
  model: NerModel | null = nerModel(),
): NerSpan[] {
  if (!model) return [];
  const out: NerSpan[] = [];
  let k = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const lineTokens: NerToken[] = [];
    while (k < tokens.length && tokens[k].end <= lineStart) k++;
    for (let j = k; j < tokens.length && tokens[j].start < lineEnd; j++) {
      const t = tokens[j];
      if (t.start >= lineStart && t.end <= lineEnd)
        lineTokens.push({ word: t.word, tag: t.tag, start: t.start - lineStart, end: t.end - lineStart });
    }
    if (/\p{Script=Han}/u.test(line)) {
      const emissions = new Float64Array(line.length * L);
      nerFeatures(line, lineTokens, (i, f) => addEmissions(model, f, emissions, i * L));
      out.push(...spansOf(line, decode(model, emissions, line.length), lineStart));
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
